/// <reference lib="dom" />
// The console's impact-assessment page in Debian's Chromium: a privacy officer sees what the demo declaration calls
// for (the booking platform in Ontario, under P-39.1 s.17, covered by its approved assessment) and the register, and
// opens an assessment's report; an auditor reads the same page. A real server (SQLite store), no mocks.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/src/app/test-support/test-server.js';
import { sqliteTarget } from '../../server/src/db/test-support/store-targets.js';
import { CHROMIUM, launchChromium, newPage, wcagViolations } from './browser-support.js';
import { addOfficerAndAuditor, signInToConsole } from './console-staff.js';

const WEB_ROOT = fileURLToPath(new URL('../dist', import.meta.url));
const OFFICER = 'marie.officer@example.org';
const AUDITOR = 'luc.auditor@example.org';

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
    { email: OFFICER, name: 'Marie Gagnon' },
    { email: AUDITOR, name: 'Luc Roy' },
  );
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the impact-assessment page in Chromium', () => {
  it('shows what the declaration calls for with its provision, the register and a report', async () => {
    const { page, problems } = await newPage(browser, 'en');
    await signInToConsole(page, url, OFFICER, officerSecret);
    await page.getByRole('link', { name: 'Impact assessments' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impact assessments' }).waitFor();
    const triggers = page.getByRole('table', { name: 'Assessments the declaration calls for' });
    const booking = triggers.getByRole('row').filter({ hasText: 'P-39.1, s. 17' }).first();
    await booking.waitFor();
    expect(await booking.textContent()).toContain('efvp-booking (approved)');
    expect(await booking.textContent()).toContain('Covered');
    const register = page.getByRole('table', { name: 'Assessment register' });
    await register.getByRole('row', { name: /PIA of the electronic medical record/ }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect(problems).toEqual([]);

    await page.getByRole('link', { name: 'Report of the assessment PIA of the electronic medical record' }).click();
    await page.getByRole('heading', { level: 1, name: /^Privacy impact assessment: PIA of the electronic/ }).waitFor();
    await page.getByText('No version saved.').waitFor();

    const auditor = await newPage(browser, 'en');
    await signInToConsole(auditor.page, url, AUDITOR);
    await auditor.page.getByRole('link', { name: 'Impact assessments' }).click();
    await auditor.page.getByRole('table', { name: 'Assessment register' }).waitFor();
    expect(auditor.problems).toEqual([]);
  });
});
