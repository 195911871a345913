import type { Lang } from '../i18n/localized.js';
import type { Ropa } from './model.js';
import { ropaTables } from './tables/ropa-table.js';

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = '\uFEFF';
/** RFC 4180 §2: records end with CRLF. */
const CRLF = '\r\n';
/** How the values of a multi-valued cell are joined. */
const VALUE_SEPARATOR = '; ';

/**
 * The GDPR Art. 30 record as RFC 4180 CSV: a header row, then one row per processing activity, every
 * field quoted, multi-valued cells joined with "; ", UTF-8 with a byte order mark and CRLF line ends.
 *
 * @example
 * writeFileSync('records.csv', ropaToCsv(buildRopa(loaded), 'fr'));
 */
export function ropaToCsv(ropa: Ropa, lang: Lang): string {
  const [art30] = ropaTables(ropa, lang);
  const lines = [art30.headers, ...art30.rows.map((row) => row.map((values) => values.join(VALUE_SEPARATOR)))];
  return BOM + lines.map((fields) => fields.map(quoteField).join(',')).join(CRLF) + CRLF;
}

/**
 * Quotes every field, doubling inner quotes (RFC 4180 §2.6-2.7): quoting always, rather than only
 * fields with commas, quotes or line breaks, leaves no field whose quoting depends on its content.
 */
function quoteField(field: string): string {
  return `"${field.replaceAll('"', '""')}"`;
}
