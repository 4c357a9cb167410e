/**
 * Largest assignment of people to groups with one distinct person per group (bipartite matching
 * by augmenting paths). Groups are a handful and people a few dozen, so the simple search is
 * enough. Returns person -> index of the group they stand for.
 */
export function matchDistinct(eligible: readonly (readonly string[])[]): Map<string, number> {
  const groupOf = new Map<string, number>();
  const tryGroup = (g: number, seen: Set<string>): boolean => {
    for (const who of eligible[g]) {
      if (seen.has(who)) continue;
      seen.add(who);
      const prev = groupOf.get(who);
      if (prev === undefined || tryGroup(prev, seen)) {
        groupOf.set(who, g);
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < eligible.length; g++) tryGroup(g, new Set());
  return groupOf;
}
