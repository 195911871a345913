import type { Composer } from '../compose/composer.js';
import type { Block, Section } from '../compose/document.js';
import { upperFirst } from '../compose/inline.js';
import type { TransferModel } from '../model/types.js';

/**
 * Information leaving Quebec, Canada or the EU: where it goes, how it is protected and whether
 * the risks were assessed first (P-39.1 s.8 and s.17; GDPR Art. 13(1)(f), 46).
 */
export function transfersSection(c: Composer): Section {
  const { s, model } = c;
  const l = s.transfers;
  const title = c.sectionTitle('transfers');
  const [first] = c.watchedBorders;
  if (model.transfers.length === 0) {
    const blocks: Block[] = first ? [{ kind: 'paragraph', content: [l.none[first]] }] : [];
    return { id: 'transfers', title, blocks };
  }
  const crossed = c.watchedBorders.filter((b) => model.transfers.some((t) => t.crosses.includes(b)));
  const outside = s.grammar.alternatives(crossed.map((b) => s.labels.outside[b]));
  const h = l.headers;
  const blocks: Block[] = [
    { kind: 'paragraph', content: [`${l.intro(outside)} ${l.table}`] },
    {
      kind: 'table',
      caption: l.caption(outside),
      headers: [
        h.name,
        h.location,
        h.crosses,
        h.categories,
        h.safeguard,
        first === 'quebec' ? h.assessment : h.assessmentElsewhere,
      ],
      rows: model.transfers.map((t) => [
        [t.id.startsWith('system:') ? l.ownSystem(t.name) : t.name],
        [t.locations.map(c.place).join(', ')],
        [t.crosses.map((b) => s.labels.border[b]).join(', ')],
        [t.categories.length > 0 ? upperFirst(c.words(t.categories)) : s.notStated],
        [t.safeguard ? s.labels.safeguard[t.safeguard] : s.notStated],
        [assessmentText(c, t)],
      ]),
    },
  ];
  return { id: 'transfers', title, blocks };
}

function assessmentText(c: Composer, transfer: TransferModel): string {
  const { assessment } = transfer;
  const l = c.s.transfers;
  if (!assessment) return l.notAssessed;
  const done = assessment.status === 'completed' || assessment.status === 'approved';
  if (done && assessment.completedOn) return l.assessedOn(c.date(assessment.completedOn));
  return c.s.labels.assessmentStatus[assessment.status];
}
