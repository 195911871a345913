import type { Composer } from '../compose/composer.js';
import type { Block, Section } from '../compose/document.js';

/** Which purposes rest on consent, and how to withdraw it (P-39.1 s.8; GDPR Art. 7(3), 13(2)(c)). */
export function consentSection(c: Composer): Section {
  const { s, model } = c;
  const l = s.consent;
  const relying = model.purposes.filter((p) => p.reliesOnConsent);
  const blocks: Block[] =
    relying.length === 0
      ? [{ kind: 'paragraph', content: [l.none] }]
      : [
          { kind: 'paragraph', content: [l.purposes] },
          { kind: 'list', items: relying.map((p) => [c.t(p.name)]) },
          { kind: 'paragraph', content: [l.withdraw] },
          { kind: 'paragraph', content: [l.effect] },
          ...(relying.length < model.purposes.length ? [{ kind: 'paragraph', content: [l.others] } as const] : []),
        ];
  return { id: 'consent', title: c.sectionTitle('consent'), blocks };
}
