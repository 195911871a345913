import { useCallback } from 'react';
import { assessmentReportPath, listAssessments } from '../../api/assessments.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { ScrollTable } from '../../shared/ScrollTable.js';
import { useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';

/** The assessments the declaration calls for, with their citation and whether they are covered, and the register. */
export function AssessmentsPage() {
  const { api, lang } = useConsole();
  const t = useConsoleMessages().assessments;
  const { state } = useLoad(useCallback(() => listAssessments(api), [api]));
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      {state.status === 'loading' ? null : state.status === 'error' ? (
        <ProblemAlert problem={state.problem} />
      ) : (
        <>
          <ScrollTable captionId="assessment-triggers-caption">
            <table>
              <caption id="assessment-triggers-caption">{t.triggersCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.subject}</th>
                  <th scope="col">{t.reason}</th>
                  <th scope="col">{t.citation}</th>
                  <th scope="col">{t.linked}</th>
                  <th scope="col">{t.state}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.triggers.map((trigger) => (
                  <tr key={`${trigger.trigger}:${trigger.subject.section}:${trigger.subject.id}`}>
                    <th scope="row">{trigger.subject.name[lang]}</th>
                    <td>{trigger.reason[lang]}</td>
                    <td>{trigger.citation[lang]}</td>
                    <td>{trigger.assessments.map((a) => `${a.id} (${a.status})`).join(', ') || t.none}</td>
                    <td>{trigger.covered ? t.covered : t.notCovered}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <ScrollTable captionId="assessment-register-caption">
            <table>
              <caption id="assessment-register-caption">{t.registerCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.assessment}</th>
                  <th scope="col">{t.declaredStatus}</th>
                  <th scope="col">{t.latestVersion}</th>
                  <th scope="col">{t.approvedVersion}</th>
                  <th scope="col">{t.report}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.assessments.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row">{entry.title[lang]}</th>
                    <td>{entry.declaredStatus}</td>
                    <td>{entry.latestVersion ?? t.none}</td>
                    <td>{entry.approvedVersion ?? t.none}</td>
                    <td>
                      <a href={assessmentReportPath(entry.id, lang)} aria-label={t.reportOf(entry.title[lang])}>
                        {t.report}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </>
  );
}
