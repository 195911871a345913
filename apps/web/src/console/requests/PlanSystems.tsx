import type { FulfilmentPlan } from '../../api/types.js';
import { ScrollTable } from '../../shared/ScrollTable.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { labelOf } from './labels.js';

type SystemPlan = FulfilmentPlan['systems'][number];

/** Per system, the rows each action touches per table, what is kept and why, or why the system failed. */
export function PlanSystems({ plan }: { plan: FulfilmentPlan }) {
  const t = useConsoleMessages().requests;
  return (
    <>
      {plan.rectifications > 0 ? <p>{t.rectifications(plan.rectifications)}</p> : null}
      {plan.systems.map((system, index) => (
        <SystemSection key={system.dataset} system={system} index={index} />
      ))}
    </>
  );
}

function SystemSection({ system, index }: { system: SystemPlan; index: number }) {
  const { lang } = useConsole();
  const t = useConsoleMessages().requests;
  const titleId = `plan-system-${index}`;
  const name = t.system(system.system, system.dataset);
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{name}</h3>
      {!system.ok ? (
        <p className="alert alert-error">
          {t.systemFailed(system.code)}
          {system.table === undefined ? null : ` ${t.failedTable(system.table)}`}
        </p>
      ) : 'external' in system ? (
        // A system Vigie cannot query: nothing to count before it answers.
        <>
          <p>{system.external === 'webhook' ? t.askedOfSystem : t.staffTask}</p>
          {system.instructions === undefined ? null : <p>{system.instructions[lang]}</p>}
        </>
      ) : (
        <>
          <ScrollTable captionId={`${titleId}-caption`}>
            <table>
              <caption id={`${titleId}-caption`}>{t.tableCaption(system.system)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.table}</th>
                  <th scope="col">{t.exported}</th>
                  <th scope="col">{t.deleted}</th>
                  <th scope="col">{t.masked}</th>
                  <th scope="col">{t.keptRows}</th>
                </tr>
              </thead>
              <tbody>
                {system.tables.map((table) => (
                  <tr key={table.table}>
                    <th scope="row">
                      <code>{table.table}</code>
                    </th>
                    <td>{table.export.toLocaleString(lang)}</td>
                    <td>{table.delete.toLocaleString(lang)}</td>
                    <td>{table.mask.toLocaleString(lang)}</td>
                    <td>{table.keep.toLocaleString(lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          {system.kept.length === 0 ? null : (
            <>
              <h4>{t.keptTitle}</h4>
              <ul>
                {system.kept.map((kept) => (
                  <li key={`${kept.table}-${kept.reason}-${kept.rule ?? ''}`}>
                    {t.kept(kept.rows, kept.table)} — {labelOf(t.keepReasons, kept.reason)}
                    {kept.ruleName === undefined ? null : `, ${kept.ruleName[lang]}`}
                    {kept.citation === undefined ? null : ` (${kept.citation})`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
