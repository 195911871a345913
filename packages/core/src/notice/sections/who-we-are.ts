import type { Composer } from '../compose/composer.js';
import type { Block, Fact, Section } from '../compose/document.js';
import { web } from '../compose/inline.js';
import { contactFacts } from './contact-facts.js';

/** Who the organisation is, and whom to contact: the person in charge (P-39.1 s.3.1), the DPO (GDPR Art. 13(1)(b)). */
export function whoWeAreSection(c: Composer): Section {
  const { model, s } = c;
  const org = model.organisation;
  const w = s.whoWeAre;
  const name =
    org.displayName && org.displayName !== org.legalName ? `${org.displayName} (${org.legalName})` : org.legalName;
  const facts: Fact[] = [
    { label: w.organisation, value: [name] },
    { label: s.contact.address, value: [c.address(org.address)] },
  ];
  if (org.website) facts.push({ label: s.contact.website, value: [web(org.website)] });
  if (org.businessNumber) facts.push({ label: w.businessNumber, value: [org.businessNumber] });

  const blocks: Block[] = [{ kind: 'facts', items: facts }];
  if (org.description) blocks.push({ kind: 'paragraph', content: [c.t(org.description)] });
  if (model.jointControllers.length > 0) {
    blocks.push({ kind: 'paragraph', content: [w.jointControllers] });
    blocks.push({ kind: 'list', items: model.jointControllers.map((j) => [`${j.name} — ${j.contact}`]) });
  }
  const governance = org.governancePolicy;
  if (governance) {
    const approvedOn = governance.approvedOn && c.date(governance.approvedOn);
    const content = [w.governance(approvedOn, governance.approvedBy)];
    blocks.push({
      kind: 'paragraph',
      content: governance.url ? [...content, ' ', web(governance.url, w.governanceLink)] : content,
    });
  }

  const person = model.personInCharge;
  // Quebec law requires the person in charge: when none is declared, the gap is shown, not hidden.
  if (person || org.jurisdictions.includes('QC')) {
    blocks.push({ kind: 'subheading', id: 'person-in-charge', text: w.personInCharge });
    if (person) {
      blocks.push({ kind: 'paragraph', content: [w.personInChargeIntro] });
      blocks.push(contactFacts(c, person));
      const notes = [person.since && w.since(c.date(person.since)), person.delegatedInWriting && w.delegated];
      for (const note of notes) if (note) blocks.push({ kind: 'paragraph', content: [note] });
    } else {
      blocks.push({ kind: 'paragraph', content: [s.notStated] });
    }
  }
  if (model.dpo) {
    blocks.push({ kind: 'subheading', id: 'dpo', text: w.dpo });
    blocks.push({ kind: 'paragraph', content: [person ? w.dpoIntro : w.dpoIntroAlone] }, contactFacts(c, model.dpo));
  }
  if (model.representative) {
    blocks.push({ kind: 'subheading', id: 'representative', text: w.representative });
    blocks.push(contactFacts(c, model.representative));
  }
  return { id: 'who-we-are', title: c.sectionTitle('who-we-are'), blocks };
}
