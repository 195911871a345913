import { useState } from 'react';
import type { RequestFilters, SessionUser } from '../../api/types.js';
import { pagePath, requestIdFromPath } from '../shell/pages.js';
import { RequestInbox } from './RequestInbox.js';
import { RequestView } from './RequestView.js';

interface RequestsPageProps {
  readonly user: SessionUser;
  /** The address: /console/requests for the inbox, /console/requests/<id> for one request (a link a reminder gives). */
  readonly path: string;
  readonly navigate: (path: string) => void;
}

/**
 * The request desk: the inbox, or one request opened from it at its own address. The filters live here so that
 * coming back from a request finds the list as it was left.
 */
export function RequestsPage({ user, path, navigate }: RequestsPageProps) {
  const [filters, setFilters] = useState<RequestFilters>({});
  const openId = requestIdFromPath(path);
  return openId === null ? (
    <RequestInbox filters={filters} onFilters={setFilters} onOpen={(id) => navigate(`${pagePath('requests')}/${id}`)} />
  ) : (
    <RequestView id={openId} role={user.role} userId={user.id} onBack={() => navigate(pagePath('requests'))} />
  );
}
