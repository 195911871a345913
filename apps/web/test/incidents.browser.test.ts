/// <reference lib="dom" />
// The console's incident register in Debian's Chromium: a privacy officer reports an incident, decides the risk is
// serious, completes the facts, reads the notice to the CAI and records it sent; an auditor reads the register
// without a form. A real server (SQLite store), no mocks.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/src/app/test-support/test-server.js';
import { sqliteTarget } from '../../server/src/db/test-support/store-targets.js';
import { CHROMIUM, launchChromium, newPage, wcagViolations } from './browser-support.js';
import { addOfficerAndAuditor, signInToConsole } from './console-staff.js';

const WEB_ROOT = fileURLToPath(new URL('../dist', import.meta.url));
const OFFICER = 'helene.officer@example.org';
const AUDITOR = 'paul.auditor@example.org';

let server: TestServer;
let url: string;
let browser: Browser;
let officerSecret: string;

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} must be installed (apt install chromium)`).toBe(true);
  expect(existsSync(`${WEB_ROOT}/console.html`), 'apps/web must be built (npm run build)').toBe(true);
  server = await startTestServer(sqliteTarget, { webRoot: WEB_ROOT });
  url = (await server.app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  officerSecret = await addOfficerAndAuditor(
    server,
    { email: OFFICER, name: 'Hélène Côté' },
    { email: AUDITOR, name: 'Paul Roy' },
  );
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the incident register in Chromium', () => {
  it('takes an incident from report to a recorded notice to the CAI, and lets an auditor only read', async () => {
    const { page, problems } = await newPage(browser, 'en');
    await signInToConsole(page, url, OFFICER, officerSecret);
    await page.getByRole('link', { name: 'Incidents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Confidentiality incidents' }).waitFor();
    await page.getByText('No incident is in the register.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    // A report without a nature is refused in the form; with one, the incident opens at its own address.
    await page.getByRole('button', { name: 'Add to the register' }).click();
    await page.getByText('Choose at least one nature.').waitFor();
    await page.getByLabel('Loss', { exact: true }).check();
    await page.getByLabel('Personal information concerned').fill('Lab results of 40 patients');
    await page.getByLabel('Circumstances').fill('A USB key was lost on the bus');
    await page.getByRole('button', { name: 'Add to the register' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^INC-\d{4}-[0-9A-F]{6}$/ });
    await heading.waitFor();
    const reference = (await heading.textContent()) ?? '';
    expect(new URL(page.url()).pathname).toMatch(/^\/console\/incidents\/[0-9a-f-]{36}$/);
    const clocks = page.getByRole('region', { name: 'Notices and deadlines' });
    await clocks
      .getByText(/Commission d’accès à l’information — To do · Due: .* \(internal target, until the risk is assessed\)/)
      .waitFor();
    await page.getByText(/^Commission d’accès à l’information — Missing: /).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    // The decision, then the facts the notice to the CAI requires.
    await page.getByLabel('Sensitivity of the information').fill('Laboratory results');
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByLabel('Reasons for the decision').fill('Health information, not encrypted');
    await page.getByRole('button', { name: 'Save the decision' }).click();
    await page.getByText(/^Serious injury — Health information, not encrypted/).waitFor();
    await page.getByLabel('Date of the incident (YYYY-MM-DD HH:MM, UTC)').fill('2026-01-05 08:30');
    await page.getByLabel('Number of persons concerned').fill('40');
    await page.getByLabel('Of whom Quebec residents').fill('40');
    await page.getByLabel('The date and the numbers are estimates').check();
    await page.getByLabel('Measures taken or planned').fill('Key reported lost to the bus company');
    await page.getByLabel('Steps the persons can take').fill('Nothing is required of you');
    await page.getByLabel('Notice to the persons: how and when').fill('Letters within a week');
    await page.getByLabel('Other authorities notified').fill('None');
    await page.getByLabel('Contact person').fill('Privacy officer, 418 555 0100');
    await page.getByRole('button', { name: 'Save the facts' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // The notice to the CAI is complete and written; sending it is recorded and stops its clock.
    await page.getByRole('button', { name: 'Write the notice: Commission d’accès à l’information' }).click();
    const notice = page.locator('pre.incident-notice');
    await notice.waitFor();
    for (const words of ['Lab results of 40 patients', 'about 40', '1234567890', 'Health information, not encrypted'])
      expect(await notice.textContent()).toContain(words);
    await page.getByLabel('Notice', { exact: true }).selectOption('cai');
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Notice recorded; its deadline is stopped.' }).waitFor();
    await clocks.getByText(/^Commission d’accès à l’information — Done · Sent on /).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect(problems).toEqual([]);

    // The auditor reads the register and the incident, with no form to change them.
    const auditor = await newPage(browser, 'en');
    await signInToConsole(auditor.page, url, AUDITOR);
    await auditor.page.getByRole('heading', { level: 1, name: 'Confidentiality incidents' }).waitFor();
    expect(await auditor.page.getByRole('button', { name: 'Add to the register' }).count()).toBe(0);
    await auditor.page.getByRole('button', { name: `Open incident ${reference}` }).click();
    await auditor.page.getByRole('heading', { level: 1, name: reference }).waitFor();
    await auditor.page.getByText(/^Serious injury — /).waitFor();
    await auditor.page.getByText('Laboratory results', { exact: true }).waitFor();
    expect(await auditor.page.getByRole('button', { name: 'Save the decision' }).count()).toBe(0);
    expect(await auditor.page.getByRole('button', { name: 'Record', exact: true }).count()).toBe(0);
    expect(await wcagViolations(auditor.page)).toEqual([]);
    expect(auditor.problems).toEqual([]);
  });
});
