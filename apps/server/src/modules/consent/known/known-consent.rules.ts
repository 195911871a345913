import { buildTaxonomy, type DeadlinePack, type Declaration, type RequestRegime } from '@vigie/core';
import type { KNOWN_CONSENT_GIVERS } from './known-consent.chain.js';
import { MINOR_CONSENT_GIVERS } from './minor-consent-givers.js';

export type KnownConsentRefusal =
  | 'consents.unknown_purpose'
  | 'consents.express_required'
  | 'consents.guardian_required'
  | 'consents.joint_consent_required'
  | 'consents.guardian_without_role';

/** What staff state about a consent, as far as the law's conditions go. */
interface ConsentConditions {
  readonly purpose: string;
  readonly express: boolean;
  readonly givenBy: (typeof KNOWN_CONSENT_GIVERS)[number];
  readonly hasGuardian: boolean;
  /** The person's age in years when known (a minor's consent depends on it), with the regime that applies. */
  readonly age?: { readonly years: number; readonly regime: RequestRegime } | undefined;
}

/** The purposes whose data categories include a sensitive one (inherited sensitivity resolved by the taxonomy). */
export function sensitivePurposes(declaration: Declaration): ReadonlyMap<string, boolean> {
  const taxonomy = buildTaxonomy(declaration);
  return new Map(
    declaration.purposes.map((p) => [
      p.id,
      p.dataCategories.some((id) => taxonomy.categories.get(id)?.sensitive === true),
    ]),
  );
}

/**
 * Whether a consent meets the law's conditions: a declared purpose; express consent where the purpose uses sensitive
 * information (P-39.1 s.12); for a minor under the regime's age, a guardian, alone or jointly as the regime says.
 * Returns the refusal, or the age under which a guardian was required (null for an adult or an unknown age).
 */
export function checkConsentConditions(
  conditions: ConsentConditions,
  context: { readonly sensitive: ReadonlyMap<string, boolean>; readonly pack: DeadlinePack },
):
  | { readonly ok: false; readonly refusal: KnownConsentRefusal }
  | { readonly ok: true; readonly minorUnder: number | null } {
  const sensitive = context.sensitive.get(conditions.purpose);
  if (sensitive === undefined) return { ok: false, refusal: 'consents.unknown_purpose' };
  if (sensitive && !conditions.express) return { ok: false, refusal: 'consents.express_required' };
  if (conditions.givenBy !== 'person' && !conditions.hasGuardian)
    return { ok: false, refusal: 'consents.guardian_required' };
  if (conditions.givenBy === 'person' && conditions.hasGuardian)
    return { ok: false, refusal: 'consents.guardian_without_role' };
  const age = conditions.age;
  if (age === undefined) return { ok: true, minorUnder: null };
  const under = context.pack.regimes[age.regime].minorRepresentedUnder.age;
  if (age.years >= under) return { ok: true, minorUnder: null };
  const { givers } = MINOR_CONSENT_GIVERS[age.regime];
  if (!givers.includes(conditions.givenBy))
    return {
      ok: false,
      refusal: givers.includes('guardian') ? 'consents.guardian_required' : 'consents.joint_consent_required',
    };
  return { ok: true, minorUnder: under };
}
