import type { CheckReport, Finding, Lang } from '@vigie/core';

const SEVERITY_WORD = {
  fr: { error: 'erreur', warning: 'avertissement', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

const CONFIDENCE_WORD = {
  fr: { V: 'texte officiel', S: 'source secondaire', M: 'à vérifier' },
  en: { V: 'official text', S: 'secondary source', M: 'to be verified' },
} as const;

/** One block per finding, as compilers print them, so editors can jump to file:line:column. */
export function formatFindingsText(report: CheckReport, lang: Lang): string {
  const lines: string[] = [];
  for (const f of report.findings) lines.push(formatFinding(f, lang), '');
  lines.push(summary(report, lang));
  return `${lines.join('\n')}\n`;
}

function formatFinding(f: Finding, lang: Lang): string {
  const where = f.position ? `${f.position.file}:${f.position.line}:${f.position.column}` : '(declaration)';
  return [
    `${where}  ${SEVERITY_WORD[lang][f.severity]}  ${f.rule}  ${f.title[lang]}`,
    `    ${f.message[lang]}`,
    `    ${f.citation[lang]} · ${lang === 'fr' ? 'fiabilité' : 'confidence'} ${f.confidence} (${CONFIDENCE_WORD[lang][f.confidence]})`,
  ].join('\n');
}

function summary(report: CheckReport, lang: Lang): string {
  const { error, warning, info } = report.counts;
  const regimes = report.regimes.join(', ') || (lang === 'fr' ? 'aucun' : 'none');
  return lang === 'fr'
    ? `${error} erreur(s), ${warning} avertissement(s), ${info} info(s) · régimes : ${regimes} · ${report.rulesRun} règles vérifiées`
    : `${error} error(s), ${warning} warning(s), ${info} info(s) · regimes: ${regimes} · ${report.rulesRun} rules checked`;
}

/** The report as JSON for tools (CI annotations, dashboards): stable field names. */
export function formatFindingsJson(report: CheckReport): string {
  return `${JSON.stringify(
    {
      regimes: report.regimes,
      rulesRun: report.rulesRun,
      counts: report.counts,
      findings: report.findings.map((f) => ({
        rule: f.rule,
        regime: f.regime,
        severity: f.severity,
        confidence: f.confidence,
        file: f.position?.file,
        line: f.position?.line,
        column: f.position?.column,
        path: f.path,
        title: f.title,
        message: f.message,
        citation: f.citation,
      })),
    },
    null,
    2,
  )}\n`;
}
