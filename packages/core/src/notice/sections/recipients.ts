import type { Composer } from '../compose/composer.js';
import type { Block, Section } from '../compose/document.js';
import { upperFirst } from '../compose/inline.js';

/** Who has access inside, and which organisations receive what, grouped by role (P-39.1 s.8; GDPR Art. 13(1)(e)). */
export function recipientsSection(c: Composer): Section {
  const { s, model } = c;
  const l = s.recipients;
  const blocks: Block[] = [];
  if (model.staffAccess) blocks.push({ kind: 'facts', items: [{ label: l.staff, value: [c.t(model.staffAccess)] }] });
  if (model.recipients.length === 0) {
    blocks.push({ kind: 'paragraph', content: [l.none] });
    return { id: 'recipients', title: c.sectionTitle('recipients'), blocks };
  }
  blocks.push({ kind: 'paragraph', content: [l.intro] });
  const h = l.headers;
  blocks.push({
    kind: 'table',
    caption: l.caption,
    headers: [h.name, h.role, h.categories, h.purposes, h.location],
    rows: model.recipients.map((r) => [
      [r.name],
      [r.description ? `${s.labels.recipientRole[r.role]} — ${c.t(r.description)}` : s.labels.recipientRole[r.role]],
      [r.categories.length > 0 ? upperFirst(c.words(r.categories)) : s.notStated],
      [r.purposes.length > 0 ? c.quoted(r.purposes) : s.notStated],
      [r.locations.map(c.place).join(', ')],
    ]),
  });
  const processors = model.recipients.filter((r) => r.role === 'processor');
  if (processors.length > 0 && processors.every((r) => r.underContract)) {
    blocks.push({ kind: 'paragraph', content: [l.contracts] });
  }
  return { id: 'recipients', title: c.sectionTitle('recipients'), blocks };
}
