import { checkPair, defaultPairs, overallResult, parsePair } from '../../src/core/drift/check.js';
import { compareModels } from '../../src/core/drift/compare.js';
import { decide } from '../../src/core/drift/decide.js';
import { driftFilters, filterModel, NO_FILTERS } from '../../src/core/drift/filters.js';
import { ConfigError } from '../../src/core/errors.js';
import { renderDriftMarkdown } from '../../src/core/report/driftMarkdown.js';
import { type DriftReport, renderDriftJson } from '../../src/core/report/driftReport.js';
import { column, index, model, table, view } from './fixtures.js';

const users = (extra: Parameters<typeof column>[2] = {}) =>
  table('public', 'users', [
    column('id', 'bigint', { notNull: true }),
    column('status', 'text', { default: "'active'::text", ...extra }),
  ]);

const reference = model({
  tables: [
    users(),
    table('public', 'staging_import', [column('x', 'integer')]),
    table('public', 'payments', [column('id', 'bigint')]),
  ],
  indexes: [
    index(
      'public',
      'users_status_idx',
      'public.users',
      'CREATE INDEX users_status_idx ON public.users USING btree (status)',
    ),
  ],
  views: [view('public', 'active_users', "SELECT id FROM public.users WHERE status = 'active'::text", 'fp1')],
});

describe('compareModels', () => {
  it('reports missing, extra and changed objects with both sides', () => {
    const checked = model({
      tables: [
        table('public', 'users', [
          column('id', 'bigint', { notNull: true }),
          column('status', 'text', { default: "'new'::text" }),
          column('nickname', 'text'),
        ]),
        table('public', 'staging_import', [column('x', 'integer')]),
        table('public', 'payments', [column('id', 'bigint')]),
      ],
      views: [view('public', 'active_users', 'SELECT id FROM public.users', 'fp2')],
    });
    const diffs = compareModels(reference, checked);
    expect(diffs.map((d) => `${d.change} ${d.kind} ${d.object} ${d.fields.join(',')}`)).toEqual([
      'changed view public.active_users definitionFingerprint',
      'extra column public.users.nickname ',
      'changed column public.users.status default',
      'missing index public.users_status_idx ',
    ]);
    const status = diffs.find((d) => d.object === 'public.users.status')!;
    expect(status.left).toBe("status text DEFAULT 'active'::text");
    expect(status.right).toBe("status text DEFAULT 'new'::text");
    expect(diffs.find((d) => d.kind === 'index')!.left).toBe(
      'CREATE INDEX users_status_idx ON public.users USING btree (status)',
    );
  });

  it('does not report owners, grants, column order or view text that differs only by server version', () => {
    const other = model({
      tables: [
        {
          ...users(),
          owner: 'neondb_owner',
          grants: [{ grantee: 'app', privileges: ['SELECT'], grantable: [] }],
        },
        table('public', 'staging_import', [column('x', 'integer')]),
        table('public', 'payments', [column('id', 'bigint')]),
      ],
      indexes: Object.values(reference.indexes),
      views: [
        view(
          'public',
          'active_users',
          "SELECT users.id FROM public.users WHERE users.status = 'active'::text",
          'fp1',
        ),
      ],
    });
    const reordered = {
      ...other.tables['public.users'],
      columns: {
        status: { ...other.tables['public.users'].columns.status, position: 1 },
        id: { ...other.tables['public.users'].columns.id, position: 2 },
      },
    };
    expect(
      compareModels(reference, {
        ...other,
        tables: { ...other.tables, 'public.users': reordered },
        serverVersion: 180000,
      }),
    ).toEqual([]);
  });
});

describe('filters, critical tables and modes', () => {
  const checked = model({
    tables: [users({ default: null }), table('public', 'payments', [column('id', 'integer')])],
  });

  it('ignores tables matching drift.ignore_tables (with their indexes) but never a critical table', () => {
    const filters = driftFilters({
      ignore_tables: ['^staging_.*', '^pay'],
      critical_tables: ['payments'],
      schemas: [],
    });
    const kept = filterModel(reference, filters);
    expect(Object.keys(kept.tables).sort()).toEqual(['public.payments', 'public.users']);
    const result = checkPair({ left: 'declared', right: 'live' }, reference, checked, {
      filters,
      mode: 'canary',
    });
    expect(result.differences.map((d) => `${d.object} ${d.change} ${d.critical}`)).toEqual([
      'public.active_users missing false',
      'public.payments.id changed true',
      'public.users.status changed false',
      'public.users_status_idx missing false',
    ]);
    expect(result.differences.some((d) => d.object.includes('staging_import'))).toBe(false);
    expect(result.differences.filter((d) => d.critical).map((d) => d.object)).toEqual(['public.payments.id']);
    // Critical drift fails even in canary mode.
    expect(result.result).toBe('fail');
  });

  it('canary reports without failing; strict fails on any drift', () => {
    const filters = driftFilters({ ignore_tables: [], critical_tables: [], schemas: [] });
    const canary = checkPair({ left: 'declared', right: 'live' }, reference, checked, {
      filters,
      mode: 'canary',
    });
    const strict = checkPair({ left: 'declared', right: 'live' }, reference, checked, {
      filters,
      mode: 'strict',
    });
    expect(canary.result).toBe('drift');
    expect(strict.result).toBe('fail');
    expect(decide([], 'strict')).toBe('pass');
    expect(overallResult([canary, strict], false)).toBe('fail');
    expect(overallResult([canary, strict], true)).toBe('bypassed');
    expect(overallResult([canary], true)).toBe('drift');
  });

  it('keeps only drift.schemas', () => {
    const two = {
      ...reference,
      tables: { ...reference.tables, 'audit.events': table('audit', 'events', [column('id', 'bigint')]) },
    };
    const kept = filterModel(two, { ...NO_FILTERS, schemas: ['audit'] });
    expect(Object.keys(kept.tables)).toEqual(['audit.events']);
    expect(Object.keys(kept.indexes)).toEqual([]);
  });

  it('names an invalid pattern in a ConfigError', () => {
    expect(() =>
      driftFilters({ ignore_tables: ['ok', '(['], critical_tables: [], schemas: [] }, 'schemagate.yml'),
    ).toThrow(ConfigError);
    expect(() =>
      driftFilters({ ignore_tables: ['(['], critical_tables: [], schemas: [] }, 'schemagate.yml'),
    ).toThrow(/schemagate.yml: drift.ignore_tables\[0\]: invalid regular expression "\(\["/);
  });
});

