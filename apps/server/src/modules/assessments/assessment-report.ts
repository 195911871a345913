import { escapeHtml, type Localized } from '@vigie/core';
import type { AssessmentDetail } from './assessment-register.js';
import { RISK_KEYS } from './assessments.schemas.js';

type Lang = 'fr' | 'en';

const WORDS = {
  title: { fr: 'Évaluation des facteurs relatifs à la vie privée', en: 'Privacy impact assessment' },
  version: { fr: 'Version', en: 'Version' },
  notSaved: { fr: 'Aucune version enregistrée.', en: 'No version saved.' },
  declared: { fr: 'Statut déclaré', en: 'Declared status' },
  approved: { fr: 'Approuvée le', en: 'Approved on' },
  by: { fr: 'par', en: 'by' },
  notApproved: { fr: 'Non approuvée.', en: 'Not approved.' },
  context: { fr: 'Contexte', en: 'Context' },
  overview: { fr: 'Vue d’ensemble du traitement', en: 'Overview of the processing' },
  dataAndLifecycle: { fr: 'Données, processus et supports', en: 'Data, processes and supporting assets' },
  principles: { fr: 'Principes fondamentaux', en: 'Fundamental principles' },
  proportionality: { fr: 'Proportionnalité et nécessité', en: 'Proportionality and necessity' },
  rightsProtection: { fr: 'Protection des droits des personnes', en: 'Protection of the rights of persons' },
  risks: { fr: 'Risques', en: 'Risks' },
  illegitimateAccess: { fr: 'Accès illégitime à des données', en: 'Illegitimate access to data' },
  unwantedChange: { fr: 'Modification non désirée de données', en: 'Unwanted change of data' },
  disappearance: { fr: 'Disparition de données', en: 'Disappearance of data' },
  severity: { fr: 'Gravité', en: 'Severity' },
  likelihood: { fr: 'Vraisemblance', en: 'Likelihood' },
  measures: { fr: 'Mesures', en: 'Measures' },
  actionPlan: { fr: 'Plan d’action', en: 'Action plan' },
  dpoOpinion: { fr: 'Avis du DPO', en: 'DPO opinion' },
  none: { fr: '(aucun)', en: '(none)' },
} satisfies Record<string, Localized>;

/** Answers keep their line breaks; every character a person typed is escaped. */
function paragraphs(text: string, lang: Lang): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return `<p>${escapeHtml(WORDS.none[lang])}</p>`;
  return lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
}

/** The assessment as a standalone HTML page in one language, for printing or filing. */
export function renderAssessmentReport(detail: AssessmentDetail, lang: Lang): string {
  const w = (key: keyof typeof WORDS) => escapeHtml(WORDS[key][lang]);
  // French typography puts a space before the colon.
  const colon = lang === 'fr' ? ' : ' : ': ';
  const parts = [
    `<h1>${w('title')}${colon}${escapeHtml(detail.title[lang])}</h1>`,
    `<p>${w('declared')}${colon}${escapeHtml(detail.declaredStatus)}</p>`,
  ];
  const current = detail.current;
  if (current === undefined) {
    parts.push(`<p>${w('notSaved')}</p>`);
  } else {
    const q = current.questionnaire;
    parts.push(`<p>${w('version')} ${current.version}</p>`);
    parts.push(
      current.approvedAt === undefined
        ? `<p>${w('notApproved')}</p>`
        : `<p>${w('approved')} ${escapeHtml(current.approvedAt)} ${w('by')} ${escapeHtml(current.approvedBy ?? '')}</p>`,
    );
    parts.push(`<h2>${w('context')}</h2>`);
    parts.push(`<h3>${w('overview')}</h3>${paragraphs(q.context.overview, lang)}`);
    parts.push(`<h3>${w('dataAndLifecycle')}</h3>${paragraphs(q.context.dataAndLifecycle, lang)}`);
    parts.push(`<h2>${w('principles')}</h2>`);
    parts.push(`<h3>${w('proportionality')}</h3>${paragraphs(q.principles.proportionality, lang)}`);
    parts.push(`<h3>${w('rightsProtection')}</h3>${paragraphs(q.principles.rightsProtection, lang)}`);
    parts.push(`<h2>${w('risks')}</h2>`);
    for (const key of RISK_KEYS) {
      const risk = q.risks[key];
      parts.push(
        `<h3>${w(key)}</h3><p>${w('severity')} ${risk.severity}/4 · ${w('likelihood')} ${risk.likelihood}/4</p>`,
        paragraphs(risk.description, lang),
        `<h4>${w('measures')}</h4>${paragraphs(risk.measures, lang)}`,
      );
    }
    parts.push(`<h2>${w('actionPlan')}</h2>${paragraphs(q.actionPlan, lang)}`);
    parts.push(`<h2>${w('dpoOpinion')}</h2>${paragraphs(q.dpoOpinion, lang)}`);
  }
  const title = escapeHtml(`${WORDS.title[lang]} – ${detail.title[lang]}`);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${parts.join('')}</body></html>`;
}
