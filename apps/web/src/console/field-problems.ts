import type { Problem } from '../api/problem.js';

/**
 * The server's message for each refused field, by field name, so that a form can show it under the
 * field. Only the first message per field: one thing to fix at a time.
 */
export function fieldMessages(problem: Problem | null): Readonly<Record<string, string>> {
  const messages: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    const field = error.path.split('.')[0] ?? error.path;
    messages[field] ??= error.message;
  }
  return messages;
}
