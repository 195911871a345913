import { loadDeadlinePack } from './deadline-pack.node.js';
import { type NewRequest, openRequest, type RightsRequest } from './request.js';

/** The shipped pack, as the tests read it. */
export const pack = loadDeadlinePack();

/** A request just received, for tests; throws if the pack refuses it, which no test expects. */
export function received(overrides: Partial<NewRequest> = {}): RightsRequest {
  const result = openRequest(pack, {
    id: 'r-1',
    kind: 'access',
    regime: 'qc-private',
    requester: { role: 'self' },
    receivedAt: new Date('2026-03-02T15:00:00Z'),
    ...overrides,
  });
  if (!result.ok) throw new Error(result.code);
  return result.request;
}
