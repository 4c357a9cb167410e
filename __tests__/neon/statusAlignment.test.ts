/** migrate status keeps its columns aligned whatever the length of the versions. */
import { migrationState } from '../../src/core/migrations/index.js';
import { readMigrationSet } from '../../src/core/migrations/readSet.js';
import { statusText } from '../../src/core/migrations/render.js';

it('aligns the file column for versions longer than 16 characters', () => {
  const set = readMigrationSet(
    [
      { name: '1_short.sql', content: 'SELECT 1;' },
      { name: '20241231235959000001_long_version.sql', content: 'SELECT 2;' },
    ],
    'plain',
    'db/migrations',
  );
  const text = statusText({ format: 'plain', state: migrationState(set, []), tableExists: false });
  const rows = text.split('\n').filter((l) => l.startsWith('pending'));
  expect(rows).toHaveLength(2);
  const columns = rows.map((r) =>
    r.indexOf(r.includes('1_short.sql') ? '1_short.sql' : '20241231235959000001_long_version.sql', 9),
  );
  expect(columns[0]).toBe(columns[1]);
});
