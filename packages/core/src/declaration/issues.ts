import type { Lang, Localized } from '../i18n/localized.js';
import type { DeclarationPath, SourcePosition } from './source-map.js';

/** Something wrong with the declaration as input: it cannot be checked until it is fixed. */
export interface InputIssue {
  readonly position?: SourcePosition | undefined;
  readonly path: DeclarationPath;
  readonly message: Localized;
}

/** Writes a path the way a person reads it: purposes[2].legalBasis.gdpr */
export function formatPath(path: DeclarationPath): string {
  let out = '';
  for (const step of path) {
    out += typeof step === 'number' ? `[${step}]` : out === '' ? step : `.${step}`;
  }
  return out;
}

/** One line per issue: file:line:column: path: message */
export function formatInputIssue(issue: InputIssue, lang: Lang = 'en'): string {
  const where = issue.position ? `${issue.position.file}:${issue.position.line}:${issue.position.column}: ` : '';
  const path = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
  return `${where}${path}${issue.message[lang]}`;
}
