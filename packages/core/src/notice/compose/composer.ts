import type { Lang } from '../../i18n/localized.js';
import { frenchVariantOf } from '../../taxonomy/french-variant.js';
import type { Border, NoticeModel } from '../model/types.js';
import type { SectionId } from '../section-ids.js';
import { type StatedLaw, statedLawOf } from '../strings/stated-law.js';
import { createWords, type Words } from './words.js';

/** What every section helper needs: the model, and the words of one language with their formatters. */
export interface Composer extends Words {
  readonly model: NoticeModel;
  /** The borders this organisation's law watches: Quebec's (or else Canada's), and the EU's. */
  readonly watchedBorders: readonly Border[];
  /** Whose rule the sentences state where Quebec law and the GDPR differ. */
  readonly law: StatedLaw;
  sectionTitle(id: SectionId): string;
}

export function createComposer(model: NoticeModel, lang: Lang): Composer {
  const { jurisdictions } = model.organisation;
  const words = createWords(lang, frenchVariantOf(jurisdictions));
  const { s } = words;
  const watchedBorders: Border[] = [];
  if (jurisdictions.includes('QC')) watchedBorders.push('quebec');
  else if (jurisdictions.includes('CA')) watchedBorders.push('canada');
  if (jurisdictions.includes('EU') || jurisdictions.includes('FR')) watchedBorders.push('eu');
  const outside = s.grammar.alternatives(watchedBorders.map((b) => s.labels.outside[b]));
  return {
    ...words,
    model,
    watchedBorders,
    law: statedLawOf(jurisdictions),
    sectionTitle: (id) => (id === 'transfers' ? s.transfers.title(outside) : s.sectionTitle[id]),
  };
}
