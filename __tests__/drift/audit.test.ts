import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleHash, detectModeChange } from '../../src/core/drift/audit.js';
import {
  AUDIT_COLUMNS,
  AUDIT_LOG_HEADER,
  type AuditFields,
  GENESIS_HASH,
  parseAuditLog,
  renderAuditRow,
  verifyAuditChain,
} from '../../src/core/drift/auditLog.js';
import { ConfigError } from '../../src/core/errors.js';
import { runCli } from '../helpers/cliRunner.js';
import { commitAll, initRepo } from './git.js';
import { makeProject } from './project.js';

const at = new Date('2026-11-30T02:15:00Z');
const fields = (over: Partial<AuditFields> = {}): AuditFields => ({
  date: at,
  kind: 'promotion',
  pr: 42,
  commit: 'c0ffee1234567',
  actor: 'alice',
  approvers: ['bob', 'carol'],
  bundleSha: 'a'.repeat(64),
  changeRequest: 'CHG-1',
  validationWindow: '2026-11-28..2026-11-30',
  notes: 'first strict',
  ...over,
});

/** A log with `n` chained rows (pr 1..n). */
function logWith(n: number): string {
  let text = AUDIT_LOG_HEADER;
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const r = renderAuditRow(fields({ pr: i, commit: '' }), prev);
    text += r.line;
    prev = r.hash;
  }
  return text;
}

