import { type Dataset, type RetentionRule, retentionRuleSchema } from '@vigie/core';
import type { LegalHold } from '../../src/connector.js';
import type { SqlDriver } from '../../src/sql/driver.js';
import { healthPlanDataset, loadHealthPlan, type Seed, type SeedRow } from '../contract/health-plan.js';

/** The instant every retention test runs at: far enough after the seed's dates that some rows have expired. */
export const NOW = new Date('2030-06-15T12:00:00Z');

/** The plan administrator's retention rules, as its declaration would write them. */
export const RULES: RetentionRule[] = [
  {
    id: 'claims-7y',
    name: { fr: 'Réclamations, 7 ans', en: 'Claims, 7 years' },
    duration: 'P7Y',
    trigger: 'case-closed',
    action: 'destroy',
    citation: 'Loi sur les assurances, RLRQ c. A-32.1',
  },
  {
    id: 'payments-7y',
    name: { fr: 'Paiements, 7 ans', en: 'Payments, 7 years' },
    duration: 'P7Y',
    trigger: 'collection',
    action: 'destroy',
    citation: 'Loi sur les impôts, RLRQ c. I-3, art. 1000',
  },
  {
    id: 'communications-6y',
    name: { fr: 'Communications, 6 ans', en: 'Communications, 6 years' },
    duration: 'P6Y',
    trigger: 'last-contact',
    action: 'destroy',
  },
  {
    id: 'dependants-24y',
    name: { fr: 'Personnes à charge, anonymisées à 24 ans', en: 'Dependants, anonymized at 24' },
    duration: 'P24Y',
    trigger: 'end-of-contract',
    action: 'anonymize',
  },
  {
    id: 'policies-review',
    name: { fr: 'Polices, revues après 10 ans', en: 'Policies, reviewed after 10 years' },
    duration: 'P10Y',
    trigger: 'end-of-contract',
    action: 'review',
  },
].map((rule) => retentionRuleSchema.parse(rule));

/** Cutoffs of those rules at NOW, as calendar days. */
export const CUTOFF = {
  claims: '2023-06-15',
  payments: '2023-06-15',
  communications: '2024-06-15',
  dependants: '2006-06-15',
};

/** Claims of this kind are kept longer (the `except` of the binding); those with `on_hold` are under a legal hold. */
export const EXCEPTED_DIAGNOSIS = 'Orthodontie';

/** Holds given to the sweep: two communications and three payments. */
export const HOLDS: LegalHold[] = [
  { id: 'case-2030-01', table: 'communications', keys: [[10], [40]] },
  { id: 'audit-2030', table: 'payments', keys: [[300], [301], [700]] },
];

/** The health-plan annotation with retention bound to each table's date column. */
export function retentionDataset(edit: (dataset: Dataset) => void = () => {}): Dataset {
  return healthPlanDataset((d) => {
    const table = (name: string) => {
      const found = d.tables.find((t) => t.name === name);
      if (found === undefined) throw new Error(`no table ${name}`);
      return found;
    };
    const claims = table('claims');
    claims.retention = {
      rule: 'claims-7y',
      from: 'service_date',
      except: [{ column: 'diagnosis', values: [EXCEPTED_DIAGNOSIS] }],
      holdColumn: 'on_hold',
    };
    claims.columns.push({ name: 'on_hold', category: 'health-claims', erase: 'keep' });
    table('payments').retention = { rule: 'payments-7y', from: 'paid_on', except: [] };
    table('communications').retention = { rule: 'communications-6y', from: 'sent_on', except: [] };
    const dependants = table('dependants');
    dependants.retention = { rule: 'dependants-24y', from: 'birth_date', except: [] };
    dependants.columns = dependants.columns.map((c) =>
      c.name === 'first_name' ? { ...c, erase: 'redact' } : c.name === 'birth_date' ? { ...c, erase: 'keep' } : c,
    );
    table('policies').retention = { rule: 'policies-review', from: 'start_date', except: [] };
    edit(d);
    return d;
  });
}

/** The health plan plus a legal-hold flag on claims (every seventh) and an index on one trigger column. */
export async function loadRetentionSchema(driver: SqlDriver, seed: Seed): Promise<void> {
  await loadHealthPlan(driver, seed);
  await driver.run('alter table claims add column on_hold boolean not null default false', []);
  await driver.run('update claims set on_hold = true where id % 7 = 0', []);
  await driver.run('create index communications_sent_on on communications (sent_on)', []);
}

type Table = 'claims' | 'payments' | 'communications' | 'dependants';
const heldKeys = (table: string) =>
  new Set(HOLDS.filter((h) => h.table === table).flatMap((h) => (h.keys ?? []).map((k) => Number(k[0]))));

/** What each swept table must hold after a complete run, worked out from the seed rather than by the engine. */
export function expectedAfterRun(seed: Seed): Record<Table, SeedRow[]> {
  const paymentsHeld = heldKeys('payments');
  const payments = seed.payments.filter(
    (p) => !(String(p.paid_on) < CUTOFF.payments) || paymentsHeld.has(Number(p.id)),
  );
  const claims = seed.claims.flatMap((c): SeedRow[] => {
    const row = { ...c, on_hold: Number(c.id) % 7 === 0 ? 1 : 0 };
    const spared = !(String(c.service_date) < CUTOFF.claims) || c.diagnosis === EXCEPTED_DIAGNOSIS || row.on_hold;
    if (spared) return [row];
    if (payments.some((p) => p.claim_id === c.id))
      return [{ ...row, service_date: '1900-01-01', diagnosis: '[supprimé]', amount_cents: 0 }];
    return [];
  });
  const communicationsHeld = heldKeys('communications');
  const communications = seed.communications.filter(
    (c) => !(String(c.sent_on) < CUTOFF.communications) || communicationsHeld.has(Number(c.id)),
  );
  const dependants = seed.dependants.map((d) =>
    String(d.birth_date) < CUTOFF.dependants ? { ...d, first_name: '[supprimé]' } : d,
  );
  return { claims, payments, communications, dependants };
}

/** A table's rows as comparable plain values (booleans as 0/1, whatever the engine returns). */
export async function rowsOf(driver: SqlDriver, table: Table): Promise<SeedRow[]> {
  const rows = await driver.query(`select * from ${table} order by id`, []);
  return rows.map((row) => {
    const out: SeedRow = {};
    for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'boolean' ? Number(v) : v;
    return out;
  });
}
