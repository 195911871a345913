// Issue #4 figures for the database connectors, on PostgreSQL at scale, each against the hand-written SQL doing the
// same work in the same run:
// - locate + export one person (by email) among 1,000,000 people and 10,000,000 rows over 10 tables: < 500 ms and
//   within 3x of a DBA's queries (the person by email, then each table by joins on the person's id); median of 20+.
// - erase one person (locate, plan, erase, as a request does it) : < 1 s and within 3x of the DBA's delete/update
//   statements in one transaction doing what the plan does (claims and consents kept under retention, the rows they
//   reference masked, the rest deleted); median of 10+, a different person each time.
// - plan an erasure over a generated 300-table annotated schema: < 1 s (pure computation, no SQL to compare with).
// The data is built in SQL (INSERT ... SELECT generate_series, constraints and indexes added afterwards, as a restore
// would), in a database of its own, dropped at the end (BENCH_KEEP=1 keeps it and a later run reuses it).
// PostgreSQL: VIGIE_BENCH_POSTGRES_URL, else VIGIE_TEST_POSTGRES_URL, else postgres://postgres@127.0.0.1:5432/test.
// BENCH_PEOPLE scales the data (default 1,000,000; rows are 10x people). Run after a build: npm run build (or
// npx tsc -b packages/connectors) then node bench/connectors.js. A figure over its target or ratio prints OVER and
// makes the exit code 1.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import { openPostgresConnector } from '../packages/connectors/dist/index.js';
import { datasetSchema } from '../packages/core/dist/index.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const LOCATE_RUNS = Math.max(20, Number(process.env.BENCH_LOCATE_RUNS ?? 20));
const ERASE_RUNS = Math.max(10, Number(process.env.BENCH_ERASE_RUNS ?? 10));
const PLAN_TABLES = 300;
const KEEP = process.env.BENCH_KEEP === '1';
const TARGETS = { locate: 500, erase: 1000, plan: 1000, ratio: 3 };
const REDACTED = '[supprimé]';
const BASE_URL =
  process.env.VIGIE_BENCH_POSTGRES_URL ??
  process.env.VIGIE_TEST_POSTGRES_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const DB_NAME = KEEP ? `vigie_bench_connectors_${PEOPLE}` : `vigie_bench_${randomBytes(5).toString('hex')}`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n) => `${n.toFixed(1)} ms`;
const log = (line) => process.stderr.write(`${line}\n`);

// Rows per table as a multiple of the people: 10 tables, 10 rows per person in all.
const N = PEOPLE;
const COUNTS = {
  people: N,
  dependants: N / 2,
  policies: N,
  claims: (3 * N) / 2,
  claim_lines: 2 * N,
  payments: (6 * N) / 5,
  communications: (3 * N) / 2,
  addresses: (3 * N) / 5,
  consents: (2 * N) / 5,
  notes: (3 * N) / 10,
};

/**
 * The schema as an insurer's member system has it. Person p has policy p; odd people have dependant (p+1)/2;
 * claims 1..N are on policy i, claims N+1..1.5N on policy i-N, for the dependant when the person has one;
 * claim lines, payments, communications, addresses, consents and notes spread over claims and people.
 */
const TABLES = [
  `create table people (id bigint not null, member_number text not null, email text not null, phone text,
     first_name text not null, last_name text not null, birth_date date, created_on date not null)`,
  `create table dependants (id bigint not null, person_id bigint not null, first_name text not null,
     birth_date date, relationship text not null)`,
  `create table policies (id bigint not null, person_id bigint not null, plan_code text not null,
     start_date date not null)`,
  `create table claims (id bigint not null, policy_id bigint not null, dependant_id bigint, service_date date not null,
     diagnosis text, amount_cents integer not null)`,
  `create table claim_lines (id bigint not null, claim_id bigint not null, act_code text not null,
     amount_cents integer not null)`,
  `create table payments (id bigint not null, claim_id bigint not null, paid_on date not null,
     amount_cents integer not null, bank_account text)`,
  `create table communications (id bigint not null, person_id bigint not null, sent_on date not null,
     channel text not null, subject text not null, body text)`,
  `create table addresses (id bigint not null, person_id bigint not null, line1 text not null, city text not null,
     postal_code text not null)`,
  `create table consents (id bigint not null, person_id bigint not null, purpose text not null, given_on date not null)`,
  `create table notes (id bigint not null, person_id bigint not null, written_on date not null, body text not null)`,
];