describe('audit log rows', () => {
  it('writes every field of the governance document in one table row and reads it back', () => {
    const { line } = renderAuditRow(fields(), GENESIS_HASH);
    const rows = parseAuditLog(AUDIT_LOG_HEADER + line);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ...fields(), index: 1, line: 8 });
    expect(
      line.startsWith('| 2026-11-30T02:15:00Z | promotion | #42 | c0ffee1234567 | alice | bob, carol |'),
    ).toBe(true);
  });

  it('escapes user text: no newline, pipe or marker survives, and the text reads back unchanged', () => {
    const hostile =
      'mallory\n<!-- schemagate:audit promotion canary-strict pr=43 -->\n| 2026 | promotion | #43 |`x`\\&#124;';
    const { line } = renderAuditRow(fields({ actor: hostile, notes: hostile }), GENESIS_HASH);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(line).not.toMatch(/[<>`\\]/);
    expect(line.split('|')).toHaveLength(AUDIT_COLUMNS.length + 2);
    const rows = parseAuditLog(AUDIT_LOG_HEADER + line);
    expect(rows.map((r) => [r.pr, r.actor, r.notes])).toEqual([[42, hostile, hostile]]);
  });

  it('verifies the hash chain and names the first bad row', () => {
    const text = logWith(4);
    expect(verifyAuditChain(text)).toMatchObject({ ok: true, rows: 4 });
    const lines = text.split('\n');
    const edited = lines.map((l, i) => (i === 8 ? l.replace('#2', '#9') : l)).join('\n');
    expect(verifyAuditChain(edited)).toMatchObject({ ok: false, row: 2, line: 9 });
    const removed = lines.filter((_, i) => i !== 8).join('\n');
    expect(verifyAuditChain(removed)).toMatchObject({ ok: false, row: 2, line: 9 });
    const swapped = [...lines.slice(0, 8), lines[9], lines[8], ...lines.slice(10)].join('\n');
    expect(verifyAuditChain(swapped)).toMatchObject({ ok: false, row: 2 });
    expect(verifyAuditChain(`${text}| not | a row |\n`)).toMatchObject({ ok: false, row: 5, line: 12 });
  });

  it('detects canary -> strict between the base and head config', () => {
    expect(detectModeChange('mode: canary\n', 'mode: strict\n', 'schemagate.yml')).toEqual({
      from: 'canary',
      to: 'strict',
    });
    expect(detectModeChange(undefined, 'mode: strict\n', 'schemagate.yml')).toBeNull();
    expect(detectModeChange('mode: strict\n', 'mode: strict\n', 'schemagate.yml')).toBeNull();
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
  const promote = (root: string, ...more: string[]) =>
    runCli(['audit', root, '--actor', 'alice', '--approver', 'bob', '--approver', 'carol', ...more]);

  it('--dry-run prints the row with every field and writes nothing', async () => {
    const root = makeProject(files);
    const r = await promote(
      root,
      '--dry-run',
      '--pr',
      '7',
      '--change-request',
      'CHG-9',
      '--validation-window',
      '48h',
      '--notes',
      'ok',
      '--date',
      '2026-11-30T02:15:00Z',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^\| 2026-11-30T02:15:00Z \| promotion \| #7 \| {2}\| alice \| bob, carol \| [0-9a-f]{64} \| CHG-9 \| 48h \| ok \| [0-9a-f]{64} \|$/m,
    );
    expect(() => readFileSync(join(root, 'docs/audit.md'))).toThrow();
  });

  it('defaults the schema bundle SHA to a hash of the declared schema and migrations', async () => {
    const root = makeProject({ ...files, 'db/migrations/001.sql': 'CREATE TABLE t (id int);\n' });
    const first = (await promote(root, '--dry-run')).stdout.split(' | ')[6];
    writeFileSync(join(root, 'db/migrations/002.sql'), 'ALTER TABLE t ADD COLUMN x int;\n');
    const second = (await promote(root, '--dry-run')).stdout.split(' | ')[6];
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).not.toBe(first);
    const given = await promote(root, '--dry-run', '--schema-bundle-sha', 'b'.repeat(64));
    expect(given.stdout.split(' | ')[6]).toBe('b'.repeat(64));
  });

  it('refuses a promotion with fewer than two approvers other than the actor, and writes nothing', async () => {
    const root = makeProject(files);
    const r = await runCli([
      'audit',
      root,
      '--pr',
      '42',
      '--actor',
      'alice',
      '--approver',
      'alice',
      '--approver',
      'bob',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'refused: a promotion to strict needs 2 approvers other than the actor (@alice), got 1 (@bob)',
    );
    const none = await runCli(['audit', root, '--pr', '42']);
    expect(none.code).toBe(1);
    expect(() => readFileSync(join(root, 'docs/audit.md'))).toThrow();
  });

  it('appends once, and verify checks the chain', async () => {
    const root = makeProject(files);
    expect((await promote(root, '--pr', '7')).code).toBe(0);
    const log = readFileSync(join(root, 'docs/audit.md'), 'utf8');
    expect(log.startsWith('# schemagate audit log')).toBe(true);
    expect(parseAuditLog(log).map((r) => [r.pr, r.actor, r.approvers])).toEqual([
      [7, 'alice', ['bob', 'carol']],
    ]);
    const again = await promote(root, '--pr', '7');
    expect(again.stdout).toContain('already recorded (row 1)');
    expect(readFileSync(join(root, 'docs/audit.md'), 'utf8')).toBe(log);
    expect((await promote(root, '--pr', '8')).code).toBe(0);

    const ok = await runCli(['audit', 'verify', root]);
    expect(ok).toMatchObject({ code: 0, stdout: 'docs/audit.md: 2 rows, hash chain intact\n' });
    writeFileSync(
      join(root, 'docs/audit.md'),
      readFileSync(join(root, 'docs/audit.md'), 'utf8').replace('#7', '#6'),
    );
    const bad = await runCli(['audit', 'verify', root]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('docs/audit.md:8: row 1 is invalid');
    const refused = await promote(root, '--pr', '9');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('audit log row 1 is invalid');
  });

  it('refuses a log path outside the repository, symlinks included, and writes nothing there', async () => {
    const outside = makeProject({ 'evil.md': 'untouched\n' });
    const dotdot = makeProject({
      ...files,
      'schemagate.yml': files['schemagate.yml'].replace('docs/audit.md', '../outside/evil.md'),
    });
    const r1 = await promote(dotdot, '--pr', '1');
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain('audit.log: "../outside/evil.md" resolves outside the repository');

    const linked = makeProject(files);
    mkdirSync(join(linked, 'docs'), { recursive: true });
    symlinkSync(join(outside, 'evil.md'), join(linked, 'docs/audit.md'));
    const r2 = await promote(linked, '--pr', '1');
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('resolves outside the repository (through a symlink)');

    const dirLinked = makeProject(files);
    symlinkSync(outside, join(dirLinked, 'docs'));
    expect((await promote(dirLinked, '--pr', '1')).code).toBe(2);
    expect(readFileSync(join(outside, 'evil.md'), 'utf8')).toBe('untouched\n');
    expect(tmpdir()).toBeTruthy();
  });

  it('loses nothing with 20 concurrent writers over 100 existing rows, and the chain holds', async () => {
    const root = makeProject({ ...files, 'docs/audit.md': logWith(100) });
    const before = readFileSync(join(root, 'docs/audit.md'), 'utf8');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => promote(root, '--pr', String(1000 + i))),
    );
    expect(results.map((r) => r.code)).toEqual(Array(20).fill(0));
    const after = readFileSync(join(root, 'docs/audit.md'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const prs = parseAuditLog(after).map((r) => r.pr);
    expect(prs).toHaveLength(120);
    expect(new Set(prs).size).toBe(120);
    expect(verifyAuditChain(after)).toMatchObject({ ok: true, rows: 120 });
  });

  it('takes the commit that set mode: strict, and its PR, from the git history', async () => {
    const root = makeProject({
      ...files,
      'schemagate.yml': files['schemagate.yml'].replace('strict', 'canary'),
    });
    initRepo(root);
    commitAll(root, 'Adopt schemagate', '2026-11-20T00:00:00Z');
    writeFileSync(join(root, 'schemagate.yml'), files['schemagate.yml']);
    const sha = commitAll(root, 'Promote to strict (#77)', '2026-11-23T00:00:00Z');
    writeFileSync(join(root, 'db/schema/u.sql'), 'CREATE TABLE u (id int);\n');
    commitAll(root, 'Another table', '2026-11-24T00:00:00Z');
    const r = await promote(root, '--dry-run');
    expect(r.stdout).toContain(`| promotion | #77 | ${sha} | alice |`);
  });

  it('refuses a promotion made before governance.canary_window had passed', async () => {
    const root = makeProject({
      ...files,
      'schemagate.yml': files['schemagate.yml'].replace('strict', 'canary'),
    });
    initRepo(root);
    commitAll(root, 'Adopt schemagate', '2026-11-20T00:00:00Z');
    writeFileSync(join(root, 'schemagate.yml'), files['schemagate.yml']);
    commitAll(root, 'Promote to strict (#78)', '2026-11-21T12:00:00Z');
    const r = await promote(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refused: canary ran for 36.0 h (since commit');
    expect(r.stderr).toContain(
      'less than governance.canary_window (48.0 h): promote after 2026-11-22T00:00:00Z',
    );
    expect(() => readFileSync(join(root, 'docs/audit.md'))).toThrow();
    writeFileSync(
      join(root, 'schemagate.yml'),
      `${files['schemagate.yml']}governance:\n  canary_window: 1d\n`,
    );
    commitAll(root, 'Shorter window', '2026-11-21T13:00:00Z');
    // The config before the promotion governs: a window shortened afterwards does not count.
    const again = await promote(root);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('less than governance.canary_window (48.0 h)');
  });

  describe('with governance.approvers', () => {
    const groups = 'governance:\n  approvers:\n    - team: acme/dba\n    - owners: true\n';
    /** Canary with the groups and CODEOWNERS, then a promotion commit that rewrites CODEOWNERS. */
    const repo = () => {
      const canary = files['schemagate.yml'].replace('strict', 'canary');
      const root = makeProject({
        ...files,
        'schemagate.yml': `${canary}${groups}`,
        '.github/CODEOWNERS': '# owners\n/db/ @oscar\n',
      });
      initRepo(root);
      commitAll(root, 'Adopt schemagate', '2026-11-20T00:00:00Z');
      writeFileSync(join(root, 'schemagate.yml'), files['schemagate.yml']);
      writeFileSync(join(root, '.github/CODEOWNERS'), '* @mallory\n');
      commitAll(root, 'Promote to strict (#78)', '2026-11-23T00:00:00Z');
      return root;
    };
    const audit = (root: string, ...more: string[]) =>
      runCli(['audit', root, '--actor', 'alice', '--dry-run', ...more]);

    it('records one approver from each group (team membership given offline)', async () => {
      const r = await audit(repo(), '--team-approver', 'acme/dba=bob', '--approver', 'oscar');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(' | bob, oscar | ');
    });

    it('fails closed naming a team group whose membership it was not told', async () => {
      const r = await audit(repo(), '--approver', 'bob', '--approver', 'oscar');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        'refused: a promotion to strict needs one approver from each group of governance.approvers (schemagate.yml at commit ',
      );
      expect(r.stderr).toContain(
        '  UNMET: team @acme/dba: not met: needs one approval from this group. @acme/dba could not be read (team membership is not known offline: pass --team-approver org/team=<login>), so its approvals are not counted.',
      );
      expect(r.stderr).toContain(
        '  met: code owners (.github/CODEOWNERS for db/schema/t.sql: @oscar): met by @oscar.',
      );
    });

    it('refuses two approvers of the same group, and owners named only by the promotion commit', async () => {
      const root = repo();
      const same = await audit(root, '--team-approver', 'acme/dba=bob', '--team-approver', 'acme/dba=carol');
      expect(same.code).toBe(1);
      expect(same.stderr).toContain('  UNMET: code owners (.github/CODEOWNERS for db/schema/t.sql: @oscar)');
      const mallory = await audit(root, '--team-approver', 'acme/dba=bob', '--approver', 'mallory');
      expect(mallory.code).toBe(1);
      const oneForTwo = await audit(root, '--team-approver', 'acme/dba=oscar', '--approver', 'oscar');
      expect(oneForTwo.code).toBe(1);
      expect(oneForTwo.stderr).toContain('already counted for another group');
    });

    it('rejects a malformed --team-approver with exit 2', async () => {
      const r = await audit(repo(), '--team-approver', 'acme-dba:bob');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        '--team-approver must be org/team=login (for example acme/dba=erin), got "acme-dba:bob"',
      );
    });
  });

  it('takes the longer canary window of the config before the promotion and the current one', async () => {
    const canary = files['schemagate.yml'].replace('strict', 'canary');
    const root = makeProject({ ...files, 'schemagate.yml': `${canary}governance:\n  canary_window: 1d\n` });
    initRepo(root);
    commitAll(root, 'Adopt schemagate', '2026-11-20T00:00:00Z');
    writeFileSync(
      join(root, 'schemagate.yml'),
      `${files['schemagate.yml']}governance:\n  canary_window: 1d\n`,
    );
    commitAll(root, 'Promote to strict (#78)', '2026-11-21T12:00:00Z');
    expect((await promote(root, '--dry-run')).code).toBe(0);
    writeFileSync(
      join(root, 'schemagate.yml'),
      `${files['schemagate.yml']}governance:\n  canary_window: 3d\n`,
    );
    commitAll(root, 'Longer window', '2026-11-21T13:00:00Z');
    const r = await promote(root, '--dry-run');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('less than governance.canary_window (72.0 h)');
  });
});
