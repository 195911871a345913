import { useCallback, useState } from 'react';
import type { SessionUser, StaffUser } from '../../api/types.js';
import { listUsers } from '../../api/users.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { useMessages } from '../../shared/lang-context.js';
import { useLoad } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';
import { type Said, StatusLine } from '../status-line.js';
import { AddUserForm } from './AddUserForm.js';
import { UsersTable } from './UsersTable.js';

/** Staff accounts: who has access, with which role, and the actions an owner or admin takes on them. */
export function UsersPage({ currentUser }: { currentUser: SessionUser }) {
  const { api } = useConsole();
  const t = useConsoleMessages().users;
  const common = useMessages().common;
  const load = useCallback(() => listUsers(api), [api]);
  const { state, reload, replace } = useLoad(load);
  const [said, setSaid] = useState<Said | null>(null);
  const say = (message: Said) => setSaid(() => message);

  if (state.status !== 'ok') {
    return (
      <>
        <PageHeading>{t.title}</PageHeading>
        {state.status === 'loading' ? (
          <p className="loading">{common.loading}</p>
        ) : (
          <>
            <ProblemAlert problem={state.problem} />
            <button type="button" onClick={reload}>
              {common.retry}
            </button>
          </>
        )}
      </>
    );
  }

  const users = state.data;
  const changed = (user: StaffUser, message: Said) => {
    replace(users.map((other) => (other.id === user.id ? user : other)));
    say(message);
  };

  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <StatusLine said={said} />
      <UsersTable users={users} currentUserId={currentUser.id} onChanged={changed} />
      <AddUserForm
        onAdded={(user) => {
          replace([...users, user]);
          say((m) => m.users.added(user.displayName));
        }}
      />
    </>
  );
}
