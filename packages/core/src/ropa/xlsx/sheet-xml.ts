import type { RopaTable } from '../tables/ropa-table.js';
import { cellRef, rangeRef } from './cell-ref.js';
import { HEADER_STYLE, TEXT_STYLE } from './styles-xml.js';
import { escapeXml, XML_DECLARATION } from './xml.js';

/** Excel refuses a cell longer than this many characters. */
const EXCEL_CELL_LIMIT = 32_767;
/** Column widths, in characters: wide enough for a short label, narrow enough to keep a row on screen. */
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/**
 * One worksheet: a bold header row frozen above the data, an autofilter over the whole table, widths
 * fitted to the content and every value an inline string (no shared-string table to keep in step).
 * The values of a multi-valued cell go on separate lines of the cell.
 */
export function sheetXml(table: RopaTable, selected: boolean): string {
  const columns = table.headers.length;
  const rows = [table.headers.map((h) => [h]), ...table.rows];
  const range = rangeRef(columns, rows.length);
  const sheetRows = rows.map((cells, r) => {
    const style = r === 0 ? HEADER_STYLE : TEXT_STYLE;
    const xmlCells = cells.map((values, c) => inlineCell(cellRef(c, r + 1), values.join('\n'), style));
    return `<row r="${r + 1}">${xmlCells.join('')}</row>`;
  });
  const cols = widths(rows, columns).map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  return (
    XML_DECLARATION +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="${range}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    '</sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols.join('')}</cols>` +
    `<sheetData>${sheetRows.join('')}</sheetData>` +
    `<autoFilter ref="${range}"/>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

function inlineCell(ref: string, text: string, style: number): string {
  const fitted = text.length > EXCEL_CELL_LIMIT ? `${text.slice(0, EXCEL_CELL_LIMIT - 1)}…` : text;
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(fitted)}</t></is></c>`;
}

/** The longest line of each column, within bounds. */
function widths(rows: readonly (readonly (readonly string[])[])[], columns: number): number[] {
  return Array.from({ length: columns }, (_, c) => {
    const longest = Math.max(
      0,
      ...rows.flatMap((row) => (row[c] ?? []).flatMap((v) => v.split('\n'))).map((l) => l.length),
    );
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
}
