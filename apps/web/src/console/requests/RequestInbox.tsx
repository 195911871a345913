import { useCallback } from 'react';
import { listRequests } from '../../api/request-desk.js';
import type { RequestFilters } from '../../api/types.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { useMessages } from '../../shared/lang-context.js';
import { useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';
import { RequestFiltersForm } from './RequestFiltersForm.js';
import { RequestsTable } from './RequestsTable.js';

interface RequestInboxProps {
  readonly filters: RequestFilters;
  readonly onFilters: (filters: RequestFilters) => void;
  readonly onOpen: (id: string) => void;
}

/** The list of requests, newest first, filtered by state, kind and due status. */
export function RequestInbox({ filters, onFilters, onOpen }: RequestInboxProps) {
  const { api } = useConsole();
  const t = useConsoleMessages().requests;
  const common = useMessages().common;
  const load = useCallback(() => listRequests(api, filters), [api, filters]);
  const { state, reload } = useLoad(load);
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <RequestFiltersForm filters={filters} onApply={onFilters} />
      {state.status === 'loading' ? (
        <p className="loading">{common.loading}</p>
      ) : state.status === 'error' ? (
        <>
          <ProblemAlert problem={state.problem} />
          <button type="button" onClick={reload}>
            {common.retry}
          </button>
        </>
      ) : state.data.length === 0 ? (
        <p role="status">{t.empty}</p>
      ) : (
        <RequestsTable requests={state.data} onOpen={onOpen} />
      )}
    </>
  );
}
