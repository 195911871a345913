/**
 * The store's tables as Kysely sees them. Column types are the ones both dialects return alike: instants are
 * ISO 8601 UTC text (as Date.prototype.toISOString writes it, so they sort as text), JSON is text, booleans are
 * nullable instants (`revoked_at` says when as well as whether), and encrypted fields are the crypto module's
 * text envelopes. Ids are text (UUIDs or hashes), so no dialect-specific auto-increment is needed.
 */
export interface Database {
  users: UsersTable;
  user_recovery_codes: UserRecoveryCodesTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  journal_entries: JournalEntriesTable;
  journal_checkpoints: JournalCheckpointsTable;
  jobs: JobsTable;
  encryption_keys: EncryptionKeysTable;
  rights_requests: RightsRequestsTable;
  request_verifications: RequestVerificationsTable;
  fulfilment_plans: FulfilmentPlansTable;
  fulfilment_steps: FulfilmentStepsTable;
  export_packages: ExportPackagesTable;
}

const ROLES = ['owner', 'admin', 'privacy_officer', 'agent', 'auditor'] as const;
type Role = (typeof ROLES)[number];

export interface UsersTable {
  id: string;
  /** Keyed HMAC of the normalised email: equality lookups without storing the address in clear. */
  email_blind_index: string;
  email_encrypted: string;
  display_name_encrypted: string | null;
  /** argon2id, in its self-describing PHC string form. */
  password_hash: string;
  role: Role;
  totp_secret_encrypted: string | null;
  /** Set once the user has proved a first code: until then the secret is only pending enrolment. */
  totp_enabled_at: string | null;
  /** The last RFC 6238 time step accepted, so a code cannot be replayed within its window. */
  totp_last_step: number | null;
  failed_logins: number;
  locked_until: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface SessionsTable {
  /** The hash of the cookie token: a copy of the table does not hand out live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  /** When the second factor was passed; null while the session waits for its TOTP code. */
  second_factor_at: string | null;
  revoked_at: string | null;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  /** The first characters of the key, shown in lists so a person can tell keys apart. */
  prefix: string;
  /** The hash of the whole key; the key itself is shown once and never stored. */
  key_hash: string;
  /** JSON array of scope codes. */
  scopes: string;
  created_by: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Mirrors the journal module's JournalEntry: ids and codes only, never personal data. */
export interface JournalEntriesTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  purpose: string | null;
  origin: string;
  prev_hash: string;
  hash: string;
}

export interface JournalCheckpointsTable {
  seq: number;
  hash: string;
  signature: string;
  key_id: string;
  at: string;
}

const JOB_STATES = ['pending', 'running', 'done', 'failed'] as const;
type JobState = (typeof JOB_STATES)[number];

export interface JobsTable {
  id: string;
  name: string;
  /** The job definition's version, so a handler can refuse or upgrade payloads written by an older one. */
  version: number;
  /** JSON. */
  payload: string;
  state: JobState;
  attempts: number;
  run_at: string;
  /** Set when the job is claimed; a lease that has expired means the worker died and the job can be resumed. */
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  /** Optional idempotency key: enqueuing twice with the same key creates one job. */
  dedupe_key: string | null;
  created_at: string;
  finished_at: string | null;
}

/** A WrappedKeyRecord (crypto/key-records.ts) as stored: the key itself only ever wrapped by a master key. */
export interface EncryptionKeysTable {
  id: string;
  kind: 'data' | 'index';
  /** The fingerprint of the master key that wrapped it; a master-key rotation rewrites it with `wrapped`. */
  master_key_id: string;
  wrapped: string;
  created_at: string;
}

/** A rights request (issue 4): identity and details encrypted, the lifecycle and the clock's inputs in clear. */
export interface RightsRequestsTable {
  id: string;
  reference: string;
  /** A REQUEST_KINDS value of @vigie/core. */
  kind: string;
  /** A REQUEST_REGIMES value of @vigie/core. */
  regime: string;
  /** A REQUEST_STATES value of @vigie/core. */
  state: string;
  channel: 'web' | 'mail' | 'email' | 'phone' | 'in-person';
  language: 'fr' | 'en';
  /** A REQUESTER_ROLES value of @vigie/core. */
  requester_role: string;
  email_blind_index: string | null;
  email_encrypted: string | null;
  name_encrypted: string;
  phone_encrypted: string | null;
  represented_name_encrypted: string | null;
  details_encrypted: string | null;
  received_at: string;
  /** JSON array of the states entered after `received`, with when. */
  history: string;
  refusal_reason: string | null;
  /** The staff member who entered a request received by mail, phone or in person. */
  entered_by: string | null;
  updated_at: string;
}

/** The pending identity check of a request: keyed hashes of the emailed code and link token, never the values. */
export interface RequestVerificationsTable {
  request_id: string;
  code_hash: string;
  token_hash: string;
  expires_at: string;
  /** Wrong tries so far; at the limit the code is dead and a new one must be sent. */
  attempts: number;
  created_at: string;
}

/** The plan of a request (its id is the request's): identities and per-system plans encrypted, approval in clear. */
export interface FulfilmentPlansTable {
  id: string;
  /** JSON array of { kind, value }: the verified identities the systems were searched by. */
  identities_encrypted: string;
  /** JSON: the plan per dataset (or its failure) and any rectifications asked for. */
  plan_encrypted: string;
  planned_by: string;
  approved_by: string | null;
  approved_at: string | null;
  created_at: string;
}

/** What one system did for a request, written once it answered: a resumed job skips it. */
export interface FulfilmentStepsTable {
  /** `<request id>:<dataset id>`. */
  id: string;
  request_id: string;
  dataset: string;
  outcome: 'done' | 'failed';
  /** JSON: per-table results, exported rows or before/after values, or the failure's code. */
  result_encrypted: string;
  finished_at: string;
}

/** The export package of an access or portability request, and the hash of its single-purpose download token. */
export interface ExportPackagesTable {
  id: string;
  request_id: string;
  package_encrypted: string;
  token_hash: string;
  expires_at: string;
  downloads: number;
  created_at: string;
}
