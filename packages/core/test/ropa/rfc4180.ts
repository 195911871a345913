/** A field as read back, and whether it was written between quotes. */
interface CsvField {
  readonly value: string;
  readonly quoted: boolean;
}

/**
 * A strict RFC 4180 reader for the tests: records end with CRLF, a quoted field may hold commas,
 * CR, LF and doubled quotes; a quote inside an unquoted field, a lone CR or LF between records,
 * or text after a closing quote is an error rather than something to guess about.
 */
export function parseCsv(text: string): CsvField[][] {
  const records: CsvField[][] = [];
  let record: CsvField[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`invalid CSV at offset ${i}: ${why}`);
  };
  while (i < text.length) {
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote inside an unquoted field');
        value += text[i];
        i++;
      }
    }
    record.push({ value, quoted });
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i >= text.length) {
      records.push(record);
    } else {
      fail(`unexpected ${JSON.stringify(text[i])} after a field`);
    }
  }
  return records;
}
