import type { Lang } from '../i18n/lang.js';
import { ApiError, localProblem, parseProblem } from './problem.js';

/**
 * The export package the emailed token opens, as a Blob. Not through the JSON client: the answer is a zip.
 * The token goes in the body, never in the URL. A refusal rejects with the API's problem (one and the same for
 * an unknown, expired or mistyped link, so that it says nothing about any request).
 */
export async function downloadPackage(token: string, lang: Lang): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch('/api/v1/downloads', {
      method: 'POST',
      headers: {
        accept: 'application/zip, application/problem+json',
        'accept-language': lang,
        'content-type': 'application/json',
      },
      credentials: 'omit',
      body: JSON.stringify({ token }),
    });
  } catch {
    throw new ApiError(localProblem('network.unreachable'));
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw new ApiError(parseProblem(response.status, body));
  }
  return response.blob();
}
