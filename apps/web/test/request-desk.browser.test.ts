/// <reference lib="dom" />
// The console's request desk in Debian's Chromium: a privacy officer finds a verified request in the inbox, prepares
// its plan against the organisation's database (the health plan in SQLite), approves it and reads the results.
// A real server (SQLite store), a real SMTP server, no mocks.
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
const ASKER = 3;
const dataset = healthPlanDataset((d) => ({ ...d, system: 'emr', engine: 'sqlite' }));
const OFFICER = 'louise.officer@example.org';
const AGENT = 'marc.agent@example.org';

let dir: string;
let vigie: FulfilmentServer;
let url: string;
let browser: Browser;
let officerSecret: string;

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} must be installed (apt install chromium)`).toBe(true);
  expect(existsSync(`${WEB_ROOT}/index.html`), 'apps/web must be built (npm run build)').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'vigie-web-desk-'));
  const datasetUrl = await sqliteHealthPlan(join(dir, 'members.sqlite'), dataset, seed);
  vigie = await startFulfilmentServer({ dataset, datasetUrl, webRoot: WEB_ROOT });
  url = (await vigie.server.app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  // A privacy officer of our own, enrolled on the previous time step so that a code of the current one is no replay.
  const users = vigie.server.auth.users;
  const officer = await users.createUser({
    email: OFFICER,
    displayName: 'Louise Gagnon',
    role: 'privacy_officer',
    password: TEST_PASSWORD,
  });
  const enrolment = await users.beginTotpEnrolment(officer.id);
  await users.confirmTotpEnrolment(officer.id, codeAt(enrolment.secret, new Date(Date.now() - 30_000)));
  officerSecret = enrolment.secret;
  await users.createUser({ email: AGENT, displayName: 'Marc Tremblay', role: 'agent', password: TEST_PASSWORD });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await vigie?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the request desk in Chromium', () => {
  it('lets a privacy officer find a verified request, prepare its plan, approve it and read the results', async () => {
    const id = await vigie.enter('access', ASKER);
    const reference = (await vigie.get(`/api/v1/requests/${id}`)).json().request.reference as string;
    const { page, problems } = await newPage(browser, 'en');
    await page.goto(`${url}/console`);
    await page.evaluate(() => localStorage.setItem('vigie.console.lang', 'en'));
    await page.reload();
    await page.getByLabel('Email address', { exact: true }).fill(OFFICER);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('6-digit code').fill(codeAt(officerSecret, new Date()));
    await page.getByRole('button', { name: 'Verify' }).click();

    // The officer's first page is the inbox; filtered to requests in progress, the verified request is there.
    await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/requests');
    await page.getByLabel('State', { exact: true }).selectOption('in-progress');
    await page.getByLabel('Due status', { exact: true }).selectOption('on-time');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    const open = page.getByRole('button', { name: `Open request ${reference}` });
    await open.waitFor();
    const row = page.getByRole('row').filter({ has: open });
    expect(await row.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['Access', 'In progress', expect.stringMatching(/^On time — \d+ days left$/)]),
    );
    expect(await wcagViolations(page)).toEqual([]);

    // A filter nothing matches says so.
    await page.getByLabel('Due status', { exact: true }).selectOption('overdue');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByText('No request matches these filters.').waitFor();
    await page.getByLabel('Due status', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();

    // The detail: who asks, the clock, no plan yet; the officer prepares it.
    await open.click();
    await page.getByRole('heading', { level: 1, name: `Request ${reference}` }).waitFor();
    expect(await page.getByText(`person${ASKER}@example.org`).count()).toBe(1);
    await page.getByText('No plan has been prepared for this request yet.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Prepare the plan' }).click();
    await page.getByRole('status').filter({ hasText: 'The plan is ready; the request awaits approval.' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'System emr (dataset member-db)' }).waitFor();
    const planTable = page.getByRole('table', { name: 'Rows touched in emr, per table' });
    expect(await planTable.getByRole('row').count()).toBeGreaterThan(1);
    expect(await page.getByText('Awaiting approval', { exact: true }).count()).toBe(1);
    expect(await page.getByText('No system has answered yet.').count()).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);

    // Approval queues the execution once; the job exports from the database, and the results say so.
    await page.getByRole('button', { name: 'Approve and carry out' }).click();
    await page.getByRole('status').filter({ hasText: 'The plan is approved; its execution is queued.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Approve and carry out' }).count()).toBe(0);
    expect(await vigie.server.runJobsOnce()).toBe(1);
    // Back in the inbox the filters are as they were left: the request, now completed, is found under its new state.
    await page.getByRole('button', { name: 'Back to requests' }).click();
    await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    expect(await page.getByLabel('State', { exact: true }).inputValue()).toBe('in-progress');
    await page.getByLabel('State', { exact: true }).selectOption('completed');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByRole('button', { name: `Open request ${reference}` }).click();
    await page.getByRole('heading', { level: 3, name: 'Results per system' }).waitFor();
    await expect.poll(() => page.getByText(/member-db — Done/).count()).toBe(1);
    expect(await page.getByText(/\d+ rows exported/).count()).toBe(1);
    expect(await page.getByText('Completed', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Refuse the request' }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('refuses a request only with a ground, and the refusal shows in the request', async () => {
    const id = await vigie.enter('erasure', ASKER + 1);
    const reference = (await vigie.get(`/api/v1/requests/${id}`)).json().request.reference as string;
    const { page, problems } = await newPage(browser, 'fr');
    await page.goto(`${url}/console`);
    await page.evaluate(() => localStorage.setItem('vigie.console.lang', 'fr'));
    await page.reload();
    await page.getByLabel('Adresse courriel', { exact: true }).fill(OFFICER);
    await page.getByLabel('Mot de passe', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // The previous test used the current step's code; the next step's is not a replay.
    await page.getByLabel('Code à 6 chiffres').fill(codeAt(officerSecret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Valider' }).click();

    await page.getByRole('button', { name: `Ouvrir la demande ${reference}` }).click();
    await page.getByRole('heading', { level: 1, name: `Demande ${reference}` }).waitFor();
    await page.getByRole('button', { name: 'Refuser la demande' }).click();
    await page.getByText('Choisissez le motif du refus.').waitFor();
    expect(await page.getByLabel('Motif du refus').getAttribute('aria-invalid')).toBe('true');
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByLabel('Motif du refus').selectOption('no-information-held');
    await page.getByRole('button', { name: 'Refuser la demande' }).click();
    await page.getByRole('status').filter({ hasText: 'La demande est refusée.' }).waitFor();
    expect(await page.getByText('Aucun renseignement détenu', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Préparer le plan' }).count()).toBe(0);
    expect((await vigie.get(`/api/v1/requests/${id}`)).json().request.state).toBe('refused');
    expect(await wcagViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lets an agent assign a request to themself, find it with the filter, complete it without systems, preview and send the letter', async () => {
    const id = await vigie.enter('access', ASKER + 2);
    const reference = (await vigie.get(`/api/v1/requests/${id}`)).json().request.reference as string;
    const { page, problems } = await newPage(browser, 'en');
    await page.goto(`${url}/console`);
    await page.evaluate(() => localStorage.setItem('vigie.console.lang', 'en'));
    await page.reload();
    // An agent answers requests day to day; the role needs no second factor.
    await page.getByLabel('Email address', { exact: true }).fill(AGENT);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();

    // Nothing is assigned to the officer yet.
    await page.getByLabel('Assigned to', { exact: true }).selectOption('me');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByText('No request matches these filters.').waitFor();

    // The request's stable address (the one reminders link to) opens it directly.
    await page.goto(`${url}/console/requests/${id}`);
    await page.getByRole('heading', { level: 1, name: `Request ${reference}` }).waitFor();
    await page.getByRole('button', { name: 'Assign to me' }).click();
    await page.getByRole('status').filter({ hasText: 'Request assigned to Marc Tremblay.' }).waitFor();
    expect(await page.getByLabel('Assign to', { exact: true }).inputValue()).not.toBe('');
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Back to requests' }).click();
    await page.getByLabel('Assigned to', { exact: true }).selectOption('me');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByRole('button', { name: `Open request ${reference}` }).click();
    expect(new URL(page.url()).pathname).toBe(`/console/requests/${id}`);

    // Nothing to run in the systems: the request is completed straight from in progress.
    await page.getByRole('button', { name: /^Complete without running anything in the systems/ }).click();
    await page.getByRole('status').filter({ hasText: 'The request is now: Completed.' }).waitFor();
    expect((await vigie.get(`/api/v1/requests/${id}`)).json().request.state).toBe('completed');

    // The answer, previewed in the page in English and in French, then emailed.
    const preview = page.getByRole('article', { name: 'Letter preview: Answer' });
    await page.getByLabel('English', { exact: true }).check();
    await preview.getByText(/We have acted on your request for access/).waitFor();
    await page.getByLabel('French', { exact: true }).check();
    await preview.getByText(/Nous avons donné suite à votre demande d'accès/).waitFor();
    expect(await preview.getAttribute('lang')).toBe('fr');
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Email the letter' }).click();
    await page.getByRole('status').filter({ hasText: 'The letter was sent to the requester.' }).waitFor();
    await page.getByText(/^Answer \(French\) — /).waitFor();

    // The request's journal lists what was done, newest first.
    const journal = page.getByRole('table', { name: 'What was done with this request, newest first' });
    await expect.poll(() => journal.getByText('requests.letter_sent.completion').count()).toBe(1);
    expect(await journal.getByText('requests.assign', { exact: true }).count()).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
