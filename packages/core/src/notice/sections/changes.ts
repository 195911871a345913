import type { Composer } from '../compose/composer.js';
import type { Section } from '../compose/document.js';

/** The version, its effective date, and how readers are told of changes (A-2.1 s.63.4; GDPR Art. 12). */
export function changesSection(c: Composer): Section {
  const { s, model } = c;
  const { policy } = model;
  return {
    id: 'changes',
    title: c.sectionTitle('changes'),
    blocks: [
      {
        kind: 'facts',
        items: [
          { label: s.changes.version, value: [policy.version] },
          { label: s.changes.effective, value: [c.date(policy.effectiveDate)] },
        ],
      },
      { kind: 'paragraph', content: [policy.changeNotice ? c.t(policy.changeNotice) : s.changes.defaultNotice] },
    ],
  };
}
