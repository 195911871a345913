import type { Lang } from '../../i18n/localized.js';
import type { Ropa } from '../model.js';
import type { RopaStrings } from '../strings/ropa-strings.js';
import { recipientText, sensitivityText, subjectText, systemText } from '../text/entries-text.js';
import { labelled } from '../text/format.js';
import { retentionTexts } from '../text/retention-text.js';
import { orElse, type RopaTable, tableOf } from './ropa-table.js';

export const INVENTORY_COLUMNS = [
  'category',
  'sensitivity',
  'purposes',
  'subjects',
  'systems',
  'recipients',
  'retention',
] as const;
export type InventoryColumn = (typeof INVENTORY_COLUMNS)[number];

/**
 * The Quebec inventory: per category, why it is used, where it is kept, who receives it and for how long.
 * Each period is preceded by the purposes it applies to, since one category often has several.
 */
export function inventoryTable(ropa: Ropa, s: RopaStrings, lang: Lang): RopaTable {
  const rows = ropa.inventory.map((entry) => ({
    category: [entry.category.label[lang]],
    sensitivity: [sensitivityText(entry.category, s)],
    purposes: entry.purposes.map((p) => p.name[lang]),
    subjects: entry.subjects.map((x) => subjectText(x, s, lang)),
    systems: orElse(
      entry.systems.map((x) => systemText(x, s)),
      s.words.notStated,
    ),
    recipients: orElse(
      entry.recipients.map((r) => recipientText(r, s)),
      s.words.noRecipients,
    ),
    retention: entry.retention.flatMap(({ rule, purposes }) => {
      const [period, ...exceptions] = retentionTexts(rule, s, lang);
      const names = purposes.map((p) => p.name[lang]).join(', ');
      return [labelled(s, names, period ?? s.words.retentionNotStated), ...exceptions];
    }),
  }));
  return tableOf(s.sheets.inventory, INVENTORY_COLUMNS, s.inventory, rows);
}
