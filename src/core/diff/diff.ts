/**
 * The generic diff: two keyed maps of one object kind -> adds, drops and alters, sorted by key so
 * that every consumer sees the same order. Equality is structural over the normalised model.
 */
export interface Altered<T> {
  readonly key: string;
  readonly from: T;
  readonly to: T;
}

export interface KeyedDiff<T> {
  readonly adds: readonly { readonly key: string; readonly value: T }[];
  readonly drops: readonly { readonly key: string; readonly value: T }[];
  readonly alters: readonly Altered<T>[];
}

export function diffByKey<T>(
  from: Readonly<Record<string, T>>,
  to: Readonly<Record<string, T>>,
  equal: (a: T, b: T) => boolean = deepEqual,
): KeyedDiff<T> {
  const adds: { key: string; value: T }[] = [];
  const drops: { key: string; value: T }[] = [];
  const alters: Altered<T>[] = [];
  for (const key of Object.keys(to).sort()) {
    const a = from[key];
    const b = to[key];
    if (a === undefined) adds.push({ key, value: b });
    else if (!equal(a, b)) alters.push({ key, from: a, to: b });
  }
  for (const key of Object.keys(from).sort()) {
    if (to[key] === undefined) drops.push({ key, value: from[key] });
  }
  return { adds, drops, alters };
}

/** Structural equality of plain JSON-like data (objects, arrays, primitives). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ob = b as Record<string, unknown>;
  const oa = a as Record<string, unknown>;
  for (const k of ka) {
    if (!Object.hasOwn(ob, k) || !deepEqual(oa[k], ob[k])) return false;
  }
  return true;
}

/** Equality ignoring some top-level fields (handled by their own generators). */
export function equalExcept<T extends object>(a: T, b: T, ignore: readonly (keyof T)[]): boolean {
  const strip = (o: T) => {
    const c: Record<string, unknown> = { ...(o as Record<string, unknown>) };
    for (const k of ignore) delete c[k as string];
    return c;
  };
  return deepEqual(strip(a), strip(b));
}
