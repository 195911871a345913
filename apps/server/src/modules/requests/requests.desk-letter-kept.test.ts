import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateSeed,
  healthPlanDataset,
  rowsOfPerson,
} from '../../../../../packages/connectors/test/contract/health-plan.js';
import {
  type FulfilmentServer,
  sqliteHealthPlan,
  startFulfilmentServer,
} from '../fulfilment/test-support/fulfilment-server.js';

const seed = generateSeed(6);
const ASKER = 2;
// The claims table is kept under the demo's billing rule (7 years, with its citation).
const dataset = healthPlanDataset((d) => {
  const claims = d.tables.find((t) => t.name === 'claims');
  if (claims) claims.retention = 'billing';
  return { ...d, system: 'emr', engine: 'sqlite' };
});

describe('the letter after an erasure the law limits', () => {
  let dir: string;
  let vigie: FulfilmentServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-desk-kept-'));
    const datasetUrl = await sqliteHealthPlan(join(dir, 'members.sqlite'), dataset, seed);
    vigie = await startFulfilmentServer({ dataset, datasetUrl });
  });
  afterAll(async () => {
    await vigie?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('says, in French and English, which records were kept and under which rule and law', async () => {
    const id = await vigie.enter('erasure', ASKER);
    expect((await vigie.post(`/api/v1/requests/${id}/plan`)).statusCode).toBe(200);
    // Before the systems have answered, nothing has been kept yet: the letter says nothing of it.
    const before = await vigie.get(`/api/v1/requests/${id}/letter?lang=en&format=text`);
    expect(before.body).not.toContain('kept');
    expect((await vigie.post(`/api/v1/requests/${id}/approval`)).statusCode).toBe(202);
    expect(await vigie.server.runJobsOnce()).toBe(1);

    const claims = rowsOfPerson(seed, ASKER).claims.length;
    expect(claims).toBeGreaterThan(0);
    const fr = await vigie.get(`/api/v1/requests/${id}/letter?lang=fr&format=text`);
    expect(fr.headers['x-letter-kind']).toBe('partial-refusal');
    expect(fr.body).toContain('La loi nous oblige à conserver ces renseignements');
    expect(fr.body).toContain(
      `${claims} enregistrement${claims > 1 ? 's' : ''} conservé${claims > 1 ? 's' : ''} : Pièces de facturation, 7 ans (Loi sur l'administration fiscale, art. 35)`,
    );
    const en = await vigie.get(`/api/v1/requests/${id}/letter?lang=en&format=text`);
    expect(en.body).toContain(`kept: Billing records, 7 years (Loi sur l'administration fiscale, art. 35)`);
    expect(en.body).toContain('within 30 days of the refusal');
  });
});
