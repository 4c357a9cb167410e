import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AUDIT_LOG_HEADER,
  appendAuditEntry,
  type BypassEntry,
  bundleHash,
  detectModeChange,
  followUpDue,
  type PromotionEntry,
  renderAuditEntry,
} from '../../src/core/drift/audit.js';
import { ConfigError } from '../../src/core/errors.js';
import { runCli } from '../helpers/cliRunner.js';
import { makeProject } from './project.js';

const at = new Date('2026-11-30T02:15:00Z');
const promotion: PromotionEntry = {
  kind: 'promotion',
  date: at,
  pr: 42,
  actor: 'alice',
  schemaHash: 'a'.repeat(64),
  change: { from: 'canary', to: 'strict' },
  approvers: ['bob', 'carol'],
  requiredApprovals: 2,
};

describe('audit log entries', () => {
  it('renders a promotion with date, PR, actor, schema bundle hash and the mode change', () => {
    expect(
      renderAuditEntry(promotion),
    ).toBe(`<!-- schemagate:audit promotion canary-strict pr=42 sha256=${'a'.repeat(64)} -->
## 2026-11-30T02:15:00Z: mode canary → strict (PR #42)

- Date: 2026-11-30T02:15:00Z
- Pull request: #42
- Actor: @alice
- Schema bundle SHA-256: \`${'a'.repeat(64)}\`
- Mode change: canary → strict
- Approvals (2 of 2 required): @bob, @carol
`);
  });

  it('renders a bypass with the follow-up due within 24 hours and what to reconcile', () => {
    const bypass: BypassEntry = {
      kind: 'bypass',
      date: at,
      pr: 42,
      actor: 'alice',
      schemaHash: 'b'.repeat(64),
      label: 'schemagate:emergency-bypass',
      mode: 'strict',
      dueBy: followUpDue(at),
      reconcile: ['declared-vs-replayed: missing index public.users_email_idx'],
    };
    const text = renderAuditEntry(bypass);
    expect(text).toContain('## 2026-11-30T02:15:00Z: emergency bypass of drift-check (PR #42)');
    expect(text).toContain('- Follow-up due by: 2026-12-01T02:15:00Z (within 24 hours)');
    expect(text).toContain(
      '- To reconcile:\n  - declared-vs-replayed: missing index public.users_email_idx\n',
    );
  });

  it('appends once: a re-run of the same check does not duplicate the entry', () => {
    const first = appendAuditEntry(undefined, promotion);
    expect(first.appended).toBe(true);
    expect(first.text.startsWith(AUDIT_LOG_HEADER)).toBe(true);
    const again = appendAuditEntry(first.text, { ...promotion, date: new Date('2026-11-30T03:00:00Z') });
    expect(again).toEqual({ text: first.text, appended: false });
    const other = appendAuditEntry(first.text, { ...promotion, pr: 43 });
    expect(other.appended).toBe(true);
    expect(other.text.split('## ').length).toBe(3);
  });

  it('detects canary -> strict between the base and head config', () => {
    expect(detectModeChange('mode: canary\n', 'mode: strict\n', 'schemagate.yml')).toEqual({
      from: 'canary',
      to: 'strict',
    });
    expect(detectModeChange('migrations: db/migrations\n', 'mode: strict\n', 'schemagate.yml')).toEqual({
      from: 'canary',
      to: 'strict',
    });
    expect(detectModeChange(undefined, 'mode: strict\n', 'schemagate.yml')).toBeNull();
    expect(detectModeChange('mode: strict\n', 'mode: strict\n', 'schemagate.yml')).toBeNull();
    expect(detectModeChange('mode: strict\n', undefined, 'schemagate.yml')).toEqual({
      from: 'strict',
      to: 'canary',
    });
    expect(() => detectModeChange('mode: canary\n', 'mode: loud\n', 'schemagate.yml')).toThrow(ConfigError);
  });

  it('hashes the schema bundle by names and bytes, in a stable order', () => {
    const one = bundleHash([
      { name: 'a.sql', content: 'x' },
      { name: 'b.sql', content: 'y' },
    ]);
    expect(
      bundleHash([
        { name: 'b.sql', content: 'y' },
        { name: 'a.sql', content: 'x' },
      ]),
    ).toBe(one);
    expect(
      bundleHash([
        { name: 'a.sql', content: 'xb.sql' },
        { name: 'y', content: '' },
      ]),
    ).not.toBe(one);
  });
});

describe('schemagate audit', () => {
  const files = {
    'schemagate.yml': 'schema: db/schema\nmode: strict\naudit:\n  log: docs/audit.md\n',
    'db/schema/t.sql': 'CREATE TABLE t (id int);\n',
  };

  it('--dry-run prints the entry and writes nothing', async () => {
    const root = makeProject(files);
    const r = await runCli([
      'audit',
      root,
      '--dry-run',
      '--pr',
      '7',
      '--actor',
      'alice',
      '--approver',
      'bob',
      '--date',
      '2026-11-30T02:15:00Z',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## 2026-11-30T02:15:00Z: mode canary → strict (PR #7)');
    expect(r.stdout).toContain('- Approvals (1 of 2 required): @bob');
    expect(r.stdout).toMatch(/Schema bundle SHA-256: `[0-9a-f]{64}`/);
    expect(() => readFileSync(join(root, 'docs/audit.md'))).toThrow();
  });

  it('appends to audit.log, once', async () => {
    const root = makeProject(files);
    const args = ['audit', root, '--pr', '7', '--actor', 'alice', '--date', '2026-11-30T02:15:00Z'];
    expect((await runCli(args)).code).toBe(0);
    const log = readFileSync(join(root, 'docs/audit.md'), 'utf8');
    expect(log.startsWith('# schemagate audit log')).toBe(true);
    expect(log).toContain('- Mode change: canary → strict');
    const again = await runCli(args);
    expect(again.stdout).toContain('already recorded');
    expect(readFileSync(join(root, 'docs/audit.md'), 'utf8')).toBe(log);
  });

  it('refuses a non-change and a missing audit.log with exit 2', async () => {
    const canary = makeProject({ 'schemagate.yml': 'mode: canary\naudit:\n  log: a.md\n' });
    const same = await runCli(['audit', canary]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('no mode change');
    const noLog = makeProject({ 'schemagate.yml': 'mode: strict\n' });
    const r = await runCli(['audit', noLog]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('audit.log: not set');
  });
});
