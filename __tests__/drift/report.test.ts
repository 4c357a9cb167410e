/**
 * The report of a realistic drift (examples/drift-demo: a missing index, an extra column, a
 * changed default, a changed view), built on the embedded database: comment markdown, JSON
 * validation report, Prometheus metrics (read back with a real exposition-format parser) and
 * the CLI around them.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { renderDriftMarkdown } from '../../src/core/report/driftMarkdown.js';
import { renderDriftMetrics } from '../../src/core/report/driftMetrics.js';
import type { DriftReport } from '../../src/core/report/driftReport.js';
import { renderDriftJson } from '../../src/core/report/driftReport.js';
import { renderDriftText } from '../../src/core/report/terminalDrift.js';
import { terminalStyle } from '../../src/core/report/terminalStyle.js';
import { closeEmbedded, openDb } from '../../src/db/index.js';
import { runDrift } from '../../src/runtime/driftRun.js';
import { loadProject } from '../../src/runtime/project.js';
import { runCli } from '../helpers/cliRunner.js';
import { makeProject } from './project.js';

jest.setTimeout(180_000);

const DEMO = join(process.cwd(), 'examples/drift-demo');
let report: DriftReport;

beforeAll(async () => {
  report = await runDrift({ project: loadProject({ root: DEMO, env: {} }), openDb });
});
afterAll(async () => {
  await closeEmbedded();
});

describe('drift report markdown', () => {
  it('has a summary line, the differences grouped by table with both sides, and critical marks', () => {
    const md = renderDriftMarkdown(report);
    expect(
      md.startsWith(
        '### schemagate/drift-check\n\n:x: **Drift found**: 4 differences (1 critical) in 3 tables, 2 breaking — missing 1, extra 1, changed 2; mode strict.\n',
      ),
    ).toBe(true);
    expect(md).toContain(`#### declared schema vs migrations: 4 differences

**\`public.accounts\`** (critical table)

- :rotating_light: **changed** column \`public.accounts.status\` (default) — **critical** · compatible
  - declared schema: \`status text NOT NULL DEFAULT 'active'::text\`
  - migrations: \`status text NOT NULL DEFAULT 'pending'::text\`

**\`public.invoices\`**

- :heavy_plus_sign: **extra** column \`public.invoices.legacy_ref\` — in the migrations, not in the declared schema · compatible
  - declared schema: _(absent)_
  - migrations: \`legacy_ref text\`
- :heavy_minus_sign: **missing** index \`public.invoices_account_id_idx\` — in the declared schema, missing from the migrations · breaking
  - declared schema: \`CREATE INDEX invoices_account_id_idx ON public.invoices USING btree (account_id)\`
  - migrations: _(absent)_

**\`public.open_accounts\`**

- :pencil2: **changed** view \`public.open_accounts\` (definition) · breaking
  - declared schema:

    \`\`\`sql
    VIEW AS
    SELECT id,
        email
       FROM public.accounts
      WHERE status = 'active'::text
    \`\`\`
`);
    // invoices_backup matches drift.ignore_tables: not compared, but listed (collapsed) for review.
    expect(md).not.toContain('invoices_backup`**');
    expect(md).toContain(
      '<details><summary>Excluded by drift filters: 1 table</summary>\n\n`public.invoices_backup`\n\n</details>',
    );
    expect(JSON.parse(renderDriftJson(report)).pairs[0].excluded).toEqual(['public.invoices_backup']);
  });

  it('suggests the fix SQL in the direction that applies, as a new migration', () => {
    const md = renderDriftMarkdown(report);
    expect(md).toContain('**Suggested fix** — SQL to make the migrations match the declared schema:');
    expect(md).toContain("ALTER TABLE public.accounts ALTER COLUMN status SET DEFAULT 'active'::text;");
    expect(md).toContain('CREATE INDEX invoices_account_id_idx ON public.invoices USING btree (account_id);');
    expect(md).toContain('ALTER TABLE public.invoices DROP COLUMN legacy_ref;');
    expect(md).toContain('Add this as a new migration (`schemagate new <name>` writes it)');
  });

  it('draws a Mermaid ER diagram of the tables that differ', () => {
    const md = renderDriftMarkdown(report);
    expect(md).toContain(`\`\`\`mermaid
erDiagram
  public_accounts["public.accounts"] {
    bigint id PK
    text email
    text status "changed"
    timestamp_with_time_zone created_at
  }
  public_invoices["public.invoices"] {
    bigint id PK
    bigint account_id FK
    integer amount_cents
    date issued_on
    text legacy_ref "extra"
  }
  public_invoices }o--|| public_accounts : "invoices_account_id_fkey"
\`\`\``);
  });

  it('says how to refresh the baseline when one is configured', () => {
    const md = renderDriftMarkdown({ ...report, baselinePath: 'ci/schema_baseline.json' });
    expect(md).toContain('<summary>Refreshing the baseline</summary>');
    expect(md).toContain('npx schemagate baseline refresh --url "$DATABASE_URL"');
  });
});

describe('terminal text', () => {
  it('ends with the declared plan, once: not again when it is the fix printed above', () => {
    const plain = terminalStyle(false);
    const text = renderDriftText(report, plain);
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'declared plan: the suggested fix above is the SQL from the migrations to the declared schema',
    );
    const live = renderDriftText(
      {
        ...report,
        declaredPlan: {
          from: 'live',
          sql: 'CREATE TABLE public.coupons (\n  code text NOT NULL\n);\n',
          statements: 1,
          unsupported: ['policy public.t.p (USING clause)'],
          schemaDir: 'db/schema',
        },
      },
      plain,
    );
    expect(
      live.endsWith(
        [
          'declared plan: SQL from the live database to the declared schema (1 statement):',
          '    CREATE TABLE public.coupons (',
          '      code text NOT NULL',
          '    );',
          '    not expressible as SQL by schemagate: policy public.t.p (USING clause)',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
    const same = renderDriftText(
      {
        ...report,
        declaredPlan: { from: 'live', sql: '', statements: 0, unsupported: [], schemaDir: 'db/schema' },
      },
      plain,
    );
    expect(
      same.endsWith(
        'declared plan: nothing would run: the live database and the declared schema are the same\n',
      ),
    ).toBe(true);
  });
});

describe('JSON validation report and metrics', () => {
  it('holds subject, mode, result, counts, differences and the schema hash', () => {
    const json = JSON.parse(renderDriftJson(report));
    expect(json).toMatchObject({
      subject: 'declared-vs-replayed',
      mode: 'strict',
      result: 'fail',
      drift: true,
      counts: {
        total: 4,
        missing: 1,
        extra: 1,
        changed: 2,
        critical: 1,
        byKind: { column: 2, index: 1, view: 1 },
      },
    });
    expect(json.schemaHash).toMatch(/^[0-9a-f]{64}$/);
    expect(json.differences).toHaveLength(4);
    expect(json.differences[0]).toEqual({
      subject: 'declared-vs-replayed',
      kind: 'column',
      table: 'public.accounts',
      object: 'public.accounts.status',
      change: 'changed',
      left: "status text NOT NULL DEFAULT 'active'::text",
      right: "status text NOT NULL DEFAULT 'pending'::text",
      fields: ['default'],
      critical: true,
      compatibility: 'compatible',
    });
  });

  it('writes valid Prometheus exposition text', async () => {
    const families = parsePrometheusTextFormat(await renderDriftMetrics({ ...report, durationMs: 1500 }));
    const byName = Object.fromEntries(families.map((f) => [f.name, f]));
    expect(byName.schemagate_schema_validation_failures_total.type).toBe('COUNTER');
    expect(byName.schemagate_schema_validation_failures_total.metrics).toEqual([
      { labels: { subject: 'declared-vs-replayed', mode: 'strict' }, value: '1' },
    ]);
    const objects = byName.schemagate_drift_objects.metrics.map(
      (m) => `${m.labels?.kind}/${m.labels?.change}=${m.value}`,
    );
    expect(objects.sort()).toEqual([
      'column/changed=1',
      'column/extra=1',
      'index/missing=1',
      'view/changed=1',
    ]);
    expect(byName.schemagate_drift_critical_objects.metrics[0].value).toBe('1');
    expect(byName.schemagate_drift_check_duration_seconds.metrics[0].value).toBe('1.5');
    const result = byName.schemagate_drift_check_result.metrics.filter((m) => m.value === '1');
    expect(result).toEqual([{ labels: { result: 'fail', mode: 'strict' }, value: '1' }]);
  });
});

describe('new tables', () => {
  it('are their own finding, mentioning drift.new_table_notify', async () => {
    const root = makeProject({
      'schemagate.yml':
        "schema: db/schema\nmigrations:\n  dir: db/migrations\n  format: plain\ndrift:\n  new_table_notify: [dba, '@acme/dba-team']\n",
      'db/schema/a.sql': 'CREATE TABLE a (id int);\n',
      'db/migrations/001.sql': 'CREATE TABLE a (id int);\nCREATE TABLE orders (id int);\n',
    });
    const r = await runDrift({ project: loadProject({ root, env: {} }), openDb });
    const md = renderDriftMarkdown(r);
    expect(md).toContain(
      ':new: **New table**: `public.orders` (declared-vs-replayed) — cc @dba @acme/dba-team',
    );
    expect(JSON.parse(renderDriftJson(r)).newTables).toEqual([
      { table: 'public.orders', subject: 'declared-vs-replayed' },
    ]);
  });
});

describe('schemagate drift (CLI)', () => {
  it('prints the report and fix SQL, writes the report and metrics files, and exits 1 in strict mode', async () => {
    const out = makeProject({});
    const r = await runCli([
      'drift',
      DEMO,
      '--report-path',
      join(out, 'drift.json'),
      '--metrics-path',
      join(out, 'drift.prom'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('suggested fix: SQL to');
    expect(r.stdout).toContain('CREATE INDEX invoices_account_id_idx');
    expect(JSON.parse(readFileSync(join(out, 'drift.json'), 'utf8')).result).toBe('fail');
    expect(readFileSync(join(out, 'drift.prom'), 'utf8')).toContain(
      'schemagate_schema_validation_failures_total{subject="declared-vs-replayed",mode="strict"} 1',
    );
  });

  it('exits 2 with a clear message on bad input', async () => {
    const bad = await runCli(['drift', DEMO, '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be text, markdown or json');
    const pair = await runCli(['drift', DEMO, '--pair', 'prod:live']);
    expect(pair.code).toBe(2);
    // A command-line value is blamed on the flag, not on a schemagate.yml key.
    expect(pair.stderr).toContain('--pair "prod:live" is not a pair such as "replayed:live"');
    expect(pair.stderr).not.toContain('schemagate.yml');
    const regex = makeProject({ 'schemagate.yml': "drift:\n  ignore_tables: ['([']\n" });
    const r = await runCli(['drift', regex]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('schemagate.yml');
    expect(r.stderr).toContain('invalid regular expression "(["');
  });
});
