import { type Dataset, datasetSchema } from '@vigie/core';
import type { SqlDriver } from '../../src/sql/driver.js';

/**
 * A health and dental plan administrator: members, their dependants, policies, claims (some for a
 * dependant), payments of claims and communications. Foreign keys are table constraints, the only
 * form MariaDB enforces.
 */
const TABLES = [
  `create table members (id integer primary key, member_number varchar(40) not null unique,
     email varchar(200) not null, phone varchar(30), health_card varchar(20), first_name varchar(100) not null,
     last_name varchar(100) not null, birth_date date, address varchar(200))`,
  `create table dependants (id integer primary key, member_id integer not null, first_name varchar(100) not null,
     birth_date date, relationship varchar(20) not null, foreign key (member_id) references members (id))`,
  `create table policies (id integer primary key, member_id integer not null, plan_code varchar(20) not null,
     start_date date not null, foreign key (member_id) references members (id))`,
  `create table claims (id integer primary key, policy_id integer not null, dependant_id integer,
     service_date date not null, diagnosis varchar(200), amount_cents integer not null,
     foreign key (policy_id) references policies (id), foreign key (dependant_id) references dependants (id))`,
  `create table payments (id integer primary key, claim_id integer not null, paid_on date not null,
     amount_cents integer not null, bank_account varchar(60), foreign key (claim_id) references claims (id))`,
  `create table communications (id integer primary key, member_id integer not null, sent_on date not null,
     channel varchar(10) not null, subject varchar(200) not null, body varchar(1000),
     foreign key (member_id) references members (id))`,
];

export const TABLE_NAMES = ['members', 'dependants', 'policies', 'claims', 'payments', 'communications'] as const;
export type TableName = (typeof TABLE_NAMES)[number];
export type SeedRow = Record<string, string | number | null>;
export type Seed = Record<TableName, SeedRow[]>;

/** The annotation of that schema, as an organisation's IT person would write it. */
export function healthPlanDataset(edit: (yaml: Dataset) => unknown = (d) => d): Dataset {
  const dataset = datasetSchema.parse({
    id: 'member-db',
    system: 'member-portal',
    engine: 'postgres',
    tables: [
      {
        name: 'members',
        key: ['id'],
        person: true,
        erase: 'delete-row',
        columns: [
          { name: 'member_number', identity: 'member-number', category: 'identity', erase: 'pseudonym' },
          { name: 'email', identity: 'email', category: 'email', erase: 'redact' },
          { name: 'phone', identity: 'phone', category: 'phone', erase: 'set-null' },
          { name: 'health_card', identity: 'health-insurance-number', category: 'health-insurance-number' },
          { name: 'first_name', category: 'name' },
          { name: 'last_name', category: 'name' },
          { name: 'birth_date', category: 'date-of-birth', erase: 'set-null' },
          { name: 'address', category: 'postal-address', erase: 'set-null' },
        ],
      },
      {
        name: 'dependants',
        key: ['id'],
        references: [{ columns: ['member_id'], table: 'members', to: ['id'] }],
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
        references: [{ columns: ['member_id'], table: 'members', to: ['id'] }],
        erase: 'delete-row',
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
          { name: 'diagnosis', category: 'health-claims', erase: 'redact' },
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
          { name: 'bank_account', category: 'banking', erase: 'pseudonym' },
        ],
      },
      {
        name: 'communications',
        key: ['id'],
        references: [{ columns: ['member_id'], table: 'members', to: ['id'] }],
        erase: 'delete-row',
        columns: [
          { name: 'sent_on', category: 'communications' },
          { name: 'channel', category: 'communications' },
          { name: 'subject', category: 'communications' },
          { name: 'body', category: 'communications' },
        ],
      },
    ],
  });
  return datasetSchema.parse(edit(structuredClone(dataset)));
}

/** Deterministic pseudo-random numbers, so every engine gets the same rows. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Émilie', 'Jean', "O'Brien", 'Zoë', 'Mathieu', 'Amélie', 'Li', 'Noah', 'Chloé', 'Karim'];
const LAST = ['Tremblay', 'Gagnon', 'Roy', "D'Amours", 'Côté', 'Bouchard', 'Nguyen', 'Smith'];
const DIAGNOSES = ['Détartrage', 'Physiothérapie', 'Lunettes', 'Orthodontie', 'Psychothérapie', 'Ordonnance'];

/**
 * ~50 people with their rows. Member n (1-based) has n % 3 dependants; members whose number is a
 * multiple of 5 have a policy but no claim (so an erasure can delete them outright); others have
 * claims, some for a dependant, each paid once.
 */
