import type { RequestSummary } from '../../api/types.js';
import { useConsoleMessages } from '../console-context.js';
import { labelOf } from './labels.js';

/**
 * Where a request stands against its time limit, in words: "Overdue by 3 days" says it without colour, and the
 * overdue class only adds weight and a marker for sighted readers scanning the list (WCAG 1.4.1).
 */
export function DueStatus({ due }: { due: RequestSummary['due'] }) {
  const t = useConsoleMessages().requests;
  const overdue = due.status === 'overdue';
  const days = due.daysLeft === undefined || due.status === 'closed' ? '' : ` — ${t.daysLeft(due.daysLeft)}`;
  return (
    <span className={overdue ? 'due-overdue' : undefined}>
      {overdue ? <span aria-hidden="true">⚠ </span> : null}
      {labelOf(t.dueStatuses, due.status)}
      {days}
    </span>
  );
}
