/** Two versions of a list matched by identity: what was added, what both have, what was removed. */
interface Matched<T> {
  readonly added: readonly T[];
  readonly kept: readonly (readonly [before: T, after: T])[];
  readonly removed: readonly T[];
}

/** Matches by key, keeping the new version's order for added and kept items and the old one's for removed ones. */
export function match<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Matched<T> {
  const old = new Map(before.map((item) => [key(item), item]));
  const now = new Set(after.map(key));
  const kept: (readonly [T, T])[] = [];
  const added: T[] = [];
  for (const item of after) {
    const previous = old.get(key(item));
    if (previous === undefined) added.push(item);
    else kept.push([previous, item]);
  }
  return { added, kept, removed: before.filter((item) => !now.has(key(item))) };
}

/** Structural equality for the plain data of the notice model (built by one code path, so key order agrees). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A before/after pair, or undefined when nothing changed. */
export function changed<T>(before: T, after: T): { before: T; after: T } | undefined {
  return same(before, after) ? undefined : { before, after };
}
