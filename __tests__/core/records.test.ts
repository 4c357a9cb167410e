import { sortedRecord } from '../../src/core/model/records.js';

describe('sortedRecord', () => {
  test.each([3, 31, 32, 3000])('%i entries: keys in order, each value, an ordinary object', (n) => {
    const names = Array.from({ length: n }, (_, i) => `public.t_${String(n - i).padStart(5, '0')}`);
    const rec = sortedRecord(names.map((k, i) => [k, { i }]));
    expect(Object.keys(rec)).toEqual([...names].sort());
    expect(rec[names[0]]).toEqual({ i: 0 });
    expect(rec[names[n - 1]]).toEqual({ i: n - 1 });
    expect(Object.getPrototypeOf(rec)).toBe(Object.prototype);
    expect(Object.hasOwn(rec, names[1])).toBe(true);
    expect(JSON.parse(JSON.stringify(rec))).toEqual(Object.fromEntries(names.map((k, i) => [k, { i }])));
  });

  test('sorts by code unit, as the catalog compares names', () => {
    expect(
      Object.keys(
        sortedRecord([
          ['b', 1],
          ['B', 2],
          ['a', 3],
          ['_', 4],
        ]),
      ),
    ).toEqual(['B', '_', 'a', 'b']);
  });
});
