/// <reference lib="dom" />
// A representative's request with a proof of capacity, in Debian's Chromium: the file is chosen in the privacy
// center's form (a renamed executable is refused by the server and the refusal shows under the field), then an
// agent finds it in the console, downloads it and records the check of the identity document. A real server over
// SQLite, a real SMTP server, no mocks.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDeclaration, TEST_PASSWORD, testConfig } from '../../server/src/app/test-support/test-server.js';
import { sqliteTarget } from '../../server/src/db/test-support/store-targets.js';
import { type SmtpCapture, startSmtpCapture } from '../../server/src/modules/requests/test-support/smtp-capture.js';
import { createServer, type VigieServer } from '../../server/src/server.js';
import { CHROMIUM, launchChromium, newPage, wcagViolations } from './browser-support.js';

const WEB_ROOT = fileURLToPath(new URL('../dist', import.meta.url));
const AGENT = 'nadia.agent@example.org';
const PROOF = Buffer.from(
  '%PDF-1.4\n% Mandat de protection homologué\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
/** A Windows executable (MZ header) given a PDF's name. */
const RENAMED_EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(64, 0)]);

let dir: string;
let store: Awaited<ReturnType<typeof sqliteTarget.create>>;
let smtp: SmtpCapture;
let vigie: VigieServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} must be installed (apt install chromium)`).toBe(true);
  expect(existsSync(`${WEB_ROOT}/index.html`), 'apps/web must be built (npm run build)').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'vigie-web-attachments-'));
  store = await sqliteTarget.create();
  smtp = await startSmtpCapture();
  vigie = await createServer({
    config: testConfig(store.database, dir, {
      LOG_LEVEL: 'warn',
      SMTP_URL: smtp.url,
      VIGIE_MAIL_FROM: 'privacy@clinique-demo.example',
    }),
    declaration: demoDeclaration(),
    webRoot: WEB_ROOT,
  });
  url = (await vigie.app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  await vigie.auth.users.createUser({ email: AGENT, displayName: 'Nadia Roy', role: 'agent', password: TEST_PASSWORD });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await vigie?.close();
  await smtp?.close();
  await store?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('attachments of a rights request in Chromium', () => {
  it('takes a mandatary’s proof of capacity, refuses a renamed executable, and shows the proof to an agent', async () => {
    const { page, problems } = await newPage(browser, 'en');
    await page.goto(`${url}/en/request`);
    await page.getByLabel('See my information').check();
    // The person themself is not asked for a proof; a mandatary is.
    expect(await page.getByLabel('Proof of your capacity as a representative').count()).toBe(0);
    await page.getByLabel('A mandatary (power of attorney or protection mandate)').check();
    const proof = page.getByLabel('Proof of your capacity as a representative');
    await proof.waitFor();
    expect(await proof.getAttribute('aria-describedby')).toBe('proof-of-capacity-hint');
    await page.getByLabel('Name of the person concerned').fill('Rose Gagnon');
    await page.getByLabel('Your name', { exact: true }).fill('Paul Gagnon');
    await page.getByLabel('Your email address', { exact: true }).fill('paul.gagnon@example.net');
    expect(await wcagViolations(page)).toEqual([]);

    // No proof: the form says so under the field and puts focus on it.
    await page.getByRole('button', { name: 'Send my request' }).click();
    await page.getByText('Attach a document proving that you can act for the person concerned.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('proof-of-capacity');
    expect(await proof.getAttribute('aria-invalid')).toBe('true');
    expect(await wcagViolations(page)).toEqual([]);

    // An executable named like a PDF passes the page's check of the name; the server reads the bytes and refuses it.
    await proof.setInputFiles({ name: 'mandate.pdf', mimeType: 'application/pdf', buffer: RENAMED_EXE });
    await page.getByRole('button', { name: 'Send my request' }).click();
    await expect
      .poll(() => page.locator('#proof-of-capacity-error').textContent())
      .toContain('Attachment 1 ("mandate.pdf") is refused: it is not a PDF');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('proof-of-capacity');
    expect(await wcagViolations(page)).toEqual([]);

    await proof.setInputFiles({ name: 'mandat-Rose-Gagnon.pdf', mimeType: 'application/pdf', buffer: PROOF });
    await page.getByRole('button', { name: 'Send my request' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    const reference = (await page.locator('strong.reference').textContent()) ?? '';
    expect(reference).toMatch(/^R-/);
    await smtp.next('paul.gagnon@example.net');
    expect(problems).toEqual([]);
    await page.context().close();

    // The agent opens the request: the proof is listed, downloads as sent, and the ID check moves the request on.
    const desk = await newPage(browser, 'en');
    const staff = desk.page;
    await staff.goto(`${url}/console`);
    await staff.evaluate(() => localStorage.setItem('vigie.console.lang', 'en'));
    await staff.reload();
    await staff.getByLabel('Email address', { exact: true }).fill(AGENT);
    await staff.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('button', { name: `Open request ${reference}` }).click();
    await staff.getByRole('heading', { level: 2, name: 'Attachments' }).waitFor();
    const table = staff.getByRole('table', { name: 'Documents attached to the request' });
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: 'mandat-Rose-Gagnon.pdf' });
    expect(await row.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['Proof of capacity as a representative', 'application/pdf', '1 KiB']),
    );
    expect(await staff.getByText('No identity document has been checked for this request yet.').count()).toBe(1);
    expect(await wcagViolations(staff)).toEqual([]);

    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('link', { name: 'Download mandat-Rose-Gagnon.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mandat-Rose-Gagnon.pdf');
    const saved = await download.path();
    expect(readFileSync(saved).equals(PROOF)).toBe(true);

    await staff.getByRole('button', { name: 'Record the check' }).click();
    await staff.getByText('Choose the outcome of the check.').waitFor();
    await staff.getByLabel('Confirmed: the document establishes the requester’s identity').check();
    await staff.getByLabel('Note (optional)').fill('Mandat homologué vu');
    await staff.getByRole('button', { name: 'Record the check' }).click();
    await staff.getByRole('status').filter({ hasText: 'The check is recorded: identity confirmed.' }).waitFor();
    await expect.poll(() => staff.getByText(/^Identity document checked: identity confirmed on /).count()).toBe(1);
    await expect.poll(() => staff.getByText('In progress', { exact: true }).count()).toBeGreaterThan(0);
    expect(await wcagViolations(staff)).toEqual([]);
    expect(desk.problems).toEqual([]);
    await staff.context().close();
  });
});