export function generateSeed(people = 50): Seed {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const day = (year: number) =>
    `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const seed: Seed = { members: [], dependants: [], policies: [], claims: [], payments: [], communications: [] };
  for (let n = 1; n <= people; n++) {
    seed.members.push({
      id: n,
      member_number: `M-${String(100000 + n)}`,
      email: `person${n}@example.org`,
      phone: n % 4 === 0 ? null : `+1 514 555 ${String(1000 + n)}`,
      health_card: `TREM${String(60000000 + n * 7)}`,
      first_name: pick(FIRST),
      last_name: pick(LAST),
      birth_date: day(1950 + (n % 50)),
      address: `${n} rue Saint-Denis, Montréal`,
    });
    const dependants: number[] = [];
    for (let d = 0; d < n % 3; d++) {
      const id = n * 10 + d;
      dependants.push(id);
      seed.dependants.push({
        id,
        member_id: n,
        first_name: pick(FIRST),
        birth_date: day(2005 + d),
        relationship: d === 0 ? 'spouse' : 'child',
      });
    }
    const policies = n % 2 === 0 ? [n * 10, n * 10 + 1] : [n * 10];
    for (const id of policies)
      seed.policies.push({ id, member_id: n, plan_code: pick(['DENT-A', 'SANTE-B']), start_date: day(2015) });
    if (n % 5 !== 0) {
      for (let c = 0; c < 1 + (n % 4); c++) {
        const id = n * 100 + c;
        seed.claims.push({
          id,
          policy_id: policies[c % policies.length] as number,
          dependant_id: dependants.length > 0 && c % 2 === 1 ? (dependants[0] as number) : null,
          service_date: day(2022),
          diagnosis: pick(DIAGNOSES),
          amount_cents: 1000 + Math.floor(next() * 90000),
        });
        seed.payments.push({
          id,
          claim_id: id,
          paid_on: day(2023),
          amount_cents: 500 + Math.floor(next() * 9000),
          bank_account: `CA${String(1000000 + n)}`,
        });
      }
    }
    for (let m = 0; m < 1 + (n % 3); m++) {
      seed.communications.push({
        id: n * 10 + m,
        member_id: n,
        sent_on: day(2024),
        channel: m % 2 === 0 ? 'email' : 'mail',
        subject: `Relevé ${m + 1}`,
        body: m === 1 ? null : `Bonjour ${n}, voici votre relevé « ${m} ».`,
      });
    }
  }
  return seed;
}

export async function loadHealthPlan(driver: SqlDriver, seed: Seed): Promise<void> {
  for (const statement of TABLES) await driver.run(statement, []);
  for (const table of TABLE_NAMES) {
    const rows = seed[table];
    const first = rows[0];
    if (first === undefined) continue;
    const columns = Object.keys(first);
    for (let i = 0; i < rows.length; i += 100) {
      const batch = rows.slice(i, i + 100);
      const values = batch.flatMap((row) => columns.map((c) => row[c] ?? null));
      let n = 0;
      const tuples = batch.map(() => `(${columns.map(() => driver.dialect.placeholder(++n)).join(', ')})`);
      await driver.run(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, values);
    }
  }
}

/** Every row of every table, ordered by id: what "unchanged" is compared against. */
export async function snapshot(driver: SqlDriver): Promise<Record<TableName, Record<string, unknown>[]>> {
  const out = {} as Record<TableName, Record<string, unknown>[]>;
  for (const table of TABLE_NAMES) out[table] = await driver.query(`select * from ${table} order by id`, []);
  return out;
}

/** The rows that belong to member n, worked out from the seed rather than by the connector. */
export function rowsOfPerson(seed: Seed, n: number): Record<TableName, SeedRow[]> {
  const dependants = seed.dependants.filter((d) => d.member_id === n);
  const policies = seed.policies.filter((p) => p.member_id === n);
  const claims = seed.claims.filter(
    (c) => policies.some((p) => p.id === c.policy_id) || dependants.some((d) => d.id === c.dependant_id),
  );
  return {
    members: seed.members.filter((m) => m.id === n),
    dependants,
    policies,
    claims,
    payments: seed.payments.filter((p) => claims.some((c) => c.id === p.claim_id)),
    communications: seed.communications.filter((c) => c.member_id === n),
  };
}
