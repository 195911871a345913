import type { Localized } from '@vigie/core';
import type { JournalProblem } from './journal.problem.js';

const MESSAGES: Record<JournalProblem['kind'], (seq: number) => Localized> = {
  altered: (seq) => ({
    fr: `L’entrée n° ${seq} a été modifiée : son contenu ne correspond plus à l’empreinte enregistrée.`,
    en: `Entry ${seq} was altered: its content no longer matches its recorded hash.`,
  }),
  removed: (seq) => ({
    fr: `L’entrée n° ${seq} a été supprimée : elle manque à sa place dans la chaîne.`,
    en: `Entry ${seq} was removed: it is missing from its place in the chain.`,
  }),
  inserted: (seq) => ({
    fr: `Une entrée a été insérée : deux entrées occupent la place n° ${seq}.`,
    en: `An entry was inserted: two entries claim place ${seq}.`,
  }),
  reordered: (seq) => ({
    fr: `Des entrées ont été déplacées : l’entrée n° ${seq} n’est pas à sa place.`,
    en: `Entries were reordered: entry ${seq} is out of its place.`,
  }),
  checkpoint_forged: (seq) => ({
    fr: `Le point de contrôle n° ${seq} est falsifié : sa signature n’est pas valide ou sa clé est inconnue.`,
    en: `Checkpoint ${seq} is forged: its signature fails or its key is unknown.`,
  }),
  checkpoint_mismatch: (seq) => ({
    fr: `Le point de contrôle n° ${seq} est signé, mais la chaîne ne lui correspond plus : des entrées antérieures ont été réécrites.`,
    en: `Checkpoint ${seq} is signed, but the chain no longer matches it: earlier entries were rewritten.`,
  }),
  truncated: (seq) => ({
    fr: `Le journal a été tronqué : les entrées à partir du n° ${seq} manquent alors qu’un point de contrôle signé les atteste.`,
    en: `The journal was truncated: entries from ${seq} on are missing although a signed checkpoint vouches for them.`,
  }),
  unanchored: (seq) => ({
    fr: `Aucun point de contrôle signé ne couvre les entrées à partir du n° ${seq} de cet export.`,
    en: `No signed checkpoint covers the entries of this export from ${seq} on.`,
  }),
};

/** The problem in words, in French and English, for `vigie audit verify` and the console. */
export function describeJournalProblem(problem: JournalProblem): Localized {
  return MESSAGES[problem.kind](problem.seq);
}
