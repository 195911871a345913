import { parseArgs } from 'node:util';
import { diffNotices, formatNoticeChanges, renderNotice } from '@vigie/core';
import { OUTPUT_OPTIONS, singleDeclarationPath } from '../declaration-path.js';
import type { Io } from '../io.js';
import { oneOf, resolveLang } from '../lang.js';
import { loadOrReport } from '../load-or-report.js';
import { EXIT, UsageError } from '../usage-error.js';
import { writeOutput } from '../write-output.js';

export const NOTICE_HELP = {
  en: `vigie notice [path] [--lang fr|en] [--format html|md] [--out FILE]
vigie notice diff OLD NEW [--lang fr|en] [--format text|md|html] [--out FILE]

Writes the privacy notice generated from the declaration (default: the organisation's first
language, HTML, to stdout). "notice diff" says what changed between two versions of the
declaration, in words that can be sent to subscribers.
`,
  fr: `vigie notice [chemin] [--lang fr|en] [--format html|md] [--out FICHIER]
vigie notice diff ANCIENNE NOUVELLE [--lang fr|en] [--format text|md|html] [--out FICHIER]

Écrit la politique de confidentialité produite à partir de la déclaration (par défaut : la
première langue de l'organisation, en HTML, sur la sortie standard). « notice diff » dit ce qui a
changé entre deux versions de la déclaration, en des mots que l'on peut envoyer aux abonnés.
`,
};

export function noticeCommand(args: string[], io: Io): number {
  if (args[0] === 'diff') return noticeDiff(args.slice(1), io);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: OUTPUT_OPTIONS,
  });
  const path = singleDeclarationPath('notice', positionals);
  const format = oneOf('--format', values.format, ['html', 'md'], 'html');
  const loaded = loadOrReport(path, io, resolveLang(values.lang, io.envLang));
  if (!loaded) return EXIT.invalidInput;
  const lang = resolveLang(values.lang, io.envLang, loaded.declaration.organisation.languages[0]);
  writeOutput(io, values.out, renderNotice(loaded, { lang, format }));
  return EXIT.ok;
}

function noticeDiff(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: OUTPUT_OPTIONS,
  });
  const [oldPath, newPath, ...extra] = positionals;
  if (oldPath === undefined || newPath === undefined || extra.length > 0) {
    throw new UsageError({
      en: 'notice diff takes two declaration paths: OLD NEW',
      fr: 'notice diff prend deux chemins de déclaration : ANCIENNE NOUVELLE',
    });
  }
  const format = oneOf('--format', values.format, ['text', 'md', 'html'], 'text');
  const before = loadOrReport(oldPath, io, resolveLang(values.lang, io.envLang));
  const after = loadOrReport(newPath, io, resolveLang(values.lang, io.envLang));
  if (!before || !after) return EXIT.invalidInput;
  const lang = resolveLang(values.lang, io.envLang, after.declaration.organisation.languages[0]);
  writeOutput(io, values.out, formatNoticeChanges(diffNotices(before, after), lang, format));
  return EXIT.ok;
}
