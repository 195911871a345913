import { type Problem, problemText } from '../api/problem.js';
import { useLang, useMessages } from './lang-context.js';

/**
 * A problem in the reader's language, announced at once by screen readers (role="alert"). The words come
 * from the problem itself (detail_fr / detail_en), so switching language re-renders them.
 */
export function ProblemAlert({ problem, id }: { problem: Problem; id?: string }) {
  const lang = useLang();
  return (
    <div className="alert alert-error" role="alert" id={id}>
      <span className="visually-hidden">{useMessages().common.errorPrefix} </span>
      {problemText(problem, lang)}
    </div>
  );
}

/** A short confirmation of what just happened, read politely by screen readers. */
export function StatusMessage({ children }: { children: string }) {
  return (
    <p className="alert alert-success" role="status">
      {children}
    </p>
  );
}
