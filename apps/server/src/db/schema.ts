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
  external_tasks: ExternalTasksTable;
  request_attachments: RequestAttachmentsTable;
  request_identity_checks: RequestIdentityChecksTable;
  request_letters: RequestLettersTable;
  request_reminders: RequestRemindersTable;
  consent_records: ConsentRecordsTable;
  known_consent_wordings: KnownConsentWordingsTable;
  known_consent_records: KnownConsentRecordsTable;
  known_consent_deliveries: KnownConsentDeliveriesTable;
  incidents: IncidentsTable;
  assessment_versions: AssessmentVersionsTable;
  incident_notifications: IncidentNotificationsTable;
  incident_clock_warnings: IncidentClockWarningsTable;
  retention_runs: RetentionRunsTable;
  complaints: ComplaintsTable;
  complaint_notes: ComplaintNotesTable;
  complaint_events: ComplaintEventsTable;
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
  /** The language the staff member last used the request desk in (reminders are written in it); null until then. */
  language: 'fr' | 'en' | null;
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
  /** The staff member answering the request (a users.id); null while nobody is. */
  assignee_id: string | null;
  /** When notice of the extension was given; null while the deadline is not extended. */
  extension_notice_at: string | null;
  /** Why the deadline was extended, as staff wrote it (it may describe the person's file). */
  extension_reason_encrypted: string | null;
}

/** A letter emailed to a requester: which one, in which language, by whom and when. */
export interface RequestLettersTable {
  id: string;
  request_id: string;
  /** A LETTER_KINDS value of @vigie/core. */
  kind: string;
  language: 'fr' | 'en';
  sent_by: string;
  sent_at: string;
}

