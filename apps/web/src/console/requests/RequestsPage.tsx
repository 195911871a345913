import { useState } from 'react';
import type { RequestFilters, Role } from '../../api/types.js';
import { RequestInbox } from './RequestInbox.js';
import { RequestView } from './RequestView.js';

/**
 * The request desk: the inbox, or one request opened from it. The filters live here so that coming back from a
 * request finds the list as it was left.
 */
export function RequestsPage({ role }: { role: Role }) {
  const [filters, setFilters] = useState<RequestFilters>({});
  const [openId, setOpenId] = useState<string | null>(null);
  return openId === null ? (
    <RequestInbox filters={filters} onFilters={setFilters} onOpen={setOpenId} />
  ) : (
    <RequestView id={openId} role={role} onBack={() => setOpenId(null)} />
  );
}
