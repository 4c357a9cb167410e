/** Records (plain objects keyed by name) built in bulk, as the catalog and models hold them. */

/** From this many keys on, a record is built as a dictionary (see sortedRecord). */
const DICTIONARY_FROM = 32;

/**
 * A record of `entries` in key order. Object.fromEntries gives every new key a hidden-class
 * transition, which grows quadratically with the keys: ~40 ms for one record of 3,000 indexes, the
 * biggest single cost of assembling a catalog of 1,000 tables. A large record is therefore filled
 * as a dictionary-mode object (what Object.create(null) gives) and then gets the usual prototype.
 */
export function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  const arr = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (arr.length < DICTIONARY_FROM) return Object.fromEntries(arr);
  const out: Record<string, T> = Object.create(null);
  for (const [k, v] of arr) out[k] = v;
  return Object.setPrototypeOf(out, Object.prototype);
}
