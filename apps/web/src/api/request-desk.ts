import type { ApiClient } from './client.js';
import type {
  FulfilmentPlan,
  RequestDetail,
  RequestFilters,
  RequestSummary,
  RequestTransition,
  SystemOutcome,
} from './types.js';

// The staff side of rights requests: the inbox, one request, its plan, approval and moves between states.

const requestPath = (id: string) => `/api/v1/requests/${encodeURIComponent(id)}`;

export async function listRequests(api: ApiClient, filters: RequestFilters): Promise<readonly RequestSummary[]> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value !== undefined) query.set(name, value);
  const search = query.toString();
  return (await api.get<{ requests: RequestSummary[] }>(`/api/v1/requests${search === '' ? '' : `?${search}`}`))
    .requests;
}

/** One request with the requester's identity (the server journals the reading). */
export async function getRequest(api: ApiClient, id: string): Promise<RequestDetail> {
  return (await api.get<{ request: RequestDetail }>(requestPath(id))).request;
}

export async function moveRequest(api: ApiClient, id: string, move: RequestTransition): Promise<RequestDetail> {
  return (await api.send<{ request: RequestDetail }>('POST', `${requestPath(id)}/transition`, move)).request;
}

/** Locates the person in every system and plans the request; the request then awaits approval. */
export async function preparePlan(api: ApiClient, id: string): Promise<FulfilmentPlan> {
  return (await api.send<{ plan: FulfilmentPlan }>('POST', `${requestPath(id)}/plan`, {})).plan;
}

export interface PlanAndResults {
  readonly plan: FulfilmentPlan;
  readonly results: readonly SystemOutcome[];
}

/** The plan and what each system did; rejects with `fulfilment.no_plan` while there is none. */
export function getPlan(api: ApiClient, id: string): Promise<PlanAndResults> {
  return api.get(`${requestPath(id)}/plan`);
}

/** Approves the plan: its execution is queued once, however often this is sent. */
export async function approvePlan(api: ApiClient, id: string): Promise<boolean> {
  return (await api.send<{ queued: boolean }>('POST', `${requestPath(id)}/approval`)).queued;
}
