import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { completeTask, listRequestTasks } from '../../api/external-tasks.js';
import type { ExternalTask, Role, TaskCompletion } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { labelOf } from './labels.js';
import { canManageRequests } from './request-permissions.js';
import { useDeskAction } from './use-desk-action.js';

interface ExternalTasksProps {
  readonly requestId: string;
  readonly role: Role;
  /** A task closed: the request may have closed with it, so the view reads it again. */
  readonly onChanged: () => void;
}

const OUTCOMES: readonly TaskCompletion['outcome'][] = ['done', 'not-found', 'failed'];

/**
 * The systems Vigie cannot query, for this request: a webhook system asked (and whether it acknowledged), or a task
 * for staff with where the paper records are, which staff who handle requests complete with a note.
 */
export function ExternalTasks({ requestId, role, onChanged }: ExternalTasksProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().requests;
  const [tasks, setTasks] = useState<readonly ExternalTask[]>([]);
  const { busy, problem, run } = useDeskAction();
  const load = useCallback(
    () =>
      listRequestTasks(api, requestId).then(setTasks, () => {
        // The plan panel above already says when the request cannot be read.
        setTasks([]);
      }),
    [api, requestId],
  );
  useEffect(() => {
    load();
  }, [load]);
  if (tasks.length === 0) return null;
  const complete = (taskId: string, completion: TaskCompletion) =>
    run(
      () => completeTask(api, taskId, completion),
      () => {
        load();
        onChanged();
      },
    );
  return (
    <section aria-labelledby="tasks-title" aria-busy={busy}>
      <h3 id="tasks-title">{t.tasksTitle}</h3>
      {problem === null ? null : <ProblemAlert problem={problem} />}
      <ul>
        {tasks.map((task) => (
          <li key={task.id}>
            <TaskItem task={task} mayComplete={canManageRequests(role)} onComplete={complete} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function TaskItem(props: {
  task: ExternalTask;
  mayComplete: boolean;
  onComplete: (taskId: string, completion: TaskCompletion) => void;
}) {
  const { task, mayComplete, onComplete } = props;
  const { lang } = useConsole();
  const t = useConsoleMessages().requests;
  const [outcome, setOutcome] = useState<TaskCompletion['outcome']>('done');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const deadline = new Date(task.deadline).toLocaleString(lang);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === '') {
      setMissing(true);
      return;
    }
    onComplete(task.id, { outcome, note });
  };
  const noteId = `task-note-${task.id}`;
  return (
    <>
      <p>
        <strong>{t.system(task.system, task.dataset)}</strong> —{' '}
        {task.kind === 'webhook' ? t.askedOfSystem : t.staffTask}
        {' · '}
        {task.state === 'open'
          ? task.kind === 'webhook' && !task.delivered
            ? t.taskNotDelivered(deadline)
            : t.taskOpen(deadline)
          : t.taskClosed(labelOf(t.taskOutcomes, task.outcome ?? 'failed'))}
      </p>
      {task.instructions === undefined ? null : <p>{task.instructions[lang]}</p>}
      {task.note === undefined ? null : <p>{t.taskNote(task.note)}</p>}
      {task.kind === 'manual' && task.state === 'open' && mayComplete ? (
        <form noValidate onSubmit={submit}>
          <div className="field">
            <label htmlFor={`task-outcome-${task.id}`}>{t.taskOutcome}</label>
            <select
              id={`task-outcome-${task.id}`}
              value={outcome}
              onChange={(event) => setOutcome(event.target.value as TaskCompletion['outcome'])}
            >
              {OUTCOMES.map((value) => (
                <option key={value} value={value}>
                  {labelOf(t.taskOutcomes, value)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={noteId}>{t.taskNoteLabel}</label>
            {missing ? (
              <p className="field-error" id={`${noteId}-error`}>
                {t.taskNoteRequired}
              </p>
            ) : null}
            <textarea
              id={noteId}
              value={note}
              maxLength={4000}
              aria-invalid={missing}
              aria-describedby={missing ? `${noteId}-error` : undefined}
              onChange={(event) => {
                setNote(event.target.value);
                setMissing(false);
              }}
            />
          </div>
          <button type="submit">{t.completeTask}</button>
        </form>
      ) : null}
    </>
  );
}
