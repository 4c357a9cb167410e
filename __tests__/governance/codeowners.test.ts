/** CODEOWNERS read as GitHub reads it: patterns, comments, escapes, owners, last match wins. */
import { compilePattern, ownersOf, parseCodeowners, ruleFor } from '../../src/core/governance/codeowners.js';

describe('CODEOWNERS patterns', () => {
  // [pattern, path, matches] — cases from GitHub's CODEOWNERS documentation and gitignore rules.
  const cases: [string, string, boolean][] = [
    ['*', 'README.md', true],
    ['*', 'db/migrations/001.sql', true],
    ['*.sql', 'db/migrations/001.sql', true],
    ['*.sql', 'schema.sql', true],
    ['*.sql', 'db/schema.sqlx', false],
    ['*.js', 'src/app.ts', false],
    ['/build/logs/', 'build/logs/a.log', true],
    ['/build/logs/', 'build/logs/deep/b.log', true],
    ['/build/logs/', 'sub/build/logs/a.log', false],
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    ['apps/', 'apps/web/index.ts', true],
    ['apps/', 'services/apps/api.ts', true],
    ['apps/', 'apps', false],
    ['/docs/', 'docs/a.md', true],
    ['/docs/', 'src/docs/a.md', false],
    ['/scripts/', 'scripts/deploy.sh', true],
    ['**/logs', 'build/logs/a.log', true],
    ['**/logs', 'logs/a.log', true],
    ['**/logs', 'deeply/nested/logs/x/y.log', true],
    ['**/logs', 'catalogs/a', false],
    ['/db/migrations', 'db/migrations/001.sql', true],
    ['/db/migrations', 'db/migrations', true],
    ['/db/migrations', 'db/migrations-old/001.sql', false],
    ['db/migrations', 'other/db/migrations/001.sql', false],
    ['migrations', 'other/db/migrations/001.sql', true],
    ['db/**/001.sql', 'db/001.sql', true],
    ['db/**/001.sql', 'db/a/b/001.sql', true],
    ['db/**/001.sql', 'db/a/b/002.sql', false],
    ['db/**', 'db/a/b/c.sql', true],
    ['db/**', 'dbx/a.sql', false],
    ['**', 'anything/at/all.txt', true],
    ['00?.sql', 'db/001.sql', true],
    ['00?.sql', 'db/0010.sql', false],
    ['00?.sql', 'db/00/.sql', false],
    ['\\#notes.md', 'docs/#notes.md', true],
    ['my\\ file.sql', 'db/my file.sql', true],
    ['a\\*b.sql', 'a*b.sql', true],
    ['a\\*b.sql', 'axxb.sql', false],
    ['/', 'anything', false],
    ['schema.sql', 'db/schema.sql', true],
    ['schema.sql', 'db/schema.sql.bak', false],
    ['/db/schema/*.sql', 'db/schema/tables.sql', true],
    ['/db/schema/*.sql', 'db/schema/sub/tables.sql', false],
  ];
  it.each(cases)('%s on %s → %s', (pattern, path, expected) => {
    expect(compilePattern(pattern)(path)).toBe(expected);
  });

  it('rejects what GitHub does not support', () => {
    expect(() => compilePattern('!keep.sql')).toThrow('negation');
    expect(() => compilePattern('db/[ab].sql')).toThrow('character ranges');
    expect(() => compilePattern('a/***/b')).toThrow('three consecutive asterisks');
  });
});

describe('CODEOWNERS file', () => {
  const text = [
    '# Owners of everything by default',
    '*       @acme/everyone',
    '',
    '  # an indented comment',
    '/db/    @oscar @acme/db-owners   # inline comment',
    '/db/migrations/legacy/',
    '*.md    docs@example.com',
    '\\#weird.sql @hash-owner',
    'db/schema/ @acme/dba @Schema-Owner',
    'bad-owner.sql @not a owner!',
    'db/[ab].sql @x',
  ].join('\n');
  const parsed = parseCodeowners(text);

  it('reads rules with their owners and skips comments and blank lines', () => {
    expect(parsed.rules.map((r) => [r.line, r.pattern, r.owners.length])).toEqual([
      [2, '*', 1],
      [5, '/db/', 2],
      [6, '/db/migrations/legacy/', 0],
      [7, '*.md', 1],
      [8, '\\#weird.sql', 1],
      [9, 'db/schema/', 2],
    ]);
    expect(parsed.rules[1].owners).toEqual([
      { kind: 'user', login: 'oscar' },
      { kind: 'team', org: 'acme', slug: 'db-owners' },
    ]);
    expect(parsed.rules[3].owners).toEqual([{ kind: 'email', email: 'docs@example.com' }]);
  });

  it('reports the lines GitHub would reject, and skips them', () => {
    expect(parsed.errors).toEqual([
      { line: 10, message: '"a" is not an @user, @org/team or email owner' },
      { line: 11, message: 'pattern "db/[ab].sql": character ranges ([...]) are not supported' },
    ]);
  });

  it('gives each file the owners of the last matching rule', () => {
    const owned = ownersOf(parsed, [
      'README.md',
      'src/index.ts',
      'db/migrations/001.sql',
      'db/migrations/legacy/000.sql',
      'db/schema/tables.sql',
      'db/#weird.sql',
    ]);
    expect(owned.map((o) => [o.path, o.line, o.owners.map((x) => JSON.stringify(x))])).toEqual([
      ['README.md', 7, ['{"kind":"email","email":"docs@example.com"}']],
      ['src/index.ts', 2, ['{"kind":"team","org":"acme","slug":"everyone"}']],
      [
        'db/migrations/001.sql',
        5,
        ['{"kind":"user","login":"oscar"}', '{"kind":"team","org":"acme","slug":"db-owners"}'],
      ],
      // A later rule with no owners takes ownership away.
      ['db/migrations/legacy/000.sql', 6, []],
      [
        'db/schema/tables.sql',
        9,
        ['{"kind":"team","org":"acme","slug":"dba"}', '{"kind":"user","login":"Schema-Owner"}'],
      ],
      ['db/#weird.sql', 8, ['{"kind":"user","login":"hash-owner"}']],
    ]);
  });

  it('matches no rule for a file nothing covers', () => {
    expect(ruleFor(parseCodeowners('/db/ @oscar\n'), 'src/a.ts')).toBeUndefined();
  });

  it('reads CRLF files', () => {
    expect(ownersOf(parseCodeowners('# c\r\n*.sql @oscar\r\n'), ['a.sql'])[0].owners).toEqual([
      { kind: 'user', login: 'oscar' },
    ]);
  });
});