/** A due-date reminder sent for a request: one per due day and threshold. */
export interface RequestRemindersTable {
  request_id: string;
  due: string;
  /** Days before the due day, or 'overdue'. */
  threshold: string;
  sent_at: string;
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
/** A webhook or manual system's part of an approved request, open until it answers (0009-external-tasks). */
export interface ExternalTasksTable {
  id: string;
  request_id: string;
  dataset: string;
  kind: 'webhook' | 'manual';
  state: 'open' | 'closed';
  /** When an open task becomes a failure of its system. */
  deadline: string;
  /** When the webhook system acknowledged the request (2xx); null while deliveries are retried. */
  delivered_at: string | null;
  outcome: 'done' | 'not-found' | 'failed' | 'expired' | null;
  /** The staff's note on a manual task. */
  note_encrypted: string | null;
  closed_by: string | null;
  closed_at: string | null;
  created_at: string;
}

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

/** A file attached to a rights request: name and bytes encrypted, the type detected from the bytes in clear. */
export interface RequestAttachmentsTable {
  id: string;
  request_id: string;
  purpose: 'proof-of-capacity' | 'identity-document';
  name_encrypted: string;
  media_type: string;
  /** Bytes of the file as received. */
  size: number;
  /** The file, base64, under the field cipher. */
  content_encrypted: string;
  /** The staff member who attached it (a request entered by hand); null when the requester sent it. */
  added_by: string | null;
  created_at: string;
}

/** A staff check of an identity document: who, when, how and with what outcome (the note encrypted). */
export interface RequestIdentityChecksTable {
  id: string;
  request_id: string;
  method: 'document';
  outcome: 'confirmed' | 'rejected';
  note_encrypted: string | null;
  checked_by: string;
  checked_at: string;
}

/** One choice in the consent ledger (issue 5), chained like the journal; see migrations/0010-consents.ts. */
export interface ConsentRecordsTable {
  seq: number;
  id: string;
  recorded_at: string;
  /** Keyed blind index of the visitor's pseudonymous id: the id itself is not kept. */
  visitor_index: string;
  /** Canonical JSON of the choices, keys sorted. */
  choices: string;
  notice_version: string;
  config_version: string;
  method: 'banner' | 'preference-center' | 'gpc' | 'api' | 'staff-paper';
  gpc: number | null;
  ip_truncated: string | null;
  user_agent_family: string | null;
  prev_hash: string;
  hash: string;
}

/** One table a retention run swept, or one dataset it could not (issue 6); see migrations/0012-retention-runs.ts. */
export interface RetentionRunsTable {
  id: string;
  job_id: string;
  dataset: string;
  table_name: string | null;
  rule: string | null;
  action: string | null;
  destroyed: number;
  anonymized: number;
  spared: number;
  started_at: string;
  finished_at: string;
  longest_batch_ms: number;
  outcome: 'ok' | 'failed';
  error_code: string | null;
}

/** One entry of the confidentiality-incident register (issue 6); see migrations/0011-incidents.ts. */
export interface IncidentsTable {
  id: string;
  reference: string;
  aware_start: string;
  /** 1 serious, 0 not serious, null while undecided. */
  serious: number | null;
  retain_until: string | null;
  /** JSON: types, periods, counts and the decision without its reasons (nothing about a person). */
  facts: string;
  pi_description_encrypted: string | null;
  circumstances_encrypted: string | null;
  notes_encrypted: string | null;
  /** JSON of the other free texts (assessment, reasons, measures, contact…), encrypted as one field. */
  narrative_encrypted: string;
  version: number;
  reported_by: string;
  created_at: string;
  updated_at: string;
}

/** A notification sent about an incident, as staff recorded it. */
export interface IncidentNotificationsTable {
  id: string;
  incident_id: string;
  /** A NOTIFICATION_KINDS value of @vigie/core. */
  notice: string;
  sent_at: string;
  recorded_by: string;
  recorded_at: string;
}

/** The warning emailed to privacy officers for one clock of one incident (at most one each). */
export interface IncidentClockWarningsTable {
  incident_id: string;
  /** The clock's key, `regime:notice`. */
  clock: string;
  /** due-soon or overdue, when the warning went. */
  status: string;
  sent_at: string;
}

/** One saved version of an impact assessment (issue 6); see migrations/0013-assessments.ts. */
export interface AssessmentVersionsTable {
  /** `<assessment id>@<version>`: the row id the questionnaire's ciphertext is bound to. */
  id: string;
  /** The declaration's impactAssessments[].id. */
  assessment_id: string;
  version: number;
  /** JSON: the risk scores (severity and likelihood 1-4) and which parts are filled in; no free text. */
  scores: string;
  /** JSON of the questionnaire's free texts, encrypted as one field. */
  questionnaire_encrypted: string;
  saved_by: string;
  saved_at: string;
  approved_by: string | null;
  approved_at: string | null;
}

/** A consent wording shown to known people, stored once by the SHA-256 of its two texts. */
export interface KnownConsentWordingsTable {
  hash: string;
  text_fr: string;
  text_en: string;
  created_at: string;
}

/** A known person's consent or withdrawal for one purpose, chained (modules/consent/known). */
export interface KnownConsentRecordsTable {
  seq: number;
  id: string;
  kind: 'given' | 'withdrawn';
  subject_index: string;
  subject_encrypted: string;
  purpose: string;
  wording_hash: string | null;
  express: number | null;
  given_by: 'person' | 'guardian' | 'person-and-guardian';
  guardian_index: string | null;
  guardian_encrypted: string | null;
  minor_under: number | null;
  regime: string | null;
  method: 'staff-paper' | 'staff-phone' | 'portal' | 'api';
  recorded_by: string;
  recorded_at: string;
  prev_hash: string;
  hash: string;
}

/** A withdrawal sent to one of the organisation's systems (VIGIE_CONSENT_WEBHOOKS). */
export interface KnownConsentDeliveriesTable {
  id: string;
  record_id: string;
  target: string;
  state: 'pending' | 'delivered';
  attempts: number;
  last_status: number | null;
  delivered_at: string | null;
  created_at: string;
}

/** One complaint of the complaints register (issue 6); see migrations/0015-complaints.ts. */
export interface ComplaintsTable {
  id: string;
  reference: string;
  /** A COMPLAINT_STATES value (modules/complaints/complaint-states.ts). */
  state: string;
  /** Index into the declaration's rights.complaints.levels. */
  level: number;
  level_started_at: string;
  channel: string;
  language: 'fr' | 'en';
  received_at: string;
  acknowledged_at: string | null;
  name_encrypted: string | null;
  email_encrypted: string | null;
  text_encrypted: string;
  conclusion_encrypted: string | null;
  request_id: string | null;
  incident_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A confidential investigation note on a complaint. */
export interface ComplaintNotesTable {
  id: string;
  complaint_id: string;
  note_encrypted: string;
  written_by: string;
  written_at: string;
}

/** One step of a complaint's history: the action, the state and level it left the complaint in, who and when. */
export interface ComplaintEventsTable {
  id: string;
  complaint_id: string;
  action: string;
  state: string;
  level: number;
  by: string;
  at: string;
}
