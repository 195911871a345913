import { formatInputIssue, type LoadedDeclaration, type LoadOptions, loadDeclaration } from '@vigie/core';
import type { Io } from './io.js';
import { readDeclaration } from './read-declaration.js';

/** Loads a declaration, or prints every input problem with file:line:column and returns undefined. */
export function loadOrReport(
  path: string | undefined,
  io: Io,
  options: LoadOptions = {},
): LoadedDeclaration | undefined {
  const result = loadDeclaration(readDeclaration(path, io.cwd), options);
  if (result.ok) return result.value;
  for (const issue of result.issues) io.err(`${formatInputIssue(issue)}\n`);
  const n = result.issues.length;
  io.err(`vigie: the declaration is not valid (${n} problem${n > 1 ? 's' : ''}); nothing was checked.\n`);
  return undefined;
}
