import type { VigieServer } from '../../../server.js';

/** Headers of a signed-in staff member (cookie and CSRF token). */
type Headers = Record<string, string>;

/** Enters a request received on paper with its identity checked (in progress at once); resolves with its id. */
export async function enterCheckedRequest(
  server: VigieServer,
  headers: Headers,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; reference: string }> {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/v1/requests/entries',
    headers,
    payload: {
      kind: 'access',
      requester: { name: 'Marie Tremblay', email: 'marie.tremblay@example.net' },
      applicant: { role: 'self' },
      language: 'fr',
      channel: 'mail',
      identityVerified: true,
      ...overrides,
    },
  });
  if (response.statusCode !== 201) throw new Error(`entry refused: ${response.body}`);
  const { request } = response.json() as { request: { id: string; reference: string } };
  return { id: request.id, reference: request.reference };
}