const day = (expr) => `date '2015-01-01' + ((${expr}) % 3650)::int`;
const spread = (i, over) => `((${i} - 1) % ${over}) + 1`;
const FILL = {
  people: `select i, 'M-' || (1000000 + i), 'person' || i || '@example.org', '+1 514 555 ' || lpad((i % 10000)::text, 4, '0'),
     (array['Émilie','Jean','Zoë','Mathieu','Amélie','Li','Noah','Chloé','Karim'])[1 + i % 9],
     (array['Tremblay','Gagnon','Roy','Côté','Bouchard','Nguyen','Smith'])[1 + i % 7],
     date '1940-01-01' + (i % 25000)::int, ${day('i')}
     from generate_series(1, ${N}) i`,
  dependants: `select i, 2 * (i - 1) + 1, 'Enfant ' || i, date '2005-01-01' + (i % 6000)::int,
     case when i % 3 = 0 then 'spouse' else 'child' end from generate_series(1, ${COUNTS.dependants}) i`,
  policies: `select i, i, case when i % 2 = 0 then 'DENT-A' else 'SANTE-B' end, ${day('i')}
     from generate_series(1, ${COUNTS.policies}) i`,
  claims: `select i, ${spread('i', N)}, case when i > ${N} and (i - ${N}) % 2 = 1 then (i - ${N} + 1) / 2 end,
     ${day('i * 7')}, (array['Détartrage','Physiothérapie','Lunettes','Orthodontie','Psychothérapie'])[1 + i % 5],
     1000 + (i * 37) % 90000 from generate_series(1, ${COUNTS.claims}) i`,
  claim_lines: `select i, ${spread('i', COUNTS.claims)}, 'ACT-' || (i % 500), 100 + (i * 13) % 20000
     from generate_series(1, ${COUNTS.claim_lines}) i`,
  payments: `select i, i, ${day('i * 3')}, 500 + (i * 11) % 9000, 'CA' || (10000000 + i)
     from generate_series(1, ${COUNTS.payments}) i`,
  communications: `select i, ${spread('i', N)}, ${day('i * 5')}, case when i % 2 = 0 then 'email' else 'mail' end,
     'Relevé ' || i, 'Bonjour, voici votre relevé numéro ' || i from generate_series(1, ${COUNTS.communications}) i`,
  addresses: `select i, ${spread('i * 7', N)}, i || ' rue Saint-Denis', 'Montréal', 'H2X ' || (i % 10) || 'Y' || (i % 10)
     from generate_series(1, ${COUNTS.addresses}) i`,
  consents: `select i, ${spread('i * 3', N)}, case when i % 2 = 0 then 'marketing' else 'research' end, ${day('i')}
     from generate_series(1, ${COUNTS.consents}) i`,
  notes: `select i, ${spread('i * 11', N)}, ${day('i')}, 'Appel du membre au sujet du dossier ' || i
     from generate_series(1, ${COUNTS.notes}) i`,
};

/** What a real schema has: primary keys, the unique member number, foreign keys and an index under each of them. */
const CONSTRAINTS = [
  ...Object.keys(COUNTS).map((t) => `alter table ${t} add primary key (id)`),
  'create unique index people_member_number on people (member_number)',
  'create index people_email on people (email)',
  'create index people_phone on people (phone)',
  ...[
    ['dependants', 'person_id', 'people'],
    ['policies', 'person_id', 'people'],
    ['claims', 'policy_id', 'policies'],
    ['claims', 'dependant_id', 'dependants'],
    ['claim_lines', 'claim_id', 'claims'],
    ['payments', 'claim_id', 'claims'],
    ['communications', 'person_id', 'people'],
    ['addresses', 'person_id', 'people'],
    ['consents', 'person_id', 'people'],
    ['notes', 'person_id', 'people'],
  ].flatMap(([table, column, parent]) => [
    `create index ${table}_${column} on ${table} (${column})`,
    `alter table ${table} add foreign key (${column}) references ${parent} (id)`,
  ]),
];

