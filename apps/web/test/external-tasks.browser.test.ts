/// <reference lib="dom" />
// The console's tasks panel in Debian's Chromium: a request over the health plan (SQLite) and paper records (a manual
// system); after approval the database has answered and the paper records are a task for staff, which a privacy
// officer completes with a note, closing the request. A real server (SQLite store), a real SMTP server, no mocks.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed, healthPlanDataset } from '../../../packages/connectors/test/contract/health-plan.js';
import { TEST_PASSWORD } from '../../server/src/app/test-support/test-server.js';
import { codeAt } from '../../server/src/modules/auth/test-support/totp-codes.js';
import {
  type FulfilmentServer,
  sqliteHealthPlan,
  startFulfilmentServer,
} from '../../server/src/modules/fulfilment/test-support/fulfilment-server.js';
import { CHROMIUM, launchChromium, newPage, wcagViolations } from './browser-support.js';

const WEB_ROOT = fileURLToPath(new URL('../dist', import.meta.url));
const seed = generateSeed(8);
const ASKER = 5;
const dataset = healthPlanDataset((d) => ({ ...d, system: 'emr', engine: 'sqlite' }));
// A manual system as the declaration loads it: no tables, instructions in both languages.
const paper = {
  id: 'paper-files',
  system: 'emr',
  engine: 'manual' as const,
  tables: [],
  instructions: {
    fr: 'Dossiers papier au 2e étage ; la responsable des archives les traite.',
    en: 'Paper files on the 2nd floor; the records manager handles them.',
  },
};
const OFFICER = 'nadia.officer@example.org';

let dir: string;
let vigie: FulfilmentServer;
let url: string;
let browser: Browser;
let officerSecret: string;

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} must be installed (apt install chromium)`).toBe(true);
  expect(existsSync(`${WEB_ROOT}/index.html`), 'apps/web must be built (npm run build)').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'vigie-web-tasks-'));
  const datasetUrl = await sqliteHealthPlan(join(dir, 'members.sqlite'), dataset, seed);
  vigie = await startFulfilmentServer({ dataset, datasetUrl, webRoot: WEB_ROOT, external: { datasets: [paper] } });
  url = (await vigie.server.app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  const users = vigie.server.auth.users;
  const officer = await users.createUser({
    email: OFFICER,
    displayName: 'Nadia Roy',
    role: 'privacy_officer',
    password: TEST_PASSWORD,
  });
  const enrolment = await users.beginTotpEnrolment(officer.id);
  await users.confirmTotpEnrolment(officer.id, codeAt(enrolment.secret, new Date(Date.now() - 30_000)));
  officerSecret = enrolment.secret;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await vigie?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the tasks panel in Chromium', () => {
  it('shows the paper records as a task for staff with its instructions, and completes it with a note', async () => {
    const id = await vigie.enter('access', ASKER);
    const reference = (await vigie.get(`/api/v1/requests/${id}`)).json().request.reference as string;
    expect((await vigie.post(`/api/v1/requests/${id}/plan`)).statusCode).toBe(200);
    expect((await vigie.post(`/api/v1/requests/${id}/approval`)).statusCode).toBe(202);
    await vigie.server.runJobsOnce();

    const { page, problems } = await newPage(browser, 'en');
    await page.goto(`${url}/console`);
    await page.evaluate(() => localStorage.setItem('vigie.console.lang', 'en'));
    await page.reload();
    await page.getByLabel('Email address', { exact: true }).fill(OFFICER);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('6-digit code').fill(codeAt(officerSecret, new Date()));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('button', { name: `Open request ${reference}` }).click();
    await page.getByRole('heading', { level: 1, name: `Request ${reference}` }).waitFor();

    // The plan names the paper records a task for staff, with where they are; the tasks panel lets staff close it.
    await page.getByRole('heading', { level: 3, name: 'System emr (dataset paper-files)' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Systems Vigie cannot query' }).waitFor();
    expect(await page.getByText('Paper files on the 2nd floor; the records manager handles them.').count()).toBe(2);
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Complete the task' }).click();
    await page.getByText('Write what was done.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByLabel('Outcome').selectOption('done');
    await page.getByLabel('Note (e.g. paper copy mailed on…)').fill('Paper copy mailed to the member today');
    await page.getByRole('button', { name: 'Complete the task' }).click();
    await page.getByText('Note: Paper copy mailed to the member today').waitFor();
    expect(await page.getByRole('button', { name: 'Complete the task' }).count()).toBe(0);
    await expect.poll(async () => (await vigie.get(`/api/v1/requests/${id}`)).json().request.state).toBe('completed');
    expect(await wcagViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
