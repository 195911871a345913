import type { Ropa } from '../model.js';
import { uniqueById } from '../resolver.js';
import { JSONLD_CONTEXT } from './dpv-terms.js';
import { assessmentNode, controllerNode, measureNodes, recipientNode } from './entity-nodes.js';
import { processNode } from './process-node.js';

/**
 * The records of processing as JSON-LD in the W3C Data Privacy Vocabulary: the controller, its recipients,
 * security measures and impact assessments, then one dpv:PersonalDataProcess per purpose. Texts carry both
 * languages; keys come in a fixed order, so the same declaration always gives the same text.
 *
 * @example
 * writeFileSync('records.jsonld', ropaToJsonLd(buildRopa(loaded)));
 */
export function ropaToJsonLd(ropa: Ropa): string {
  const measures = measureNodes(ropa);
  const assessments = uniqueById([
    ...ropa.activities.flatMap((a) => (a.impactAssessment ? [a.impactAssessment] : [])),
    ...ropa.processors.flatMap((p) => (p.assessment ? [p.assessment] : [])),
  ]);
  const document = {
    '@context': JSONLD_CONTEXT,
    '@graph': [
      controllerNode(ropa),
      ...ropa.processors.map(recipientNode),
      ...measures,
      ...assessments.map(assessmentNode),
      ...ropa.activities.map((a) => processNode(a, ropa, measures)),
    ],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
