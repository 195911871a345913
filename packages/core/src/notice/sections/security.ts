import type { Composer } from '../compose/composer.js';
import type { Block, Section } from '../compose/document.js';

/** The security measures by kind, in the words of the seed notices (technological, administrative, physical). */
export function securitySection(c: Composer): Section {
  const { s, model } = c;
  const l = s.security;
  const security = model.security;
  const kinds = (['technical', 'organisational', 'physical'] as const).filter((k) => (security?.[k].length ?? 0) > 0);
  const blocks: Block[] = [];
  if (!security || kinds.length === 0) {
    blocks.push({ kind: 'paragraph', content: [l.none] });
  } else {
    blocks.push({ kind: 'paragraph', content: [l.intro] });
    for (const kind of kinds) {
      blocks.push({ kind: 'paragraph', content: [l[kind]] });
      blocks.push({ kind: 'list', items: security[kind].map((measure) => [c.t(measure)]) });
    }
  }
  return { id: 'security', title: c.sectionTitle('security'), blocks };
}
