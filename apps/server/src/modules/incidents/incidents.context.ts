import type { IncidentRegime, IncidentRules, Organisation } from '@vigie/core';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { IncidentsStore } from './incidents.store.js';

/** What the incidents use cases share, built once by incidents.services.ts. */
export interface IncidentsContext {
  readonly store: IncidentsStore;
  readonly cipher: FieldCipher;
  readonly rules: IncidentRules;
  /** The regimes the declaration puts the organisation under. */
  readonly regimes: readonly IncidentRegime[];
  readonly organisation: Organisation;
  /** Where the law says "promptly": the organisation's own target, in hours from awareness (not law). */
  readonly internalTargetHours: number;
  readonly now: () => Date;
}
