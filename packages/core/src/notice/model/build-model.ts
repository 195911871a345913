import type { LoadedDeclaration } from '../../declaration/load.js';
import { taxonomyForReaders } from '../../taxonomy/france-taxonomy.js';
import { buildCollection } from './collection.js';
import { basisRegimes, buildPurpose } from './purposes.js';
import { buildRecipients } from './recipients.js';
import { createResolver } from './resolve.js';
import { buildRetention } from './retention.js';
import { buildRights } from './rights.js';
import { buildTransfers } from './transfers.js';
import type { NoticeModel } from './types.js';

/**
 * Reads a loaded declaration into the notice model. Pure and total: a declaration the loader
 * accepted always yields a model, and gaps (a purpose without retention) stay visible as gaps.
 * Names are in the French of the organisation's readers: a French organisation's built-in categories
 * read « Adresse électronique », not Quebec's « Adresse courriel ».
 */
export function buildNoticeModel(loaded: LoadedDeclaration): NoticeModel {
  const { declaration } = loaded;
  const { organisation: org } = declaration;
  const taxonomy = taxonomyForReaders(loaded.taxonomy, org.jurisdictions);
  const resolve = createResolver(declaration, taxonomy);
  const regimes = basisRegimes(org.jurisdictions);
  const recipients = buildRecipients(declaration, resolve);
  // Each purpose lists the recipients it reaches, in the recipients' order; one pass, not purposes × recipients.
  const recipientsOf = new Map<string, { id: string; name: { fr: string; en: string } }[]>();
  for (const r of recipients) {
    for (const rp of r.purposes) {
      const ref = { id: r.id, name: { fr: r.name, en: r.name } };
      const list = recipientsOf.get(rp.id);
      if (list) list.push(ref);
      else recipientsOf.set(rp.id, [ref]);
    }
  }
  const purposes = declaration.purposes.map((p) =>
    buildPurpose(p, regimes, resolve, taxonomy, recipientsOf.get(p.id) ?? []),
  );
  const authorities = org.authorities;
  return {
    organisation: {
      legalName: org.legalName,
      displayName: org.displayName,
      kind: org.kind,
      providesHealthServices: org.providesHealthServices,
      jurisdictions: org.jurisdictions,
      businessNumber: org.businessNumber,
      website: org.website,
      address: org.address,
      description: org.description,
      governancePolicy: org.governancePolicy,
    },
    personInCharge: org.personInCharge,
    dpo: org.dpo,
    representative: org.representative,
    jointControllers: org.jointControllers,
    collection: buildCollection(declaration, resolve),
    purposes,
    minors: {
      ...declaration.minors,
      purposes: purposes.filter((p) => p.concernsMinors).map((p) => ({ id: p.id, name: p.name })),
    },
    cookies: declaration.cookies.map(({ onByDefault, ...cookie }) => ({ ...cookie, offUntilAccepted: !onByDefault })),
    consentBanner: declaration.consentBanner,
    staffAccess: org.staffAccess,
    recipients,
    transfers: buildTransfers(declaration, resolve),
    retention: buildRetention(declaration, resolve),
    purposesWithoutRetention: purposes
      .filter((p) => p.retention === undefined)
      .map((p) => ({ id: p.id, name: p.name })),
    security: declaration.security,
    rights: buildRights(declaration, authorities),
    authorities,
    policy: declaration.policy,
  };
}
