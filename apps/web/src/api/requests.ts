import type { ApiClient } from './client.js';
import type { CodeRenewal, RequestAccepted, RequestSubmission, RequestVerification } from './types.js';

/** The answer once the address is proven; the route declares its schema inline, so it is written out here. */
export interface VerifiedRequest {
  readonly reference: string;
  readonly state: 'in-progress';
}

/** Files a rights request; the server emails a code (or answers 503 when it cannot send email). */
export function submitRequest(api: ApiClient, body: RequestSubmission): Promise<RequestAccepted> {
  return api.send('POST', '/api/v1/requests', body);
}

/** Proves the address with the emailed code or the link's token; every failure is one and the same problem. */
export function verifyRequest(api: ApiClient, body: RequestVerification): Promise<VerifiedRequest> {
  return api.send('POST', '/api/v1/requests/verification', body);
}

/** Asks for a new code; the same answer whether or not the reference exists. */
export function renewCode(api: ApiClient, body: CodeRenewal): Promise<RequestAccepted> {
  return api.send('POST', '/api/v1/requests/verification/renewal', body);
}
