/// <reference lib="dom" />
// The whole access flow of issue 4 in Debian's Chromium: a person asks in the privacy center, verifies with the
// emailed code, staff plan and approve, the job exports from the organisation's database (the health plan in
// SQLite), and the person saves the package from the emailed link. A real server (SQLite store), a real SMTP server.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateSeed,
  healthPlanDataset,
  rowsOfPerson,
  TABLE_NAMES,
  type TableName,
} from '../../../packages/connectors/test/contract/health-plan.js';
import {
  type FulfilmentServer,
  packageFiles,
  sqliteHealthPlan,
  startFulfilmentServer,
} from '../../server/src/modules/fulfilment/test-support/fulfilment-server.js';
import { CHROMIUM, launchChromium, newPage, wcagViolations } from './browser-support.js';

const WEB_ROOT = fileURLToPath(new URL('../dist', import.meta.url));
// Twelve members with their dependants, policies, claims, payments and communications; member 7 asks.
const seed = generateSeed(12);
const ASKER = 7;
const dataset = healthPlanDataset((d) => ({ ...d, system: 'emr', engine: 'sqlite' }));

interface ExportedTable {
  readonly table: string;
  readonly columns: readonly { readonly name: string }[];
  readonly rows: readonly Record<string, unknown>[];
}

let dir: string;
let vigie: FulfilmentServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} must be installed (apt install chromium)`).toBe(true);
  expect(existsSync(`${WEB_ROOT}/index.html`), 'apps/web must be built (npm run build)').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'vigie-web-access-'));
  const datasetUrl = await sqliteHealthPlan(join(dir, 'members.sqlite'), dataset, seed);
  vigie = await startFulfilmentServer({ dataset, datasetUrl, webRoot: WEB_ROOT });
  url = (await vigie.server.app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await vigie?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the access flow in Chromium', () => {
  it('asks, verifies, is approved, and saves a package holding exactly the person’s seeded rows', async () => {
    const email = `person${ASKER}@example.org`;
    const { page, problems } = await newPage(browser, 'en');

    // The person asks in the privacy center and confirms with the emailed code.
    await page.goto(`${url}/en/request`);
    await page.getByLabel('See my information').check();
    await page.getByLabel('Me, about my own information').check();
    await page.getByLabel('Your name', { exact: true }).fill('Member Seven');
    await page.getByLabel('Your email address', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Send my request' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    const verification = await vigie.smtp.next(email);
    const code = /code\s*:\s*(\d{6})/i.exec(verification.text)?.[1] ?? '';
    const reference = (await page.locator('strong.reference').textContent()) ?? '';
    await page.getByLabel('6-digit code').fill(code);
    await page.getByRole('button', { name: 'Confirm my request' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your request is confirmed' }).waitFor();
    // The acknowledgement letter follows, in the request's language.
    expect((await vigie.smtp.next(email)).text).toContain(
      `Your request for access to personal information (reference ${reference})`,
    );

    // Staff find it in the inbox, plan it against the dataset and approve; the job runs.
    const inbox = await vigie.get('/api/v1/requests?state=in-progress');
    const id = (inbox.json().requests as { id: string; reference: string }[]).find(
      (r) => r.reference === reference,
    )?.id;
    expect(id, 'the verified request is in progress in the inbox').toBeDefined();
    const planned = await vigie.post(`/api/v1/requests/${id}/plan`);
    expect(planned.statusCode).toBe(200);
    expect(planned.json().plan.systems).toMatchObject([{ dataset: 'member-db', ok: true }]);
    expect((await vigie.post(`/api/v1/requests/${id}/approval`)).statusCode).toBe(202);
    expect(await vigie.server.runJobsOnce()).toBe(1);

    // The emailed link opens the download page of the request's language; its token leaves the address bar.
    const ready = await vigie.smtp.next(email);
    const link = /https?:\/\/\S+\/en\/download#[A-Za-z0-9_-]{20,}/.exec(ready.text)?.[0];
    expect(link, 'the email links to the English download page').toBeDefined();
    const { pathname, hash } = new URL(link ?? '');
    await page.goto(`${url}${pathname}${hash}`);
    await page.getByRole('heading', { level: 1, name: 'Download my information' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await wcagViolations(page)).toEqual([]);

    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my information' }).click();
    const download = await saving;
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    await page.getByRole('status').filter({ hasText: 'The file is downloaded' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    // A link that opens nothing (unknown, expired or cut) says so in the page's language, from the API's problem.
    await page.goto(`${url}/fr/telechargement#${'x'.repeat(43)}`);
    await page.getByRole('button', { name: 'Télécharger mes renseignements' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Ce lien de téléchargement n’est pas valide ou a expiré');
    expect(await page.getByRole('button', { name: 'Télécharger mes renseignements' }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    expect(problems).toEqual([]);

    const files = packageFiles(readFileSync(saved));
    const data = JSON.parse(files['data.json'] ?? '{}');
    expect(data.systems).toHaveLength(1);
    const exported = data.systems[0].tables as ExportedTable[];
    const mine = rowsOfPerson(seed, ASKER);
    // Every table the person has rows in, and in each exactly the seeded rows, column for column.
    expect(exported.map((t) => t.table).sort()).toEqual(TABLE_NAMES.filter((t) => mine[t].length > 0).sort());
    for (const table of exported) {
      const seeded = mine[table.table as TableName].map((row) =>
        Object.fromEntries(table.columns.map((c) => [c.name, row[c.name] ?? null])),
      );
      expect([...table.rows].sort((a, b) => Number(a.id) - Number(b.id))).toEqual(seeded);
    }
    // And nothing of anyone else.
    const text = files['data.json'] ?? '';
    for (const other of seed.members.filter((m) => m.id !== ASKER)) {
      expect(text).not.toContain(String(other.email));
      expect(text).not.toContain(String(other.health_card));
    }
  });
});
