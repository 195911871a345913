import type { FieldCipher } from '../../crypto/field-cipher.js';
import { userField } from '../auth/user-view.js';
import type { DeskStore } from './request-desk.store.js';
import { RequestsError } from './requests.errors.js';
import type { RequestsStore } from './requests.store.js';

/** A staff member a request can be given to: an id and a name to pick from, nothing more. */
interface AssignableStaff {
  readonly id: string;
  readonly displayName: string;
}

/** Who answers a request: any active staff member who may read requests, or nobody. */
export function createRequestAssignment(deps: {
  readonly requests: RequestsStore;
  readonly desk: DeskStore;
  readonly cipher: FieldCipher;
  readonly now: () => Date;
}) {
  const { cipher } = deps;
  return {
    async staff(): Promise<AssignableStaff[]> {
      const rows = await deps.desk.assignableStaff();
      return rows.map((row) => ({
        id: row.id,
        // An account written by hand may lack a name: its address stands in, as the users page shows it.
        displayName:
          row.display_name_encrypted === null
            ? cipher.decrypt(row.email_encrypted, userField('email_encrypted', row.id))
            : cipher.decrypt(row.display_name_encrypted, userField('display_name_encrypted', row.id)),
      }));
    },

    async assign(id: string, userId: string | null): Promise<void> {
      if (userId !== null) {
        const staff = await deps.desk.assignableStaff();
        if (!staff.some((s) => s.id === userId)) throw new RequestsError('requests.assignee_not_staff');
      }
      if (!(await deps.desk.assign(id, userId, deps.now().toISOString())))
        throw new RequestsError('requests.not_found');
    },
  };
}

export type RequestAssignment = ReturnType<typeof createRequestAssignment>;