describe('pairs', () => {
  it('defaults to declared:replayed, replayed:live with a URL, and the baseline against live or replayed', () => {
    const have = { declared: true, replayed: true, live: false, baseline: false };
    expect(defaultPairs(have)).toEqual([{ left: 'declared', right: 'replayed' }]);
    expect(defaultPairs({ ...have, live: true, baseline: true })).toEqual([
      { left: 'declared', right: 'replayed' },
      { left: 'replayed', right: 'live' },
      { left: 'baseline', right: 'live' },
    ]);
    expect(defaultPairs({ ...have, declared: false, baseline: true })).toEqual([
      { left: 'baseline', right: 'replayed' },
    ]);
    // A declarative-only repository (no migrations) checks the live database against the schema.
    expect(defaultPairs({ ...have, replayed: false, live: true })).toEqual([
      { left: 'declared', right: 'live' },
    ]);
    expect(defaultPairs({ declared: false, replayed: false, live: true, baseline: false })).toEqual([]);
    expect(parsePair('replayed:live')).toEqual({ left: 'replayed', right: 'live' });
    expect(parsePair('live:live')).toBeNull();
    expect(parsePair('prod:live')).toBeNull();
  });
});

describe('long reports', () => {
  it('stay within the comment limit: the first 150 differences and 20,000 characters of SQL', () => {
    const many = model({
      tables: Array.from({ length: 400 }, (_, i) =>
        table('public', `t${String(i).padStart(3, '0')}`, [column('id', 'bigint')]),
      ),
    });
    const planner = (from: typeof many, to: typeof many) => ({
      sql: Object.keys(to.tables)
        .filter((k) => !from.tables[k])
        .map((k) => `CREATE TABLE ${k} (id bigint);`)
        .join('\n')
        .repeat(3),
      unsupported: [],
    });
    const pair = checkPair({ left: 'replayed', right: 'live' }, many, model({}), {
      filters: NO_FILTERS,
      mode: 'strict',
      planner,
    });
    const report: DriftReport = {
      mode: 'strict',
      result: pair.result,
      pairs: [pair],
      schemaHash: null,
      durationMs: 10,
      bypass: null,
      baselinePath: null,
      models: {},
    };
    const md = renderDriftMarkdown(report);
    expect(pair.differences).toHaveLength(400);
    expect(md).toContain('…and 250 more differences: see the JSON validation report.');
    expect(md).toMatch(
      /> Cut to fit the comment \(at most 300 lines and 15,000 characters of SQL per section\): showing \d+ of [\d,]+ lines; [\d,]+ lines \([\d,]+ characters\) are not shown\. To see it all: the JSON validation report/,
    );
    expect(md.length).toBeLessThan(65_536);
    expect(JSON.parse(renderDriftJson(report)).differences).toHaveLength(400);
  });
});

describe('hostile names', () => {
  it('stay inside their code spans and Mermaid labels', () => {
    const odd = table('public', 'we"ird`name', [column('col`x', 'text'), column('a"b', 'integer')]);
    const pair = checkPair({ left: 'declared', right: 'live' }, model({ tables: [odd] }), model({}), {
      filters: NO_FILTERS,
      mode: 'canary',
    });
    const md = renderDriftMarkdown({
      mode: 'canary',
      result: pair.result,
      pairs: [pair],
      schemaHash: null,
      durationMs: 1,
      bypass: null,
      baselinePath: null,
      models: { declared: model({ tables: [odd] }) },
    });
    expect(md).toContain('**``public."we""ird`name"``**');
    expect(md).toContain(`public_we_ird_name["public.'we''ird\`name' (missing)"] {`);
    expect(md).toContain('    text col_x');
    expect(md).not.toContain('we"ird`name (missing)');
  });
});
