import type { ApiClient } from './client.js';

// The impact-assessment register (issue 6): what the declaration calls for and the register's state. Types mirror
// the server's schemas (apps/server/src/modules/assessments/assessments.schemas.ts).

interface Localized {
  readonly fr: string;
  readonly en: string;
}

interface AssessmentTrigger {
  readonly trigger: string;
  readonly subject: { readonly section: string; readonly id: string; readonly name: Localized };
  readonly reason: Localized;
  readonly citation: Localized;
  readonly assessments: readonly { readonly id: string; readonly status: string }[];
  readonly covered: boolean;
}

interface AssessmentEntry {
  readonly id: string;
  readonly title: Localized;
  readonly declaredStatus: string;
  readonly latestVersion?: number;
  readonly approvedVersion?: number;
}

interface AssessmentRegisterView {
  readonly triggers: readonly AssessmentTrigger[];
  readonly assessments: readonly AssessmentEntry[];
}

export function listAssessments(api: ApiClient): Promise<AssessmentRegisterView> {
  return api.get<AssessmentRegisterView>('/api/v1/assessments');
}

/** The HTML report of an assessment (read with the session cookie; the server journals it). */
export function assessmentReportPath(id: string, lang: 'fr' | 'en'): string {
  return `/api/v1/assessments/${encodeURIComponent(id)}/report?lang=${lang}`;
}
