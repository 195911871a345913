import { createHmac } from 'node:crypto';
import type { CellValue, ColumnStrategy } from '../connector.js';
import type { LiveColumn } from './driver.js';
import { ConnectorError } from './failures.js';

/** Pseudonyms carry this prefix, so a second erasure recognises them and leaves them as they are. */
const PSEUDONYM_PREFIX = 'psn:';

export interface MaskingSettings {
  readonly redactionText: string;
  readonly pseudonymKey: Uint8Array;
}

/** The value a column gets under a strategy, given what it holds now and its live type. */
export function maskedValue(
  strategy: ColumnStrategy,
  current: CellValue,
  column: LiveColumn,
  table: string,
  settings: MaskingSettings,
): CellValue {
  if (strategy === 'set-null') return null;
  const kind = typeKind(column.type);
  if (strategy === 'pseudonym') {
    if (kind !== 'text') throw new ConnectorError('connector.cannot-pseudonymise', table);
    if (current === null || String(current).startsWith(PSEUDONYM_PREFIX)) return current;
    const digest = createHmac('sha256', settings.pseudonymKey).update(String(current)).digest('hex');
    return fit(`${PSEUDONYM_PREFIX}${digest.slice(0, 32)}`, column);
  }
  switch (kind) {
    case 'text':
      return fit(settings.redactionText, column);
    case 'number':
      return 0;
    case 'date':
      return '1900-01-01';
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/** Whether the column already holds the target value (a second erasure then leaves it alone). */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) === Number(b);
  return String(a) === String(b);
}

function fit(text: string, column: LiveColumn): string {
  return column.maxLength !== undefined && text.length > column.maxLength ? text.slice(0, column.maxLength) : text;
}

function typeKind(type: string): 'text' | 'number' | 'date' | 'boolean' | 'other' {
  if (type === 'date') return 'date';
  if (/bool/.test(type)) return 'boolean';
  if (/char|text|clob|string/.test(type) || type === '') return 'text';
  if (/int|numeric|decimal|real|double|float|serial|number/.test(type)) return 'number';
  return 'other';
}