/** The annotation an IT person would write for that schema. */
const DATASET = datasetSchema.parse({
  id: 'members',
  system: 'member-system',
  engine: 'postgres',
  tables: [
    {
      name: 'people',
      key: ['id'],
      person: true,
      erase: 'delete-row',
      columns: [
        { name: 'member_number', identity: 'member-number', category: 'identity', erase: 'keep' },
        { name: 'email', identity: 'email', category: 'email', erase: 'redact' },
        { name: 'phone', identity: 'phone', category: 'phone', erase: 'set-null' },
        { name: 'first_name', category: 'name' },
        { name: 'last_name', category: 'name' },
        { name: 'birth_date', category: 'date-of-birth', erase: 'set-null' },
      ],
    },
    {
      name: 'dependants',
      key: ['id'],
      references: [{ columns: ['person_id'], table: 'people', to: ['id'] }],
      erase: 'delete-row',
      columns: [
        { name: 'first_name', category: 'name' },
        { name: 'birth_date', category: 'date-of-birth', erase: 'set-null' },
        { name: 'relationship', category: 'identity', erase: 'keep' },
      ],
    },
    {
      name: 'policies',
      key: ['id'],
      references: [{ columns: ['person_id'], table: 'people', to: ['id'] }],
      erase: 'keep',
      columns: [
        { name: 'plan_code', category: 'insurance-policy', erase: 'keep' },
        { name: 'start_date', category: 'insurance-policy', erase: 'keep' },
      ],
    },
    {
      name: 'claims',
      key: ['id'],
      references: [
        { columns: ['policy_id'], table: 'policies', to: ['id'] },
        { columns: ['dependant_id'], table: 'dependants', to: ['id'] },
      ],
      erase: 'keep',
      retention: 'claims-7y',
      columns: [
        { name: 'service_date', category: 'health-claims' },
        { name: 'diagnosis', category: 'health-claims' },
        { name: 'amount_cents', category: 'transactions' },
      ],
    },
    {
      name: 'claim_lines',
      key: ['id'],
      references: [{ columns: ['claim_id'], table: 'claims', to: ['id'] }],
      erase: 'keep',
      retention: 'claims-7y',
      columns: [
        { name: 'act_code', category: 'health-claims' },
        { name: 'amount_cents', category: 'transactions' },
      ],
    },
    {
      name: 'payments',
      key: ['id'],
      references: [{ columns: ['claim_id'], table: 'claims', to: ['id'] }],
      erase: 'keep',
      columns: [
        { name: 'paid_on', category: 'transactions' },
        { name: 'amount_cents', category: 'transactions' },
        { name: 'bank_account', category: 'banking', erase: 'redact' },
      ],
    },
    ...['communications', 'addresses', 'notes'].map((name) => ({
      name,
      key: ['id'],
      references: [{ columns: ['person_id'], table: 'people', to: ['id'] }],
      erase: 'delete-row',
      columns: {
        communications: ['sent_on', 'channel', 'subject', 'body'],
        addresses: ['line1', 'city', 'postal_code'],
        notes: ['written_on', 'body'],
      }[name].map((column) => ({ name: column, category: name === 'addresses' ? 'postal-address' : 'communications' })),
    })),
    {
      name: 'consents',
      key: ['id'],
      references: [{ columns: ['person_id'], table: 'people', to: ['id'] }],
      erase: 'keep',
      retention: 'consent-proof',
      columns: [
        { name: 'purpose', category: 'consent' },
        { name: 'given_on', category: 'consent' },
      ],
    },
  ],
});

const emailOf = (p) => `person${p}@example.org`;

// ---- The hand-written SQL: what a DBA would run for the same person, with the same results. ----

const CLAIMS_OF = `select c.id from claims c join policies po on po.id = c.policy_id where po.person_id = $1
   union select c.id from claims c join dependants d on d.id = c.dependant_id where d.person_id = $1`;

