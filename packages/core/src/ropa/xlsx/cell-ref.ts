/** Spreadsheet column name of a zero-based index: 0 → A, 25 → Z, 26 → AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A1-style reference of a zero-based column and a one-based row. */
export function cellRef(column: number, row: number): string {
  return `${columnName(column)}${row}`;
}

/** "A1:V12": the block from the top-left cell to the last column of the last row. */
export function rangeRef(columns: number, rows: number): string {
  return `A1:${cellRef(Math.max(columns, 1) - 1, Math.max(rows, 1))}`;
}
