import type { Purpose } from '../declaration/schema/purposes.js';
import type { RopaActivity, RopaRecipient, RopaSystem, RopaTransfer } from './model.js';
import { isTransfer, placeCode } from './places.js';
import { type RopaResolver, resolveAll } from './resolver.js';

/** The GDPR Art. 30(1) entry for one purpose. */
export function activityOf(purpose: Purpose, resolver: RopaResolver): RopaActivity {
  const systems = resolveAll(purpose.systems, resolver.system);
  const recipients = recipientsOf(purpose, systems, resolver);
  return {
    id: purpose.id,
    name: purpose.name,
    description: purpose.description,
    secondary: purpose.secondary,
    legalBasis: purpose.legalBasis,
    subjects: resolveAll(purpose.subjects, resolver.subject),
    dataCategories: resolveAll(purpose.dataCategories, resolver.category),
    sources: resolveAll(purpose.sources, resolver.source),
    recipients,
    transfers: transfersTo(recipients),
    retention: purpose.retention === undefined ? undefined : resolver.retention(purpose.retention),
    systems,
    impactAssessment:
      purpose.impactAssessment === undefined ? undefined : resolver.assessment(purpose.impactAssessment),
    profiling: {
      identifies: purpose.identifies,
      locates: purpose.locates,
      profiles: purpose.profiles,
      automatedDecision: purpose.automatedDecision,
    },
  };
}

/**
 * The purpose's recipients, and the processors that operate its systems: hosting a system is receiving
 * the information in it (GDPR Art. 4(9) counts processors as recipients; P-39.1 s.17 covers outsourced storage).
 */
function recipientsOf(purpose: Purpose, systems: readonly RopaSystem[], resolver: RopaResolver): RopaRecipient[] {
  const operators = systems.flatMap((s) => (s.operatedBy ? [s.operatedBy.id] : []));
  return resolveAll([...purpose.recipients, ...operators], resolver.recipient);
}

/** Every place outside the organisation's legal area that a recipient sends the information to. */
function transfersTo(recipients: readonly RopaRecipient[]): RopaTransfer[] {
  const seen = new Set<string>();
  const out: RopaTransfer[] = [];
  for (const r of recipients) {
    for (const place of r.places) {
      const key = `${r.id} ${placeCode(place)}`;
      if (!isTransfer(place) || seen.has(key)) continue;
      seen.add(key);
      out.push({ recipientId: r.id, recipientName: r.name, place, safeguard: r.safeguard });
    }
  }
  return out;
}
