/**
 * What verification can find, named for what happened to the journal:
 * - altered: the entry's content no longer matches its hash, or a later entry no longer commits to it;
 * - removed: an entry is missing from its place in the chain;
 * - inserted: a second entry claims a place already taken;
 * - reordered: an entry appears out of its place;
 * - checkpoint_forged: a checkpoint's signature fails or names an unknown key;
 * - checkpoint_mismatch: a correctly signed checkpoint disagrees with the chain at its seq;
 * - truncated: a checkpoint vouches for entries that are no longer there (the tail was dropped);
 * - unanchored: an exported range whose last entries no checkpoint vouches for.
 */
export type JournalProblemKind =
  | 'altered'
  | 'removed'
  | 'inserted'
  | 'reordered'
  | 'checkpoint_forged'
  | 'checkpoint_mismatch'
  | 'truncated'
  | 'unanchored';

/** The first problem found, with the seq where the chain stops being trustworthy. */
export interface JournalProblem {
  readonly kind: JournalProblemKind;
  readonly seq: number;
}
