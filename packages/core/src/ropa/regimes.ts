import type { Jurisdiction } from '../declaration/schema/organisation.js';

/*
 * Which columns of the record a legal regime fills. A column of a regime that does not govern the
 * organisation reads "not applicable"; an empty column of one that does reads "not stated", a gap to fill.
 */

export function quebecApplies(jurisdictions: readonly Jurisdiction[]): boolean {
  return jurisdictions.includes('QC');
}

/** Quebec law or PIPEDA: the Canadian consent regimes. */
export function canadaApplies(jurisdictions: readonly Jurisdiction[]): boolean {
  return jurisdictions.includes('QC') || jurisdictions.includes('CA');
}

export function gdprApplies(jurisdictions: readonly Jurisdiction[]): boolean {
  return jurisdictions.includes('EU') || jurisdictions.includes('FR');
}
