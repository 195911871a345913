/** The life of a request, as issue 4 states it. */
export const REQUEST_STATES = [
  'received',
  'awaiting-identity',
  'in-progress',
  'awaiting-approval',
  'completed',
  'partly-refused',
  'refused',
  // The requester withdrew the request: nothing more is owed, and no letter answers it.
  'withdrawn',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const FINAL_STATES: ReadonlySet<RequestState> = new Set(['completed', 'partly-refused', 'refused', 'withdrawn']);

/**
 * Every allowed move, and only these. A request can be refused, or withdrawn by its requester, at any open
 * stage (an identity that cannot be established, a ground found while working); approval can send it back to
 * work. A request answered without running anything in the systems (nothing held, an answer on paper) is
 * completed, or partly refused with a ground, straight from in progress: approval guards only what Vigie runs.
 */
export const TRANSITIONS: Readonly<Record<RequestState, readonly RequestState[]>> = {
  received: ['awaiting-identity', 'in-progress', 'refused', 'withdrawn'],
  'awaiting-identity': ['in-progress', 'refused', 'withdrawn'],
  'in-progress': ['awaiting-identity', 'awaiting-approval', 'completed', 'partly-refused', 'refused', 'withdrawn'],
  'awaiting-approval': ['in-progress', 'completed', 'partly-refused', 'refused', 'withdrawn'],
  completed: [],
  'partly-refused': [],
  refused: [],
  withdrawn: [],
};

export function canMove(from: RequestState, to: RequestState): boolean {
  return TRANSITIONS[from].includes(to);
}
