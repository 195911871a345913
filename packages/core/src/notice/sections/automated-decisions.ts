import type { Composer } from '../compose/composer.js';
import type { Block, Fact, Section } from '../compose/document.js';

/**
 * Decisions made by automated processing (P-39.1 s.12.1; GDPR Arts. 13(2)(f), 22), or a plain
 * statement that there are none: the reader should not have to infer it from silence.
 */
export function automatedDecisionsSection(c: Composer): Section {
  const { s, model, law } = c;
  const l = s.automated;
  const deciding = model.purposes.filter((p) => p.automatedDecision);
  const blocks: Block[] = [];
  if (!deciding.some((p) => p.automatedDecision?.exclusivelyAutomated))
    blocks.push({ kind: 'paragraph', content: [l.none] });
  for (const purpose of deciding) {
    const decision = purpose.automatedDecision;
    if (!decision) continue;
    const name = s.grammar.quote(c.t(purpose.name));
    const sentence = decision.exclusivelyAutomated ? `${l.exclusive(name)} ${l.informed[law]}` : l.assisted(name);
    blocks.push({ kind: 'paragraph', content: [sentence] });
    const facts: Fact[] = [{ label: l.logic, value: [c.t(decision.logic)] }];
    if (decision.review) facts.push({ label: l.review, value: [c.t(decision.review)] });
    blocks.push({ kind: 'facts', items: facts });
  }
  if (deciding.some((p) => p.automatedDecision?.exclusivelyAutomated)) {
    const { jurisdictions } = model.organisation;
    if (jurisdictions.includes('QC')) blocks.push({ kind: 'paragraph', content: [l.quebecRights] });
    if (jurisdictions.includes('EU') || jurisdictions.includes('FR'))
      blocks.push({ kind: 'paragraph', content: [l.gdprRights] });
  }
  return { id: 'automated-decisions', title: c.sectionTitle('automated-decisions'), blocks };
}
