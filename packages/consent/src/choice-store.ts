// The visitor's choice lives in localStorage, not a cookie: it is never sent over the network (a cookie would
// travel with every request to the organisation's servers, and to anything else on the same domain), and the
// head stub still reads it synchronously. The cost: it is kept per origin, so sub-domains ask separately.
import type { Choices, ConsentMethod, Receipt } from './types.js';

const KEY = 'vigie-consent';

export interface StoredChoice {
  /** pseudonymous visitor id, sent with each record */
  id: string;
  c: Choices;
  /** when chosen, and when it expires (ms since epoch): the stub checks `e` without the config */
  t: number;
  e: number;
  /** config and notice versions the choice was made on */
  v: string;
  n: string;
  m: ConsentMethod;
  g?: boolean;
  r?: Receipt;
}

export function readChoice(): StoredChoice | null {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === 'object' && 'c' in parsed && 'e' in parsed ? (parsed as StoredChoice) : null;
  } catch {
    return null;
  }
}

export function writeChoice(choice: StoredChoice): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(choice));
  } catch {
    // storage refused (private mode, quota): the choice holds for this page only
  }
}
