/// <reference lib="dom" />
// The console's retention page in Debian's Chromium: a privacy officer sees what the health plan's rules make due in
// its SQLite dataset, asks for a run, and reads its result once the job has run; an auditor reads the same page
// without the button. A real server (SQLite store) and a real dataset file, no mocks.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed } from '../../../packages/connectors/test/contract/health-plan.js';
import { NOW } from '../../../packages/connectors/test/retention/retention-fixture.js';
import { sqliteTarget } from '../../server/src/db/test-support/store-targets.js';
import {
  type RetentionTestServer,
  startRetentionServer,
} from '../../server/src/modules/retention/test-support/retention-server.js';
import { sqliteRetentionDataset } from '../../server/src/modules/retention/test-support/sqlite-retention-dataset.js';
import { CHROMIUM, launchChromium, newPage, wcagViolations } from './browser-support.js';
import { addOfficerAndAuditor, signInToConsole } from './console-staff.js';

const WEB_ROOT = fileURLToPath(new URL('../dist', import.meta.url));
const OFFICER = 'marie.officer@example.org';
const AUDITOR = 'luc.auditor@example.org';

let server: RetentionTestServer;
let url: string;
let browser: Browser;
let officerSecret: string;
let data: Awaited<ReturnType<typeof sqliteRetentionDataset>>;

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} must be installed (apt install chromium)`).toBe(true);
  expect(existsSync(`${WEB_ROOT}/console.html`), 'apps/web must be built (npm run build)').toBe(true);
  data = await sqliteRetentionDataset(generateSeed(20));
  const { dataset } = data;
  server = await startRetentionServer({
    store: sqliteTarget,
    datasets: [dataset],
    urls: { [dataset.id]: data.url },
    now: () => NOW,
    webRoot: WEB_ROOT,
  });
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
  await data?.dispose();
});

describe('the retention page in Chromium', () => {
  it('shows the plan, runs retention on demand and lists the result', async () => {
    const { page, problems } = await newPage(browser, 'en');
    await signInToConsole(page, url, OFFICER, officerSecret);
    await page.getByRole('link', { name: 'Retention' }).click();
    await page.getByRole('heading', { level: 1, name: 'Retention' }).waitFor();
    const plan = page.getByRole('table', { name: 'Due now, per table' });
    const payments = plan.getByRole('row', { name: /member-db \/ payments/ });
    await payments.waitFor();
    expect(await payments.textContent()).toContain('Loi sur les impôts, RLRQ c. I-3, art. 1000');
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Run now' }).click();
    await page
      .getByRole('status')
      .getByText(/Run requested/)
      .waitFor();
    expect(await server.runJobsOnce()).toBe(1);
    await page.reload();
    const runs = page.getByRole('table', { name: 'Last runs' });
    await runs.getByRole('row', { name: /member-db \/ payments/ }).waitFor();
    expect(await runs.getByRole('row', { name: /member-db \/ payments/ }).textContent()).toContain('Done');
    expect(await wcagViolations(page)).toEqual([]);
    expect(problems).toEqual([]);

    const auditor = await newPage(browser, 'en');
    await signInToConsole(auditor.page, url, AUDITOR);
    await auditor.page.getByRole('link', { name: 'Retention' }).click();
    await auditor.page.getByRole('table', { name: 'Last runs' }).waitFor();
    expect(await auditor.page.getByRole('button', { name: 'Run now' }).count()).toBe(0);
    expect(auditor.problems).toEqual([]);
  });
});
