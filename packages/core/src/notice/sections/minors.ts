import type { Composer } from '../compose/composer.js';
import type { Block, Section } from '../compose/document.js';

/** Who consents for a minor (P-39.1 s.4.1: under 14; LIL art. 45: under 15, jointly) and which purposes concern minors. */
export function minorsSection(c: Composer): Section {
  const { s, model } = c;
  const { minors } = model;
  const l = s.minors;
  const blocks: Block[] = [];
  if (minors.parentalConsentUnder !== undefined) {
    blocks.push({ kind: 'paragraph', content: [l.parental(minors.parentalConsentUnder)] });
  }
  if (minors.jointConsentUnder !== undefined) {
    blocks.push({ kind: 'paragraph', content: [l.joint(minors.jointConsentUnder)] });
  }
  if (minors.process) blocks.push({ kind: 'paragraph', content: [c.t(minors.process)] });
  if (minors.purposes.length > 0) {
    blocks.push({ kind: 'paragraph', content: [l.purposes] });
    blocks.push({ kind: 'list', items: minors.purposes.map((p) => [c.t(p.name)]) });
  } else if (blocks.length === 0) {
    blocks.push({ kind: 'paragraph', content: [l.none] });
  }
  return { id: 'minors', title: c.sectionTitle('minors'), blocks };
}
