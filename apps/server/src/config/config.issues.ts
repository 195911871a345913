/** Stable codes for what can stop the server from starting with its config. */
export type ConfigIssueCode =
  | 'config.invalid_value'
  | 'config.missing_secret'
  | 'config.default_secret'
  | 'config.missing_value'
  | 'config.file_unreadable';

/**
 * One problem with the config, named by the variable the operator must fix. Messages exist in French and English
 * because the person starting the server reads them; they never repeat a secret's value.
 */
export interface ConfigIssue {
  readonly code: ConfigIssueCode;
  readonly variable: string;
  readonly message: { readonly fr: string; readonly en: string };
}

export type ConfigResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

/** Writes the issues as the lines a person reads at start-up, one per issue, French then English. */
export function formatConfigIssues(issues: readonly ConfigIssue[]): string {
  return issues
    .map((issue) => `${issue.variable}: ${issue.message.fr}\n${issue.variable}: ${issue.message.en}`)
    .join('\n');
}
