/// <reference lib="dom" />
// The privacy center's request form and verification page, driven in Debian's Chromium against a real Vigie server
// over SQLite that sends its mail to a real SMTP server (smtp-server) on 127.0.0.1.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDeclaration, testConfig } from '../../server/src/app/test-support/test-server.js';
import { sqliteTarget } from '../../server/src/db/test-support/store-targets.js';
import { type SmtpCapture, startSmtpCapture } from '../../server/src/modules/requests/test-support/smtp-capture.js';
import { createServer, type VigieServer } from '../../server/src/server.js';
import { CHROMIUM, launchChromium, newPage, wcagViolations } from './browser-support.js';

const WEB_ROOT = fileURLToPath(new URL('../dist', import.meta.url));

type Lang = 'fr' | 'en';

interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

let smtp: SmtpCapture;
let server: RunningServer;
let withoutMail: RunningServer;
let browser: Browser;
let people = 0;

/** A server over a fresh SQLite store serving apps/web/dist, sending mail to `smtpUrl` when given. */
async function startServer(smtpUrl?: string): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-web-requests-'));
  const store = await sqliteTarget.create();
  const mail: Record<string, string> =
    smtpUrl === undefined ? {} : { SMTP_URL: smtpUrl, VIGIE_MAIL_FROM: 'privacy@clinique-demo.example' };
  const vigie: VigieServer = await createServer({
    config: testConfig(store.database, dir, { LOG_LEVEL: 'warn', ...mail }),
    declaration: demoDeclaration(),
    webRoot: WEB_ROOT,
  });
  const url = (await vigie.app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  return {
    url,
    async close() {
      await vigie.close();
      await store.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function person() {
  people += 1;
  return { name: `Émilie Tremblay-${people}`, email: `emilie.tremblay.${people}@example.net` };
}

// The words each step shows, per language, as a person reads them.
const WORDS = {
  fr: {
    form: '/fr/demande',
    title: 'Faire une demande',
    online: 'Faire une demande en ligne',
    access: 'Consulter mes renseignements',
    heir: 'Un héritier ou un successible d’une personne décédée',
    self: 'Moi, pour mes propres renseignements',
    represented: 'Nom de la personne concernée',
    name: 'Votre nom',
    email: 'Votre adresse courriel',
    details: 'Précisions (facultatif)',
    region: 'Où habitez-vous ? (facultatif)',
    submit: 'Envoyer ma demande',
    kindRequired: 'Choisissez ce que vous demandez.',
    representedRequired: 'Entrez le nom de la personne concernée.',
    check: 'Vérifiez vos courriels',
    code: 'Code à 6 chiffres',
    confirm: 'Confirmer ma demande',
    renew: 'Envoyer un nouveau code',
    invalidCode: 'Ce code n’est pas valide',
    verified: 'Votre demande est confirmée',
    processing: 'est en cours de traitement',
    noMail: 'l’envoi de courriels n’est pas configuré',
  },
  en: {
    form: '/en/request',
    title: 'Make a request',
    online: 'Make a request online',
    access: 'See my information',
    heir: 'An heir or successor of a person who has died',
    self: 'Me, about my own information',
    represented: 'Name of the person concerned',
    name: 'Your name',
    email: 'Your email address',
    details: 'Details (optional)',
    region: 'Where do you live? (optional)',
    submit: 'Send my request',
    kindRequired: 'Choose what you are asking for.',
    representedRequired: 'Enter the name of the person concerned.',
    check: 'Check your email',
    code: '6-digit code',
    confirm: 'Confirm my request',
    renew: 'Send a new code',
    invalidCode: 'This code is not valid',
    verified: 'Your request is confirmed',
    processing: 'is being processed',
    noMail: 'sending email is not configured',
  },
} as const;

/** The code and the link's fragment from the verification mail to `email`. */
async function verificationMail(email: string): Promise<{ code: string; fragment: string; reference: string }> {
  const mail = await smtp.next(email);
  const code = /code\s*:\s*(\d{6})/.exec(mail.text)?.[1];
  const fragment = /\/verification#(reference=[^\s&]+&token=[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  const reference = /reference=([^\s&]+)/.exec(fragment ?? '')?.[1];
  if (code === undefined || fragment === undefined || reference === undefined) {
    throw new Error('no code or link in the mail');
  }
  return { code, fragment, reference: decodeURIComponent(reference) };
}

/** Fills the form for an access request by the person themself. */
async function fillAccessRequest(page: Page, lang: Lang, who: { name: string; email: string }): Promise<void> {
  const w = WORDS[lang];
  await page.getByLabel(w.access).check();
  await page.getByLabel(w.name, { exact: true }).fill(who.name);
  await page.getByLabel(w.email, { exact: true }).fill(who.email);
  await page.getByLabel(w.details).fill('Mon dossier dentaire 7731');
  await page.getByLabel(w.region).selectOption('QC');
}

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} must be installed (apt install chromium)`).toBe(true);
  expect(existsSync(`${WEB_ROOT}/index.html`), 'apps/web must be built (npm run build)').toBe(true);
  smtp = await startSmtpCapture();
  server = await startServer(smtp.url);
  withoutMail = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await withoutMail?.close();
  await smtp?.close();
});

describe('the request form', () => {
  it.each(['fr', 'en'] as const)(
    'in %s: reached from the home page, checked, sent, confirmed with the emailed code, with no WCAG 2.2 AA violation',
    async (lang) => {
      const w = WORDS[lang];
      const who = person();
      const { page, problems } = await newPage(browser, lang);
      await page.goto(`${server.url}/${lang}`);
      await page.getByRole('link', { name: w.online }).click();
      await page.getByRole('heading', { level: 1, name: w.title }).waitFor();
      expect(new URL(page.url()).pathname).toBe(w.form);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      // The eleven kinds, each with its one-line help read with it.
      expect(await page.getByRole('radio').count()).toBe(11 + 5);
      expect(await page.getByLabel(w.access).getAttribute('aria-describedby')).toBe('kind-access-help');
      expect(await wcagViolations(page)).toEqual([]);

      // Nothing chosen: the error sits under the question and focus goes to it.
      await page.getByRole('button', { name: w.submit }).click();
      await expect.poll(() => page.getByText(w.kindRequired).count()).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('kind-access');
      // Someone else applies: the person concerned must be named.
      await page.getByLabel(w.access).check();
      await page.getByLabel(w.heir).check();
      await page.getByLabel(w.name, { exact: true }).fill(who.name);
      await page.getByLabel(w.email, { exact: true }).fill(who.email);
      await page.getByRole('button', { name: w.submit }).click();
      await expect.poll(() => page.getByText(w.representedRequired).count()).toBe(1);
      const represented = page.getByLabel(w.represented);
      expect(await represented.getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('represented-name');
      expect(await wcagViolations(page)).toEqual([]);

      await page.getByLabel(w.self).check();
      await fillAccessRequest(page, lang, who);
      await page.getByRole('button', { name: w.submit }).click();
      await page.getByRole('heading', { level: 1, name: w.check }).waitFor();
      const mail = await verificationMail(who.email);
      expect(await page.locator('strong.reference').textContent()).toBe(mail.reference);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await wcagViolations(page)).toEqual([]);

      // A wrong code: the one message, under the code field.
      const wrong = mail.code === '000000' ? '111111' : '000000';
      await page.getByLabel(w.code).fill(wrong);
      await page.getByRole('button', { name: w.confirm }).click();
      await expect.poll(() => page.locator('#verification-code-error').textContent()).toContain(w.invalidCode);
      expect(await wcagViolations(page)).toEqual([]);

      await page.getByLabel(w.code).fill(mail.code);
      await page.getByRole('button', { name: w.confirm }).click();
      await page.getByRole('heading', { level: 1, name: w.verified }).waitFor();
      expect(await page.getByRole('status').textContent()).toContain(`${mail.reference} ${w.processing}`);
      expect(await wcagViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it('sends a new code on demand, which confirms the request on the verification page opened without the link', async () => {
    const w = WORDS.en;
    const who = person();
    const { page } = await newPage(browser, 'en');
    await page.goto(`${server.url}${w.form}`);
    await fillAccessRequest(page, 'en', who);
    await page.getByRole('button', { name: w.submit }).click();
    await page.getByRole('heading', { level: 1, name: w.check }).waitFor();
    const first = await verificationMail(who.email);
    await page.getByRole('button', { name: w.renew }).click();
    const second = await verificationMail(who.email);
    expect(second.reference).toBe(first.reference);
    await expect.poll(() => page.getByRole('status').count()).toBe(1);

    // Later, from the page the email names, without the link: the reference and the new code.
    const { page: verification } = await newPage(browser, 'en');
    await verification.goto(`${server.url}/en/verification`);
    await verification.getByLabel('Request number').fill(second.reference);
    await verification.getByLabel(w.code).fill(second.code);
    expect(await wcagViolations(verification)).toEqual([]);
    await verification.getByRole('button', { name: w.confirm }).click();
    await verification.getByRole('heading', { level: 1, name: w.verified }).waitFor();
    await verification.context().close();
    await page.context().close();
  });

  it('says plainly that online requests are unavailable when the server cannot send email', async () => {
    const w = WORDS.fr;
    const { page } = await newPage(browser, 'fr');
    await page.goto(`${withoutMail.url}${w.form}`);
    await fillAccessRequest(page, 'fr', person());
    await page.getByRole('button', { name: w.submit }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(w.noMail);
    // The form stays as filled, so nothing typed is lost.
    expect(await page.getByLabel(w.name, { exact: true }).inputValue()).toMatch(/^Émilie Tremblay-/);
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the verification page', () => {
  it.each(['fr', 'en'] as const)(
    'in %s confirms the request from the emailed link, then takes the token out of the address',
    async (lang) => {
      const w = WORDS[lang];
      const who = person();
      const { page, problems } = await newPage(browser, lang);
      await page.goto(`${server.url}${w.form}`);
      await fillAccessRequest(page, lang, who);
      await page.getByRole('button', { name: w.submit }).click();
      await page.getByRole('heading', { level: 1, name: w.check }).waitFor();
      const mail = await verificationMail(who.email);

      const link = await newPage(browser, lang);
      await link.page.goto(`${server.url}/${lang}/verification#${mail.fragment}`);
      await link.page.getByRole('heading', { level: 1, name: w.verified }).waitFor();
      expect(await link.page.getByRole('status').textContent()).toContain(mail.reference);
      const address = new URL(link.page.url());
      expect([address.pathname, address.hash]).toEqual([`/${lang}/verification`, '']);
      expect(await link.page.getAttribute('html', 'lang')).toBe(lang);
      expect(await wcagViolations(link.page)).toEqual([]);
      expect([...problems, ...link.problems]).toEqual([]);

      // The link is spent: opened again, it offers the code form with the one message.
      const again = await newPage(browser, lang);
      await again.page.goto(`${server.url}/${lang}/verification#${mail.fragment}`);
      await again.page.getByLabel(w.code).waitFor();
      expect(await again.page.getByRole('alert').count()).toBe(1);
      expect(await wcagViolations(again.page)).toEqual([]);
      for (const context of [page, link.page, again.page]) await context.context().close();
    },
  );
});