/** The person by email (normalised as the connector does), then each table by joins on the person's id. */
async function handLocateExport(client, email) {
  const people = await client.query(
    'select id, member_number, email, phone, first_name, last_name, birth_date from people where email = $1',
    [email.trim().toLowerCase()],
  );
  const rows = { people: people.rows };
  for (const person of people.rows) {
    const id = person.id;
    const q = async (table, sql) => {
      rows[table] = [...(rows[table] ?? []), ...(await client.query(sql, [id])).rows];
    };
    await q(
      'dependants',
      'select id, person_id, first_name, birth_date, relationship from dependants where person_id = $1',
    );
    await q('policies', 'select id, person_id, plan_code, start_date from policies where person_id = $1');
    await q(
      'claims',
      `select id, policy_id, dependant_id, service_date, diagnosis, amount_cents from claims where id in (${CLAIMS_OF})`,
    );
    await q(
      'claim_lines',
      `select id, claim_id, act_code, amount_cents from claim_lines where claim_id in (${CLAIMS_OF})`,
    );
    await q(
      'payments',
      `select id, claim_id, paid_on, amount_cents, bank_account from payments where claim_id in (${CLAIMS_OF})`,
    );
    await q(
      'communications',
      'select id, person_id, sent_on, channel, subject, body from communications where person_id = $1',
    );
    await q('addresses', 'select id, person_id, line1, city, postal_code from addresses where person_id = $1');
    await q('consents', 'select id, person_id, purpose, given_on from consents where person_id = $1');
    await q('notes', 'select id, person_id, written_on, body from notes where person_id = $1');
  }
  return rows;
}

/**
 * The erasure the plan makes, in one transaction: claims, claim lines and consents stay (retention), so the
 * person, their policies and the dependants a claim names stay too, masked; payments lose the bank account;
 * the rest is deleted.
 */
