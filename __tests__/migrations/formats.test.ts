import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compareFlywayVersions,
  MigrationDirError,
  nextMigrationFileName,
  readMigrationSet,
  verifySum,
  writeAtlasSum,
} from '../../src/core/migrations/index.js';
import { readMigrationDir } from '../../src/runtime/migrationDir.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const f = (name: string, content = 'SELECT 1;\n') => ({ name, content });
const versions = (
  files: { name: string; content: string }[],
  format: Parameters<typeof readMigrationSet>[1] = 'auto',
) => readMigrationSet(files, format, 'db/migrations').migrations.map((m) => m.version);

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
}

describe('format detection', () => {
  it('detects each format from its files', () => {
    const detect = (files: { name: string; content: string }[]) =>
      readMigrationSet(files, 'auto', 'm').format;
    expect(detect([f('1_init.up.sql'), f('1_init.down.sql')])).toBe('golang-migrate');
    expect(
      detect([
        f('20240101000000_init.sql', '-- migrate:up\nCREATE TABLE a();\n-- migrate:down\nDROP TABLE a;\n'),
      ]),
    ).toBe('dbmate');
    expect(detect([f('V1__init.sql'), f('R__views.sql')])).toBe('flyway');
    expect(detect([f('20240101000000_init.sql'), f('atlas.sum', 'h1:x\n')])).toBe('atlas');
    expect(detect([f('001_init.sql'), f('README.md', '# notes')])).toBe('plain');
  });

  it('refuses a directory mixing golang-migrate and flyway files, naming both', () => {
    const err = thrown(() =>
      readMigrationSet([f('1_init.up.sql'), f('V2__more.sql')], 'auto', 'db/migrations'),
    );
    expect(err).toBeInstanceOf(MigrationDirError);
    expect(err.message).toContain('db/migrations/1_init.up.sql');
    expect(err.message).toContain('db/migrations/V2__more.sql');
    expect(err.message).toContain('mixes formats');
  });

  it('refuses a plain file inside a golang-migrate directory', () => {
    const err = thrown(() => readMigrationSet([f('1_init.up.sql'), f('seed.sql')], 'auto', 'm'));
    expect(err.message).toBe(
      'm/1_init.up.sql, m/seed.sql: seed.sql is not a golang-migrate migration file name; rename it or move it out of the directory',
    );
  });

  it('refuses two files with one version, naming both', () => {
    expect(thrown(() => versions([f('001_a.up.sql'), f('1_b.up.sql')])).message).toBe(
      'db/migrations/001_a.up.sql, db/migrations/1_b.up.sql: two up files with version 1; rename one of them',
    );
    expect(thrown(() => versions([f('V1__a.sql'), f('V1.0__b.sql')])).message).toContain(
      'db/migrations/V1__a.sql, db/migrations/V1.0__b.sql',
    );
    expect(
      thrown(() => versions([f('1_a.sql'), f('1_b.sql'), f('atlas.sum', '')], 'atlas')).message,
    ).toContain('two migrations with version 1');
  });
});

describe('version order as each tool orders it', () => {
  it('golang-migrate: numeric', () => {
    expect(versions([f('10_c.up.sql'), f('9_b.up.sql'), f('1_a.up.sql')])).toEqual(['1', '9', '10']);
  });
  it('flyway: numeric parts, 1.10 after 1.9, underscores as dots, repeatables last', () => {
    expect(
      versions([f('R__views.sql'), f('V1.10__c.sql'), f('V1_9__b.sql'), f('V1__a.sql'), f('V2__d.sql')]),
    ).toEqual(['1', '1.9', '1.10', '2', 'R__views']);
    expect(compareFlywayVersions('1.10', '1.9')).toBe(1);
    expect(compareFlywayVersions('1.0', '1')).toBe(0);
  });
  it('atlas, dbmate and plain: bytewise by file name', () => {
    expect(versions([f('20240102_b.sql'), f('20240101_a.sql'), f('atlas.sum')], 'atlas')).toEqual([
      '20240101',
      '20240102',
    ]);
    expect(versions([f('b.sql'), f('B.sql'), f('a.sql')], 'plain')).toEqual(['B', 'a', 'b']);
  });
});

describe('parts', () => {
  it('dbmate: up and down sections with their lines and transaction:false', () => {
    const text =
      '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (a);\n\n-- migrate:down\nDROP INDEX i;\n';
    const [m] = readMigrationSet([f('20240101000000_idx.sql', text)], 'dbmate', 'db').migrations;
    expect(m.transactional).toBe(false);
    expect(m.up).toEqual({
      file: 'db/20240101000000_idx.sql',
      text: 'CREATE INDEX CONCURRENTLY i ON t (a);\n',
      firstLine: 2,
    });
    expect(m.down).toEqual({ file: 'db/20240101000000_idx.sql', text: 'DROP INDEX i;\n', firstLine: 5 });
  });
  it('golang-migrate and flyway: down and undo files', () => {
    const g = readMigrationSet(
      [f('1_a.up.sql'), f('1_a.down.sql', 'DROP TABLE a;'), f('2_b.up.sql')],
      'auto',
      'm',
    ).migrations;
    expect(g.map((m) => m.down?.file)).toEqual(['m/1_a.down.sql', undefined]);
    const fl = readMigrationSet([f('V1__a.sql'), f('U1__a.sql', 'DROP TABLE a;')], 'auto', 'm').migrations;
    expect(fl[0].down?.text).toBe('DROP TABLE a;');
  });
  it('atlas: -- atlas:txmode none in the file header', () => {
    const [m] = readMigrationSet(
      [f('1_a.sql', '-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY i ON t (a);\n'), f('atlas.sum')],
      'atlas',
      'm',
    ).migrations;
    expect(m.transactional).toBe(false);
  });
});

