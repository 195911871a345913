/** The life of a request, as issue 4 states it. */
export const REQUEST_STATES = [
  'received',
  'awaiting-identity',
  'in-progress',
  'awaiting-approval',
  'completed',
  'partly-refused',
  'refused',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const FINAL_STATES: ReadonlySet<RequestState> = new Set(['completed', 'partly-refused', 'refused']);

/**
 * Every allowed move, and only these. A request can be refused at any open stage (an identity that
 * cannot be established, a ground found while working); approval can send it back to work.
 */
export const TRANSITIONS: Readonly<Record<RequestState, readonly RequestState[]>> = {
  received: ['awaiting-identity', 'in-progress', 'refused'],
  'awaiting-identity': ['in-progress', 'refused'],
  'in-progress': ['awaiting-identity', 'awaiting-approval', 'refused'],
  'awaiting-approval': ['in-progress', 'completed', 'partly-refused', 'refused'],
  completed: [],
  'partly-refused': [],
  refused: [],
};

export function canMove(from: RequestState, to: RequestState): boolean {
  return TRANSITIONS[from].includes(to);
}
