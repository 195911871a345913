import type { Declaration } from '../declaration/schema/declaration.js';
import type { RopaActivity, RopaProcessorEntry } from './model.js';
import { type RopaResolver, uniqueById } from './resolver.js';

/**
 * The register of processors and other recipients (GDPR Art. 28, P-39.1 s.18.3): every declared recipient,
 * in declaration order, with its agreements and what it receives, directly or by hosting a system.
 */
export function processorsOf(
  declaration: Pick<Declaration, 'recipients'>,
  activities: readonly RopaActivity[],
  resolver: RopaResolver,
): RopaProcessorEntry[] {
  return declaration.recipients.flatMap((declared) => {
    const recipient = resolver.recipient(declared.id);
    if (!recipient) return [];
    const receiving = activities.filter((a) => a.recipients.some((r) => r.id === declared.id));
    return [
      {
        recipient,
        description: declared.description,
        contract: declared.contract,
        confidentialityAgreement: declared.confidentialityAgreement,
        assessment:
          declared.impactAssessment === undefined ? undefined : resolver.assessment(declared.impactAssessment),
        hostsHealthData: declared.hostsHealthData,
        hdsCertified: declared.hdsCertified,
        systems: uniqueById(activities.flatMap((a) => a.systems)).filter((s) => s.operatedBy?.id === declared.id),
        purposes: receiving.map((a) => ({ id: a.id, name: a.name })),
        dataCategories: uniqueById(receiving.flatMap((a) => a.dataCategories)),
      },
    ];
  });
}