describe('next file name', () => {
  const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
  const next = (
    files: { name: string; content: string }[],
    format: Parameters<typeof readMigrationSet>[1] = 'auto',
  ) => nextMigrationFileName(readMigrationSet(files, format, 'm'), 'Add users!', now);
  it('follows each directory style', () => {
    expect(next([f('atlas.sum')], 'atlas')).toEqual({ up: '20260102030405_Add_users.sql' });
    expect(next([f('000001_init.up.sql')])).toEqual({
      up: '000002_Add_users.up.sql',
      down: '000002_Add_users.down.sql',
    });
    expect(next([f('20240101000000_x.sql', '-- migrate:up\n')])).toEqual({
      up: '20260102030405_Add_users.sql',
    });
    expect(next([f('V7__x.sql'), f('U7__x.sql')])).toEqual({
      up: 'V8__Add_users.sql',
      down: 'U8__Add_users.sql',
    });
    expect(next([f('009_x.sql')])).toEqual({ up: '010_Add_users.sql' });
  });
});

describe('atlas.sum', () => {
  for (const repo of ['atlas-real-milesWuCode', 'atlas-real-denes-cilwal']) {
    it(`reproduces the atlas.sum Atlas wrote (${repo}) byte for byte`, () => {
      const files = readMigrationDir(join(here, 'fixtures', repo));
      const sum = files.find((x) => x.name === 'atlas.sum')!.content;
      expect(writeAtlasSum(files.filter((x) => x.name.endsWith('.sql')))).toBe(sum);
      expect(() => verifySum(readMigrationSet(files, 'auto', repo))).not.toThrow();
    });
  }

  const dir = () => readMigrationDir(join(here, 'fixtures', 'atlas-real-milesWuCode'));
  it('names the edited file', () => {
    const files = dir().map((x) =>
      x.name === '20221209033915_users_add_height.sql' ? { ...x, content: `${x.content}-- tampered\n` } : x,
    );
    expect(thrown(() => verifySum(readMigrationSet(files, 'auto', 'mig'))).message).toBe(
      'mig/20221209033915_users_add_height.sql: file changed since mig/atlas.sum was written; if the change is intended, run `schemagate hash` to rewrite atlas.sum',
    );
  });
  it('names an added and a removed file', () => {
    const added = [...dir(), f('20221210000000_more.sql')];
    expect(thrown(() => verifySum(readMigrationSet(added, 'auto', 'mig'))).message).toContain(
      'mig/20221210000000_more.sql: file added',
    );
    const removed = dir().filter((x) => x.name !== '20221208030521_create_users.sql');
    expect(thrown(() => verifySum(readMigrationSet(removed, 'auto', 'mig'))).message).toContain(
      'mig/20221208030521_create_users.sql: file listed in mig/atlas.sum was removed',
    );
  });
  it('refuses a sum file whose lines were edited by hand, at the line that differs', () => {
    const sum = dir().find((x) => x.name === 'atlas.sum')!.content;
    const lines = sum.split('\n');
    const tamper = (n: number) =>
      dir().map((x) =>
        x.name === 'atlas.sum'
          ? {
              ...x,
              content: lines
                .map((l, i) =>
                  i === n - 1 ? l.replace(/h1:(.)/, (_m, c) => `h1:${c === 'A' ? 'B' : 'A'}`) : l,
                )
                .join('\n'),
            }
          : x,
      );
    expect(lines.length).toBeGreaterThan(4);
    for (const n of [1, 3, lines.length - 1]) {
      expect(thrown(() => verifySum(readMigrationSet(tamper(n), 'auto', 'mig'))).message).toContain(
        `mig/atlas.sum:${n}: atlas.sum was edited by hand`,
      );
    }
  });
  it('skips the content of files marked -- atlas:sum ignore', () => {
    const a = writeAtlasSum([f('1_a.sql'), f('2_b.sql', '-- atlas:sum ignore\nSELECT 1;')]);
    const b = writeAtlasSum([f('1_a.sql'), f('2_b.sql', '-- atlas:sum ignore\nSELECT 2;')]);
    expect(a).toBe(b);
    expect(a.split('\n')).toHaveLength(3);
  });
});

describe('readMigrationDir', () => {
  it('names migrations.dir when the directory is absent', () => {
    expect(thrown(() => readMigrationDir('/nonexistent/dir')).message).toBe(
      'schemagate.yml: migrations.dir: migration directory not found: /nonexistent/dir',
    );
  });
});
