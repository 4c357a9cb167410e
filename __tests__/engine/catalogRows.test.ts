/** The row readers that keep driver differences out of the model. */

import { grants, parsePgArray, str, strArray } from '../../src/core/catalog/rows.js';
import { CatalogError } from '../../src/core/errors.js';

test('a text[] arrives as an array (node-postgres, PGlite) or as an array literal', () => {
  expect(strArray({ a: ['x', 'y'] }, 'a')).toEqual(['x', 'y']);
  expect(strArray({ a: '{id,"we\\"ird, col","back\\\\slash"}' }, 'a')).toEqual([
    'id',
    'we"ird, col',
    'back\\slash',
  ]);
  expect(strArray({ a: null }, 'a')).toEqual([]);
  expect(parsePgArray('{}')).toEqual([]);
});

test('aclexplode rows group per grantee, sorted, with grant options', () => {
  const rows = [
    { grantee: 'web', privilege: 'SELECT', grantable: false },
    { grantee: 'PUBLIC', privilege: 'USAGE', grantable: false },
    { grantee: 'web', privilege: 'INSERT', grantable: true },
  ];
  expect(grants({ grants: rows })).toEqual([
    { grantee: 'PUBLIC', privileges: ['USAGE'], grantable: [] },
    { grantee: 'web', privileges: ['INSERT', 'SELECT'], grantable: ['INSERT'] },
  ]);
});

test('a missing or mistyped field is a CatalogError naming the field', () => {
  expect(() => str({ relname: null }, 'relname')).toThrow(CatalogError);
  expect(() => str({}, 'relname')).toThrow('catalog row field relname: expected text, got undefined');
});
