import type { LoadedDeclaration } from '../declaration/load.js';
import { taxonomyForReaders } from '../taxonomy/france-taxonomy.js';
import { activityOf } from './activity.js';
import { inventoryOf } from './inventory.js';
import type { Ropa } from './model.js';
import { processorsOf } from './processors.js';
import { createResolver } from './resolver.js';

/**
 * Derives the records of processing from a loaded declaration: the GDPR Art. 30(1) record (one activity
 * per purpose), the Quebec inventory of personal information (one line per category) and the register
 * of processors and recipients. Pure: the same declaration always gives the same record. Built-in
 * categories, people and sources are named as the notice names them: in France's French for an
 * organisation under French or EU law alone.
 *
 * @example
 * const loaded = loadDeclaration([{ path: 'vigie.yaml', text }]);
 * if (loaded.ok) writeFileSync('ropa.csv', ropaToCsv(buildRopa(loaded.value), 'fr'));
 */
export function buildRopa(loaded: Pick<LoadedDeclaration, 'declaration' | 'taxonomy'>): Ropa {
  const { declaration } = loaded;
  const o = declaration.organisation;
  const resolver = createResolver({ declaration, taxonomy: taxonomyForReaders(loaded.taxonomy, o.jurisdictions) });
  const activities = declaration.purposes.map((p) => activityOf(p, resolver));
  return {
    controller: {
      legalName: o.legalName,
      displayName: o.displayName,
      jurisdictions: o.jurisdictions,
      businessNumber: o.businessNumber,
      website: o.website,
      address: o.address,
      personInCharge: o.personInCharge,
      dpo: o.dpo,
      representative: o.representative,
      jointControllers: o.jointControllers,
    },
    security: declaration.security ?? { technical: [], organisational: [], physical: [] },
    policy: { version: declaration.policy.version, effectiveDate: declaration.policy.effectiveDate },
    activities,
    inventory: inventoryOf(activities),
    processors: processorsOf(declaration, activities, resolver),
  };
}
