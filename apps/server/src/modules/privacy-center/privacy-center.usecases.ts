import { type LoadedDeclaration, type PostalAddress, renderNoticeFragment } from '@vigie/core';

type Lang = 'fr' | 'en';

/** What the public page shows around the notice: who the organisation is and whom to contact. */
interface PrivacyCenterSummary {
  readonly organisation: { readonly name: string; readonly languages: readonly Lang[] };
  readonly contact: {
    readonly title: { readonly fr: string; readonly en: string } | null;
    readonly name: string | null;
    readonly email: string | null;
    readonly phone: string | null;
    readonly postalAddress: string | null;
  };
  readonly policyVersion: string;
  readonly effectiveDate: string;
}

function addressLine(address: PostalAddress | undefined): string | null {
  if (address === undefined) return null;
  return [address.street, address.city, address.region, address.postalCode, address.country]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
}

/**
 * The privacy center's content, computed once from the declaration: it is public and the same for everyone, so
 * every request is served from memory (the notice of a large organisation takes tens of milliseconds to render).
 */
export function createPrivacyCenter(loaded: LoadedDeclaration) {
  const { organisation, policy } = loaded.declaration;
  // The person in charge is who Law 25 s.3.2 says the public contacts; a GDPR DPO stands in when there is none.
  const person = organisation.personInCharge ?? organisation.dpo;
  const summary: PrivacyCenterSummary = {
    organisation: { name: organisation.displayName ?? organisation.legalName, languages: organisation.languages },
    contact: {
      title: person?.title ?? null,
      name: person?.name ?? null,
      email: person?.email ?? null,
      phone: person?.phone ?? null,
      postalAddress: addressLine(person?.address ?? organisation.address),
    },
    policyVersion: policy.version,
    effectiveDate: policy.effectiveDate,
  };
  const notices = new Map<Lang, { lang: Lang; title: string; html: string }>();
  return {
    summary,
    notice(lang: Lang) {
      let notice = notices.get(lang);
      if (notice === undefined) {
        notice = { lang, ...renderNoticeFragment(loaded, lang) };
        notices.set(lang, notice);
      }
      return notice;
    },
  };
}
