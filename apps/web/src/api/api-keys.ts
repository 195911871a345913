import type { ApiClient } from './client.js';
import type { ApiKey, ApiKeyScope } from './types.js';

export async function listApiKeyScopes(api: ApiClient): Promise<readonly ApiKeyScope[]> {
  return (await api.get<{ scopes: ApiKeyScope[] }>('/api/v1/api-keys/scopes')).scopes;
}

export async function listApiKeys(api: ApiClient): Promise<readonly ApiKey[]> {
  return (await api.get<{ apiKeys: ApiKey[] }>('/api/v1/api-keys')).apiKeys;
}

interface NewApiKey {
  readonly name: string;
  readonly scopes: readonly string[];
  /** ISO 8601 instant; absent for a key that does not expire. */
  readonly expiresAt?: string;
}

/** The key's secret (`vk_…`) is in this answer only: the server keeps nothing it could show again. */
export function createApiKey(api: ApiClient, key: NewApiKey): Promise<{ apiKey: ApiKey; key: string }> {
  return api.send('POST', '/api/v1/api-keys', key);
}

export async function revokeApiKey(api: ApiClient, id: string): Promise<void> {
  await api.send('DELETE', `/api/v1/api-keys/${encodeURIComponent(id)}`);
}
