import { formatInputIssue, type Lang, type LoadedDeclaration, type LoadOptions, loadDeclaration } from '@vigie/core';
import type { Io } from './io.js';
import { readDeclaration } from './read-declaration.js';

/** Loads a declaration, or prints every input problem with file:line:column, in `lang`, and returns undefined. */
export function loadOrReport(
  path: string | undefined,
  io: Io,
  lang: Lang,
  options: LoadOptions = {},
): LoadedDeclaration | undefined {
  const result = loadDeclaration(readDeclaration(path, io.cwd), options);
  if (result.ok) return result.value;
  for (const issue of result.issues) io.err(`${formatInputIssue(issue, lang)}\n`);
  const n = result.issues.length;
  io.err(
    lang === 'fr'
      ? `vigie : la déclaration n'est pas valide (${n} problème${n > 1 ? 's' : ''}) ; rien n'a été vérifié.\n`
      : `vigie: the declaration is not valid (${n} problem${n > 1 ? 's' : ''}); nothing was checked.\n`,
  );
  return undefined;
}
