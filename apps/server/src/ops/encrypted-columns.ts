import type { Database } from '../db/schema.js';

/** The columns of a table whose values are text, such as its id. */
type TextColumn<T extends keyof Database> = {
  [C in keyof Database[T]]: Database[T][C] extends string ? C : never;
}[keyof Database[T]];

/**
 * An encrypted column: its ciphertexts are bound (FieldLocation) to the table, the column and the row's id. By
 * convention its name ends in `_encrypted`, which the type checks.
 */
export type EncryptedColumn = {
  [T in keyof Database]: {
    readonly table: T;
    readonly rowId: TextColumn<T> & string;
    readonly column: Extract<keyof Database[T], `${string}_encrypted`>;
    /** Rows re-encrypted per batch when values are whole files (megabytes each), below the default. */
    readonly batchSize?: number;
  };
}[keyof Database];

/**
 * Every column that holds field ciphertexts: what a data-key rotation re-encrypts. A migration that adds an
 * encrypted column adds it here too, or the rotation would leave its values under the old key.
 */
export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: 'users', rowId: 'id', column: 'email_encrypted' },
  { table: 'users', rowId: 'id', column: 'display_name_encrypted' },
  { table: 'users', rowId: 'id', column: 'totp_secret_encrypted' },
  { table: 'rights_requests', rowId: 'id', column: 'email_encrypted' },
  { table: 'rights_requests', rowId: 'id', column: 'name_encrypted' },
  { table: 'rights_requests', rowId: 'id', column: 'phone_encrypted' },
  { table: 'rights_requests', rowId: 'id', column: 'represented_name_encrypted' },
  { table: 'rights_requests', rowId: 'id', column: 'details_encrypted' },
  { table: 'rights_requests', rowId: 'id', column: 'extension_reason_encrypted' },
  { table: 'fulfilment_plans', rowId: 'id', column: 'identities_encrypted' },
  { table: 'fulfilment_plans', rowId: 'id', column: 'plan_encrypted' },
  { table: 'fulfilment_steps', rowId: 'id', column: 'result_encrypted' },
  { table: 'export_packages', rowId: 'id', column: 'package_encrypted' },
  { table: 'external_tasks', rowId: 'id', column: 'note_encrypted' },
  { table: 'request_attachments', rowId: 'id', column: 'name_encrypted' },
  { table: 'request_attachments', rowId: 'id', column: 'content_encrypted', batchSize: 10 },
  { table: 'request_identity_checks', rowId: 'id', column: 'note_encrypted' },
  { table: 'incidents', rowId: 'id', column: 'pi_description_encrypted' },
  { table: 'incidents', rowId: 'id', column: 'circumstances_encrypted' },
  { table: 'incidents', rowId: 'id', column: 'notes_encrypted' },
  { table: 'incidents', rowId: 'id', column: 'narrative_encrypted' },
  { table: 'assessment_versions', rowId: 'id', column: 'questionnaire_encrypted' },
  { table: 'complaints', rowId: 'id', column: 'name_encrypted' },
  { table: 'complaints', rowId: 'id', column: 'email_encrypted' },
  { table: 'complaints', rowId: 'id', column: 'text_encrypted' },
  { table: 'complaints', rowId: 'id', column: 'conclusion_encrypted' },
  { table: 'complaint_notes', rowId: 'id', column: 'note_encrypted' },
  { table: 'known_consent_records', rowId: 'id', column: 'subject_encrypted' },
  { table: 'known_consent_records', rowId: 'id', column: 'guardian_encrypted' },
];
