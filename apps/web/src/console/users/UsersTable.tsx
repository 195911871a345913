import type { StaffUser } from '../../api/types.js';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { ScrollTable } from '../../shared/ScrollTable.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import type { Said } from '../status-line.js';
import { UserActions } from './UserActions.js';
import { UserRoleControl } from './UserRoleControl.js';

interface UsersTableProps {
  readonly users: readonly StaffUser[];
  readonly currentUserId: string;
  readonly onChanged: (user: StaffUser, message: Said) => void;
}

export function UsersTable({ users, currentUserId, onChanged }: UsersTableProps) {
  const { lang } = useConsole();
  const messages = useConsoleMessages();
  const t = messages.users;
  return (
    <ScrollTable captionId="users-caption">
      <table>
        <caption id="users-caption">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.email}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.twoFactor}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.created}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.length === 0 ? (
            <tr>
              <td colSpan={7}>{t.empty}</td>
            </tr>
          ) : null}
          {users.map((user) => {
            const isSelf = user.id === currentUserId;
            const locked = user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
            return (
              <tr key={user.id}>
                <th scope="row">
                  {user.displayName}
                  {isSelf ? <span className="muted"> ({t.you})</span> : null}
                </th>
                <td className="break">{user.email}</td>
                <td>{isSelf ? messages.roles[user.role] : <UserRoleControl user={user} onChanged={onChanged} />}</td>
                <td>{user.totpEnabled ? t.twoFactorOn : t.twoFactorOff}</td>
                <td>
                  {user.disabled
                    ? t.disabled
                    : locked && user.lockedUntil !== null
                      ? t.lockedUntil(formatDateTime(user.lockedUntil, lang))
                      : t.active}
                </td>
                <td>{formatDate(user.createdAt, lang)}</td>
                <td>{isSelf ? null : <UserActions user={user} onChanged={onChanged} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
