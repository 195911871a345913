import { type FormEvent, useRef, useState } from 'react';
import type { Problem } from '../../api/problem.js';
import { ROLES, type Role, type StaffUser } from '../../api/types.js';
import { updateUser } from '../../api/users.js';
import { ProblemAlert } from '../../shared/Alert.js';
import { toProblem } from '../../shared/use-load.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import type { Said } from '../status-line.js';

interface UserRoleControlProps {
  readonly user: StaffUser;
  readonly onChanged: (user: StaffUser, message: Said) => void;
}

/**
 * A role picker with its own button: choosing in the list changes nothing until the reader confirms,
 * so that moving through the options with the keyboard never changes someone's access by accident.
 */
export function UserRoleControl({ user, onChanged }: UserRoleControlProps) {
  const { api } = useConsole();
  const messages = useConsoleMessages();
  const t = messages.users;
  const [role, setRole] = useState<Role>(user.role);
  const [problem, setProblem] = useState<Problem | null>(null);
  const busy = useRef(false);
  const selectId = `role-${user.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy.current || role === user.role) return;
    busy.current = true;
    setProblem(null);
    updateUser(api, user.id, { role }).then(
      (updated) => {
        busy.current = false;
        onChanged(updated, (m) => m.users.roleChanged(updated.displayName, m.roles[updated.role]));
      },
      (error: unknown) => {
        busy.current = false;
        setProblem(toProblem(error));
      },
    );
  };

  return (
    <form className="inline-form" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={selectId}>
        {t.roleOf(user.displayName)}
      </label>
      <select id={selectId} value={role} onChange={(event) => setRole(event.target.value as Role)}>
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {messages.roles[option]}
          </option>
        ))}
      </select>
      <button type="submit" className="button-secondary" aria-label={t.changeRoleOf(user.displayName)}>
        {t.changeRole}
      </button>
      {problem === null ? null : <ProblemAlert problem={problem} />}
    </form>
  );
}