async function handErase(client, email) {
  let changed = 0;
  const run = async (sql, values) => {
    changed += (await client.query(sql, values)).rowCount ?? 0;
  };
  await client.query('begin');
  try {
    const { rows } = await client.query('select id from people where email = $1', [email.trim().toLowerCase()]);
    for (const { id } of rows) {
      await run(`update payments set bank_account = $2 where claim_id in (${CLAIMS_OF})`, [id, REDACTED]);
      await run(
        `update dependants d set first_name = $2, birth_date = null
          where d.person_id = $1 and exists (select 1 from claims c where c.dependant_id = d.id)`,
        [id, REDACTED],
      );
      await run(
        `delete from dependants d where d.person_id = $1 and not exists (select 1 from claims c where c.dependant_id = d.id)`,
        [id],
      );
      for (const table of ['communications', 'addresses', 'notes'])
        await run(`delete from ${table} where person_id = $1`, [id]);
      await run(
        'update people set email = $2, phone = null, first_name = $2, last_name = $2, birth_date = null where id = $1',
        [id, REDACTED],
      );
    }
    await client.query('commit');
    return changed;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

// ---- The connector doing the same. ----

const ok = (result) => {
  if (!result.ok) throw new Error(`connector failed: ${result.code} at ${result.table ?? '-'}`);
  return result.value;
};
// The email as a person types it into a request form: other case, spaces around.
const typed = (p) => `  Person${p}@Example.ORG `;

async function connectorLocateExport(connector, p) {
  const footprint = ok(await connector.locate([{ kind: 'email', value: typed(p) }]));
  return ok(await connector.exportRows(footprint));
}

async function connectorErase(connector, p) {
  const footprint = ok(await connector.locate([{ kind: 'email', value: typed(p) }]));
  const plan = ok(connector.plan(footprint, 'erasure'));
  return ok(await connector.erase(plan));
}

// ---- A generated 300-table annotated schema and a footprint with rows in every table. ----

function wideDataset(tables) {
  const next = lcg(7);
  const list = [
    {
      name: 't000',
      key: ['id'],
      person: true,
      erase: 'delete-row',
      columns: [{ name: 'email', identity: 'email', category: 'email', erase: 'redact' }],
    },
  ];
  for (let i = 1; i < tables; i++) {
    // Most tables hang off a recent table (chains up to dozens deep), some off the person, some off two parents.
    const parent = i < 10 || next() < 0.1 ? 0 : i - 1 - Math.floor(next() * Math.min(i - 1, 8));
    const second = i > 20 && next() < 0.2 ? Math.floor(next() * (i - 1)) : undefined;
    const references = [{ columns: ['parent_id'], table: name(parent), to: ['id'] }];
    if (second !== undefined && second !== parent)
      references.push({ columns: ['other_id'], table: name(second), to: ['id'] });
    list.push({
      name: name(i),
      key: ['id'],
      references,
      erase: next() < 0.6 ? 'delete-row' : 'keep',
      ...(next() < 0.1 ? { retention: 'records-7y' } : {}),
      columns: [
        { name: 'label', category: 'identity', erase: 'redact' },
        { name: 'noted_on', category: 'communications' },
        { name: 'amount', category: 'transactions', erase: 'keep' },
      ],
    });
  }
  return datasetSchema.parse({ id: 'wide', system: 'member-system', engine: 'postgres', tables: list });
}

function name(i) {
  return `t${String(i).padStart(3, '0')}`;
}

/** Rows per table as a locate would return them: each row linked to rows of the tables it references. */
function wideFootprint(dataset, rowsPerTable) {
  const keys = new Map();
  const tables = dataset.tables.map((table) => {
    const count = table.person ? 1 : rowsPerTable;
    const mine = Array.from({ length: count }, (_, r) => [r + 1]);
    keys.set(table.name, mine);
    return {
      table: table.name,
      rows: mine.map((key, r) => ({
        key,
        parents: table.references.map((ref) => {
          const parentKeys = keys.get(ref.table) ?? [[1]];
          return { table: ref.table, key: parentKeys[r % parentKeys.length] };
        }),
      })),
    };
  });
  return { dataset: dataset.id, tables };
}

function lcg(seed) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

// ---- Running it. ----

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl() {
  const url = new URL(BASE_URL);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
}

async function build(url) {
  const exists = await withClient(
    BASE_URL,
    async (c) => (await c.query('select 1 from pg_database where datname = $1', [DB_NAME])).rowCount,
  );
  if (exists) {
    const complete = await withClient(url, async (c) =>
      c.query('select people from bench_built').then(
        (r) => Number(r.rows[0]?.people) === PEOPLE,
        () => false,
      ),
    );
    if (complete) return log(`reusing ${DB_NAME}`);
    await withClient(BASE_URL, (c) => c.query(`drop database ${DB_NAME} with (force)`));
  }
  await withClient(BASE_URL, (c) => c.query(`create database ${DB_NAME}`));
  await withClient(url, async (c) => {
    await c.query("set maintenance_work_mem = '512MB'");
    await c.query('set synchronous_commit = off');
    for (const statement of TABLES) await c.query(statement);
    for (const [table, select] of Object.entries(FILL)) {
      const start = performance.now();
      await c.query(`insert into ${table} ${select}`);
      log(`  ${table}: ${COUNTS[table].toLocaleString('en-US')} rows in ${ms(performance.now() - start)}`);
    }
    const start = performance.now();
    for (const statement of CONSTRAINTS) await c.query(statement);
    log(`  keys, foreign keys and indexes in ${ms(performance.now() - start)}`);
    await c.query('vacuum analyze');
    await c.query(`create table bench_built as select ${PEOPLE} as people`);
  });
}

/** Distinct random people, none picked twice in the run (erased people are not located again). */
function picker() {
  const used = new Set();
  return () => {
    for (;;) {
      const p = 1 + Math.floor(Math.random() * PEOPLE);
      if (!used.has(p)) {
        used.add(p);
        return p;
      }
    }
  };
}

async function time(work) {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

function countRows(tables) {
  return Object.values(tables).reduce((n, rows) => n + rows.length, 0);
}

async function main() {
  const url = databaseUrl();
  const started = performance.now();
  log(
    `building ${PEOPLE.toLocaleString('en-US')} people, ${Object.values(COUNTS)
      .reduce((a, b) => a + b)
      .toLocaleString('en-US')} rows in ${DB_NAME}`,
  );
  try {
    await build(url);
    log(`data ready in ${ms(performance.now() - started)}`);
    const connector = openPostgresConnector(url, { dataset: DATASET, pseudonymKey: randomBytes(32) });
    const hand = new pg.Client({ connectionString: url });
    await hand.connect();
    const pick = picker();
    try {
      // Warm-up: the connector reads the live schema once; both sides get the same few people first.
      for (let i = 0; i < 3; i++) {
        const p = pick();
        await connectorLocateExport(connector, p);
        await handLocateExport(hand, emailOf(p));
      }
      const locate = { connector: [], hand: [], rows: [] };
      for (let i = 0; i < LOCATE_RUNS; i++) {
        const p = pick();
        // Alternating which side goes first, so neither always gets the other's warm cache.
        const a = async () => time(() => connectorLocateExport(connector, p));
        const b = async () => time(() => handLocateExport(hand, emailOf(p)));
        let c;
        let h;
        if (i % 2 === 0) {
          c = await a();
          h = await b();
        } else {
          h = await b();
          c = await a();
        }
        const connectorRows = c.value.reduce((n, t) => n + t.rows.length, 0);
        if (connectorRows !== countRows(h.value))
          throw new Error(
            `person ${p}: connector exported ${connectorRows} rows, the hand-written SQL ${countRows(h.value)}`,
          );
        locate.connector.push(c.ms);
        locate.hand.push(h.ms);
        locate.rows.push(connectorRows);
      }
      const erase = { connector: [], hand: [], changed: [], handChanged: [] };
      for (let i = 0; i < ERASE_RUNS; i++) {
        const c = await time(() => connectorErase(connector, pick()));
        const h = await time(() => handErase(hand, emailOf(pick())));
        erase.connector.push(c.ms);
        erase.hand.push(h.ms);
        erase.changed.push(c.value.reduce((n, t) => n + t.deleted + t.masked, 0));
        erase.handChanged.push(h.value);
      }
      const wide = wideDataset(PLAN_TABLES);
      const footprint = wideFootprint(wide, 20);
      const wideConnector = openPostgresConnector(url, { dataset: wide, pseudonymKey: randomBytes(32) });
      const plans = [];
      let planned = 0;
      for (let i = 0; i < 5; i++) {
        const { ms: took, value } = await time(async () => ok(wideConnector.plan(footprint, 'erasure')));
        plans.push(took);
        planned = value.tables.reduce((n, t) => n + t.rows.length, 0);
      }
      await wideConnector.close();
      report({ locate, erase, plans, planned, footprintRows: footprint.tables.reduce((n, t) => n + t.rows.length, 0) });
    } finally {
      await hand.end();
      await connector.close();
    }
  } finally {
    if (!KEEP) await withClient(BASE_URL, (c) => c.query(`drop database if exists ${DB_NAME} with (force)`));
    log(`total ${ms(performance.now() - started)}${KEEP ? ` (kept ${DB_NAME})` : ', database dropped'}`);
  }
}

function report({ locate, erase, plans, planned, footprintRows }) {
  const lines = [];
  let over = false;
  const row = (what, connectorMs, handMs, target) => {
    const ratio = handMs === undefined ? undefined : connectorMs / handMs;
    const fine = connectorMs < target && (ratio === undefined || ratio <= TARGETS.ratio);
    over ||= !fine;
    lines.push(
      `| ${what} | ${ms(connectorMs)} | ${handMs === undefined ? '—' : ms(handMs)} | ${ratio === undefined ? '—' : `${ratio.toFixed(2)}x`} | < ${target} ms${handMs === undefined ? '' : `, ≤ ${TARGETS.ratio}x`} | ${fine ? 'ok' : 'OVER'} |`,
    );
  };
  console.log(
    `Connectors on PostgreSQL: ${PEOPLE.toLocaleString('en-US')} people, ${Object.values(COUNTS)
      .reduce((a, b) => a + b)
      .toLocaleString('en-US')} rows over 10 tables; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('| measure (median) | connector | hand-written SQL | ratio | target | verdict |');
  console.log('|---|---|---|---|---|---|');
  row(
    `locate + export one person (n=${locate.connector.length}, ${median(locate.rows)} rows)`,
    median(locate.connector),
    median(locate.hand),
    TARGETS.locate,
  );
  row(
    `erase one person: locate, plan, erase (n=${erase.connector.length}, ${median(erase.changed)} rows changed, hand ${median(erase.handChanged)})`,
    median(erase.connector),
    median(erase.hand),
    TARGETS.erase,
  );
  row(
    `plan an erasure, ${PLAN_TABLES} tables, ${footprintRows} rows → ${planned} planned (n=${plans.length})`,
    median(plans),
    undefined,
    TARGETS.plan,
  );
  for (const line of lines) console.log(line);
  console.log(
    `spread (fastest–slowest): locate connector ${ms(Math.min(...locate.connector))}–${ms(Math.max(...locate.connector))}, hand ${ms(Math.min(...locate.hand))}–${ms(Math.max(...locate.hand))}; erase connector ${ms(Math.min(...erase.connector))}–${ms(Math.max(...erase.connector))}, hand ${ms(Math.min(...erase.hand))}–${ms(Math.max(...erase.hand))}`,
  );
  if (over) process.exitCode = 1;
}

await main();
