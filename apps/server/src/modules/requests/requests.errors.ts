/** Stable codes of what the requests module refuses; requests.problem.ts gives each its status and sentence. */
export type RequestsErrorCode =
  | 'requests.mail_not_configured'
  | 'requests.mail_unavailable'
  | 'requests.no_regime'
  | 'requests.kind_not_available'
  | 'requests.received_in_future'
  | 'requests.not_found'
  | 'requests.transition_not_allowed'
  | 'requests.refusal_reason_required'
  | 'requests.refusal_reason_unknown'
  | 'requests.changed_meanwhile'
  | 'requests.assignee_not_staff'
  | 'requests.extension_not_provided'
  | 'requests.already_extended'
  | 'requests.extension_too_late'
  | 'requests.no_letter'
  | 'requests.no_email'
  | 'requests.letter_not_sent';

export class RequestsError extends Error {
  readonly code: RequestsErrorCode;
  constructor(code: RequestsErrorCode) {
    super(code);
    this.name = 'RequestsError';
    this.code = code;
  }
}
