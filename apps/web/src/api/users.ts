import type { ApiClient } from './client.js';
import type { Role, StaffUser } from './types.js';

export async function listUsers(api: ApiClient): Promise<readonly StaffUser[]> {
  return (await api.get<{ users: StaffUser[] }>('/api/v1/users')).users;
}

interface NewUser {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
}

export async function createUser(api: ApiClient, user: NewUser): Promise<StaffUser> {
  return (await api.send<{ user: StaffUser }>('POST', '/api/v1/users', user)).user;
}

export async function updateUser(
  api: ApiClient,
  id: string,
  change: { readonly role?: Role; readonly disabled?: boolean },
): Promise<StaffUser> {
  return (await api.send<{ user: StaffUser }>('PATCH', `/api/v1/users/${encodeURIComponent(id)}`, change)).user;
}

export async function revokeUserSessions(api: ApiClient, id: string): Promise<void> {
  await api.send('DELETE', `/api/v1/users/${encodeURIComponent(id)}/sessions`);
}
