import type { Composer } from '../compose/composer.js';
import type { Block, Fact, Section } from '../compose/document.js';
import { upperFirst } from '../compose/inline.js';
import type { PurposeModel } from '../model/types.js';
import { basisFacts } from './basis.js';

/** Each purpose under its own heading: what it uses, from whom, on what basis, who receives it, how long. */
export function purposesSection(c: Composer): Section {
  const { s } = c;
  const blocks: Block[] = [
    { kind: 'paragraph', content: [s.purposes.intro] },
    ...c.model.purposes.flatMap((purpose) => purposeBlocks(c, purpose)),
    { kind: 'paragraph', content: [s.purposes.newPurpose[c.law]] },
  ];
  return { id: 'purposes', title: c.sectionTitle('purposes'), blocks };
}

function purposeBlocks(c: Composer, purpose: PurposeModel): Block[] {
  const { s } = c;
  const p = s.purposes;
  const g = s.grammar;
  const blocks: Block[] = [{ kind: 'subheading', id: `purpose-${purpose.id}`, text: c.t(purpose.name) }];
  if (purpose.description) blocks.push({ kind: 'paragraph', content: [c.t(purpose.description)] });
  const facts: Fact[] = [
    { label: p.categories, value: [upperFirst(c.words(purpose.categories))] },
    { label: p.subjects, value: [upperFirst(c.words(purpose.subjects))] },
    { label: p.sources, value: [upperFirst(c.words(purpose.sources))] },
  ];
  if (purpose.means.length > 0) {
    facts.push({ label: p.means, value: [upperFirst(g.list(purpose.means.map((m) => s.labels.collectionMean[m])))] });
  }
  facts.push(...basisFacts(c, purpose.bases));
  if (purpose.recipients.length > 0)
    facts.push({ label: p.recipients, value: [g.list(purpose.recipients.map((r) => c.t(r.name)))] });
  facts.push({ label: p.retention, value: [purpose.retention ? c.t(purpose.retention.name) : s.notStated] });
  if (purpose.consequencesOfRefusal) facts.push({ label: p.refusal, value: [c.t(purpose.consequencesOfRefusal)] });
  blocks.push({ kind: 'facts', items: facts });

  const notes: string[] = [];
  if (purpose.secondary) notes.push(p.secondary);
  if (purpose.identifies || purpose.locates || purpose.profiles) {
    const verbs: string[] = [];
    if (purpose.identifies) verbs.push(p.trackingVerbs.identifies);
    if (purpose.locates) verbs.push(p.trackingVerbs.locates);
    if (purpose.profiles) verbs.push(p.trackingVerbs.profiles);
    notes.push(p.tracking(g.alternatives(verbs)));
  }
  if (purpose.marketing) {
    const { channels, optIn, unsubscribe } = purpose.marketing;
    notes.push(p.marketing(g.alternatives(channels.map((ch) => s.labels.marketingChannel[ch]))));
    if (optIn) notes.push(p.optIn);
    if (unsubscribe) notes.push(p.unsubscribe);
  }
  if (purpose.automatedDecision) notes.push(`${p.automated} ${g.quote(c.sectionTitle('automated-decisions'))}.`);
  if (notes.length > 0) blocks.push({ kind: 'paragraph', content: [notes.join(' ')] });
  return blocks;
}
