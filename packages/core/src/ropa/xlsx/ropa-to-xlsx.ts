import { strToU8, type Zippable, zipSync } from 'fflate';
import type { Lang } from '../../i18n/localized.js';
import type { Ropa } from '../model.js';
import { ropaTables } from '../tables/ropa-table.js';
import { contentTypesXml, corePropsXml, rootRelsXml, workbookRelsXml, workbookXml } from './package-xml.js';
import { sheetXml } from './sheet-xml.js';
import { stylesXml } from './styles-xml.js';

/**
 * Every entry of the archive gets this modification time, so that the same declaration always gives
 * the same bytes. ZIP stores local time, so the date is built from local fields at each call: it then
 * reads 1980-01-01 00:00 (the first date ZIP can store) whatever the time zone, even one changed since.
 */
function fixedMtime(): Date {
  return new Date(1980, 0, 1, 0, 0, 0);
}

/**
 * The records of processing as an XLSX workbook with three sheets: the GDPR Art. 30 record, the Quebec
 * inventory and the processors register. Deterministic: no generation date, fixed archive timestamps.
 *
 * @example
 * writeFileSync('records.xlsx', ropaToXlsx(buildRopa(loaded), 'en'));
 */
export function ropaToXlsx(ropa: Ropa, lang: Lang): Uint8Array {
  const tables = ropaTables(ropa, lang);
  const title = `${tables[0].name} – ${ropa.controller.legalName}`;
  // Entry order is the archive order; [Content_Types].xml first, as Office writes it.
  const files: Zippable = {
    '[Content_Types].xml': strToU8(contentTypesXml(tables.length)),
    '_rels/.rels': strToU8(rootRelsXml()),
    'docProps/core.xml': strToU8(corePropsXml(title)),
    'xl/workbook.xml': strToU8(workbookXml(tables)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRelsXml(tables.length)),
    'xl/styles.xml': strToU8(stylesXml()),
  };
  tables.forEach((table, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(table, i === 0));
  });
  return zipSync(files, { level: 6, mtime: fixedMtime() });
}
