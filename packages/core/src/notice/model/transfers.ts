import type { Location } from '../../declaration/schema/common.js';
import type { Declaration } from '../../declaration/schema/declaration.js';
import type { ImpactAssessment } from '../../declaration/schema/security.js';
import { bordersCrossed } from './borders.js';
import { purposesReaching } from './recipients.js';
import { type Resolver, unique } from './resolve.js';
import type { AssessmentModel, TransferModel } from './types.js';

/**
 * Where information leaves the organisation's jurisdictions, derived from where recipients and
 * systems are rather than declared separately, so the notice cannot forget a transfer
 * (P-39.1 s.8 and s.17, GDPR Art. 13(1)(f)). A system a recipient operates counts as that recipient's.
 */
export function buildTransfers(declaration: Declaration, resolve: Resolver): TransferModel[] {
  const { jurisdictions } = declaration.organisation;
  const assessments = new Map(declaration.impactAssessments.map((a) => [a.id, a]));
  const outside = (places: readonly Location[]) =>
    uniquePlaces(places.filter((place) => bordersCrossed(place, jurisdictions).length > 0));
  const crosses = (places: readonly Location[]) =>
    unique(places.flatMap((place) => bordersCrossed(place, jurisdictions)));
  const transfers: TransferModel[] = [];

  for (const recipient of declaration.recipients) {
    const systems = declaration.systems.filter((s) => s.operatedBy === recipient.id);
    const places = outside([recipient.location, ...recipient.otherLocations, ...systems.map((s) => s.location)]);
    if (places.length === 0) continue;
    transfers.push({
      id: recipient.id,
      name: recipient.name,
      role: recipient.role,
      locations: places,
      crosses: crosses(places),
      safeguard: recipient.transferSafeguard,
      assessment: assessmentOf(recipient.impactAssessment, assessments),
      categories: resolve.categoriesOf(purposesReaching(recipient, declaration)),
    });
  }

  for (const system of declaration.systems) {
    if (system.operatedBy !== undefined) continue;
    const places = outside([system.location]);
    if (places.length === 0) continue;
    const purposes = declaration.purposes.filter((p) => p.systems.includes(system.id));
    // The organisation's own servers abroad: the assessment is the one its purposes point to.
    const assessmentId = purposes.map((p) => p.impactAssessment).find((id) => id !== undefined);
    transfers.push({
      id: `system:${system.id}`,
      name: system.name,
      locations: places,
      crosses: crosses(places),
      assessment: assessmentOf(assessmentId, assessments),
      categories: resolve.categoriesOf(purposes),
    });
  }
  return transfers;
}

function assessmentOf(
  id: string | undefined,
  assessments: ReadonlyMap<string, ImpactAssessment>,
): AssessmentModel | undefined {
  const found = id === undefined ? undefined : assessments.get(id);
  if (!found) return undefined;
  return { id: found.id, status: found.status, completedOn: found.completedOn ?? found.approvedOn };
}

function uniquePlaces(places: readonly Location[]): Location[] {
  const seen = new Set<string>();
  return places.filter((place) => {
    const key = `${place.country}/${place.region ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
