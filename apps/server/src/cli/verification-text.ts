import type { Localized } from '@vigie/core';
import type { AuditVerification } from '../ops/audit.js';

/** French counts 0 and 1 in the singular, English only 1. */
const fr = (count: number, one: string, many: string) => `${count} ${count <= 1 ? one : many}`;
const en = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** A journal verification in one or two sentences: intact with its counts, or the first problem and its entry. */
export function verificationText(verification: AuditVerification): Localized {
  const { entries, checkpoints, problem } = verification;
  if (problem !== undefined) {
    return {
      fr: `Vérification du journal en échec (${problem.kind}, entrée n° ${problem.seq}) : ${problem.message.fr}`,
      en: `Journal verification failed (${problem.kind}, entry ${problem.seq}): ${problem.message.en}`,
    };
  }
  const open = verification.uncheckpointed ?? 0;
  const intact = {
    fr: `Journal intact : ${fr(entries, 'entrée', 'entrées')}, ${fr(checkpoints, 'point de contrôle signé', 'points de contrôle signés')}.`,
    en: `Journal intact: ${en(entries, 'entry', 'entries')}, ${en(checkpoints, 'signed checkpoint', 'signed checkpoints')}.`,
  };
  if (open === 0) return intact;
  // Said because nothing signed covers these entries yet: someone with write access could drop them unseen.
  return {
    fr: `${intact.fr} ${open === 1 ? 'La dernière entrée suit' : `Les ${open} dernières entrées suivent`} le dernier point de contrôle : aucune signature ne ${open === 1 ? 'la' : 'les'} couvre encore.`,
    en: `${intact.en} ${open === 1 ? 'The last entry comes' : `The last ${open} entries come`} after the last checkpoint: no signature covers ${open === 1 ? 'it' : 'them'} yet.`,
  };
}
