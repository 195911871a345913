import { UsageError } from './usage-error.js';

/** Options shared by the commands that write a document (notice, notice diff, ropa). */
export const OUTPUT_OPTIONS = {
  lang: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

/** The one declaration path a command takes (a file or a folder), or undefined for the default. */
export function singleDeclarationPath(command: string, positionals: readonly string[]): string | undefined {
  if (positionals.length > 1) {
    throw new UsageError({
      en: `${command} takes one declaration path (a file or a folder)`,
      fr: `${command} prend un seul chemin de déclaration (un fichier ou un dossier)`,
    });
  }
  return positionals[0];
}
