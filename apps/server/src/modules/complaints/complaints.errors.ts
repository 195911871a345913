/** Stable codes of what the complaints module refuses; complaints.problem.ts gives each its status and sentence. */
export type ComplaintsErrorCode =
  | 'complaints.not_found'
  | 'complaints.not_declared'
  | 'complaints.wrong_state'
  | 'complaints.last_level'
  | 'complaints.link_not_found'
  | 'complaints.in_future';

export class ComplaintsError extends Error {
  readonly code: ComplaintsErrorCode;
  constructor(code: ComplaintsErrorCode) {
    super(code);
    this.name = 'ComplaintsError';
    this.code = code;
  }
}
