import { ComplaintsError } from './complaints.errors.js';

export const COMPLAINT_STATES = [
  'received',
  'acknowledged',
  'investigating',
  'concluded',
  'escalated',
  'closed',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export type ComplaintAction = 'acknowledge' | 'note' | 'conclude' | 'escalate' | 'close';

/**
 * What each action does from each state: the state it leads to, or nothing when refused. A note is kept at any
 * open stage and starts the investigation once acknowledged; an escalation reopens the investigation at the next
 * level, so a complaint can be concluded once per level.
 */
const TRANSITIONS: Readonly<Record<ComplaintAction, Partial<Record<ComplaintState, ComplaintState>>>> = {
  acknowledge: { received: 'acknowledged' },
  note: {
    received: 'received',
    acknowledged: 'investigating',
    investigating: 'investigating',
    concluded: 'concluded',
    escalated: 'investigating',
  },
  conclude: { acknowledged: 'concluded', investigating: 'concluded', escalated: 'concluded' },
  escalate: { acknowledged: 'escalated', investigating: 'escalated', concluded: 'escalated' },
  close: { concluded: 'closed', escalated: 'closed' },
};

/** The state `action` leads to from `from`; throws complaints.wrong_state when the table does not allow it. */
export function nextState(from: string, action: ComplaintAction): ComplaintState {
  const to = TRANSITIONS[action][from as ComplaintState];
  if (to === undefined) throw new ComplaintsError('complaints.wrong_state');
  return to;
}
