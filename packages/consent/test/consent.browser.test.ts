// The SDK in real Chromium on a clinic's page that holds back fake analytics and marketing trackers served from
// other hostnames: nothing before a choice, Consent Mode, accept, refuse, withdrawal, GPC, re-asking.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cspViolations, launchChromium, newPage, type RecordedPage } from './support/browser.js';
import { consentUpdates, dataLayer, ran, storedChoice, trackerRequests } from './support/page-state.js';
import { clinicConfig, startTestSite, type TestSite } from './support/test-site.js';

let browser: Browser;
let site: TestSite;

beforeAll(async () => {
  site = await startTestSite();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

beforeEach(() => {
  site.config = clinicConfig();
  site.records.length = 0;
  site.trackerHits.length = 0;
});

async function visit(options?: Parameters<typeof newPage>[1]): Promise<RecordedPage> {
  const recorded = await newPage(browser, options);
  await recorded.page.goto(site.origin);
  await recorded.page.getByRole('dialog', { name: 'Vos choix de témoins (cookies)' }).waitFor();
  return recorded;
}

async function cookieNames(page: Page): Promise<string[]> {
  return (await page.context().cookies()).map((c) => c.name).sort();
}

async function expectCleanPage({ page, problems }: RecordedPage): Promise<void> {
  expect(problems).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
}

describe('before any choice', () => {
  it('sets no cookie, stores nothing, requests no tracker and says Consent Mode is denied', async () => {
    const visited = await visit();
    const { page, requests } = visited;
    await page.waitForLoadState('networkidle');
    expect(await cookieNames(page)).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(trackerRequests(requests)).toEqual([]);
    expect(site.trackerHits).toEqual([]);
    expect(await ran(page)).toEqual([]);
    expect(await page.locator('iframe[data-category]').getAttribute('src')).toBeNull();
    const layer = await dataLayer(page);
    expect(layer[0]).toEqual([
      'consent',
      'default',
      {
        security_storage: 'granted',
        analytics_storage: 'denied',
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        wait_for_update: 500,
      },
    ]);
    expect(consentUpdates(layer).every((u) => u.analytics_storage === 'denied' && u.ad_storage === 'denied')).toBe(
      true,
    );
    // what profiles, locates or identifies says so, in plain French
    const banner = page.getByRole('dialog', { name: 'Vos choix de témoins (cookies)' });
    await expect
      .poll(() => banner.textContent())
      .toContain('vous identifie · vous localise · établit un profil de vous');
    expect(site.records).toEqual([]);
    await expectCleanPage(visited);
    // the recorder does see violations: a <style> without the nonce is one
    await page.evaluate(() =>
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'p{}' })),
    );
    await expect.poll(() => cspViolations(page)).toEqual([expect.stringContaining('style-src')]);
    await page.context().close();
  });
});

describe('Accept all', () => {
  it('runs the held scripts and iframe, sends the Consent Mode update and records the choice with a receipt', async () => {
    const visited = await visit();
    const { page, requests } = visited;
    await page.getByRole('button', { name: 'Tout accepter' }).click();
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['analytics', 'analytics-inline', 'marketing']));
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => cookieNames(page)).toEqual(['_fbp', '_ga', '_ga_XYZ', '_gcl_au']);
    expect(trackerRequests(requests)).toEqual(
      expect.arrayContaining([expect.stringContaining('/gtag.js'), expect.stringContaining('/pixel.js')]),
    );
    await expect.poll(() => page.locator('iframe[data-category]').getAttribute('src')).toContain('/frame.html');
    const update = consentUpdates(await dataLayer(page)).at(-1);
    expect(update).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      security_storage: 'granted',
    });
    await expect.poll(() => site.records.length).toBe(1);
    const record = site.records[0];
    expect(record).toMatchObject({
      choices: { essential: true, analytics: true, marketing: true },
      method: 'banner',
      configVersion: 'a1b2c3d4e5f60718',
      noticeVersion: '2026-11-01',
    });
    expect(record?.visitorId).toMatch(/^[A-Za-z0-9_-]{22,64}$/);
    await expect.poll(async () => JSON.parse((await storedChoice(page)) ?? '{}').r?.id).toBe('r1');
    const consent = await page.evaluate(() => window.VigieConsent.getConsent());
    expect(consent).toMatchObject({ method: 'banner', gpc: false, receipt: { id: 'r1' } });
    // the next page applies the stored choice at once: no banner, an update from the head stub
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['analytics', 'marketing']));
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(consentUpdates(await dataLayer(page))[0]).toMatchObject({ analytics_storage: 'granted' });
    await expectCleanPage(visited);
    await page.context().close();
  });
});

describe('a ledger that fails', () => {
  it('does not hold the choice back: it applies, is stored, and simply has no receipt', async () => {
    site.config = { ...clinicConfig(), endpoint: '/api/v1/broken' };
    const visited = await visit();
    const { page } = visited;
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/v1/broken'));
    await page.getByRole('button', { name: 'Tout accepter' }).click();
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['analytics', 'marketing']));
    expect((await answer).status()).toBe(404);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(JSON.parse((await storedChoice(page)) ?? '{}')).toMatchObject({ c: { analytics: true }, m: 'banner' });
    expect(JSON.parse((await storedChoice(page)) ?? '{}').r).toBeUndefined();
    await expectCleanPage(visited);
    await page.context().close();
  });
});

describe('Refuse all', () => {
  it('runs nothing, now or on the next page', async () => {
    const visited = await visit();
    const { page, requests } = visited;
    const events = page.evaluate(
      () =>
        new Promise((resolve) =>
          window.addEventListener('vigie:consent', (e) => resolve((e as CustomEvent).detail), { once: true }),
        ),
    );
    await page.getByRole('button', { name: 'Tout refuser' }).click();
    expect(await events).toMatchObject({ choices: { essential: true, analytics: false, marketing: false } });
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await ran(page)).toEqual([]);
    expect(trackerRequests(requests)).toEqual([]);
    expect(await cookieNames(page)).toEqual([]);
    expect(consentUpdates(await dataLayer(page)).at(-1)).toMatchObject({
      analytics_storage: 'denied',
      ad_storage: 'denied',
    });
    await expect
      .poll(() => site.records.map((r) => r.choices))
      .toEqual([{ essential: true, analytics: false, marketing: false }]);
    await expectCleanPage(visited);
    await page.context().close();
  });
});

describe('withdrawal in the preference center', () => {
  it('clears the category’s cookies on the parent domain too, and stops its loads', async () => {
    const visited = await visit();
    const { page, requests } = visited;
    await page.getByRole('button', { name: 'Tout accepter' }).click();
    await expect.poll(() => cookieNames(page)).toEqual(['_fbp', '_ga', '_ga_XYZ', '_gcl_au']);
    await page.getByRole('button', { name: 'Gérer mes témoins' }).click();
    const center = page.getByRole('dialog', { name: 'Préférences de témoins' });
    await center.getByRole('switch', { name: 'Mesure d’audience' }).uncheck();
    await center.getByRole('switch', { name: 'Marketing' }).uncheck();
    await center.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    expect(await cookieNames(page)).toEqual([]);
    expect(await page.locator('iframe[data-category]').getAttribute('src')).toBe('about:blank');
    expect(consentUpdates(await dataLayer(page)).at(-1)).toMatchObject({
      analytics_storage: 'denied',
      ad_storage: 'denied',
    });
    await expect.poll(() => site.records.at(-1)?.method).toBe('preference-center');
    // held elements added later stay held
    const before = trackerRequests(requests).length;
    await page.evaluate((port) => {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.category = 'analytics';
      script.src = `http://analytics.test-tracker.example:${port}/gtag.js?late`;
      document.body.append(script);
    }, site.port);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(trackerRequests(requests).length).toBe(before);
    expect(await ran(page)).toEqual([]);
    expect(await cookieNames(page)).toEqual([]);
    await expectCleanPage(visited);
    await page.context().close();
  });

  it('releases held elements added after a grant (MutationObserver)', async () => {
    const visited = await visit();
    const { page } = visited;
    await page.getByRole('button', { name: 'Personnaliser' }).click();
    await page.getByRole('switch', { name: 'Mesure d’audience' }).check();
    await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    await expect.poll(() => ran(page)).toEqual(['analytics', 'analytics-inline']);
    await page.evaluate(() => {
      for (const category of ['analytics', 'marketing']) {
        const script = document.createElement('script');
        script.type = 'text/plain';
        script.dataset.category = category;
        script.text = `window.__ran.push('late-${category}')`;
        script.nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '';
        document.body.append(script);
      }
    });
    await expect.poll(() => ran(page)).toContain('late-analytics');
    expect(await ran(page)).not.toContain('late-marketing');
    await expectCleanPage(visited);
    await page.context().close();
  });
});

describe('the API', () => {
  it('acceptAll, refuseAll, onChange, getConsent and open', async () => {
    const visited = await visit();
    const { page } = visited;
    await page.evaluate(() => {
      const w = window as unknown as { __changes: unknown[] };
      w.__changes = [];
      window.VigieConsent.onChange((consent) => w.__changes.push(consent.choices));
    });
    await page.evaluate(() => window.VigieConsent.acceptAll());
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['analytics', 'marketing']));
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.evaluate(() => window.VigieConsent.refuseAll());
    expect(await cookieNames(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __changes: unknown[] }).__changes)).toEqual([
      { essential: true, analytics: true, marketing: true },
      { essential: true, analytics: false, marketing: false },
    ]);
    expect(await page.evaluate(() => window.VigieConsent.getConsent()?.method)).toBe('api');
    await expect.poll(() => site.records.map((r) => r.method)).toEqual(['api', 'api']);
    await page.evaluate(() => window.VigieConsent.open());
    await page.getByRole('dialog', { name: 'Préférences de témoins' }).waitFor();
    await expectCleanPage(visited);
    await page.context().close();
  });
});

describe('Global Privacy Control', () => {
  it('denies marketing, says so, and lets an explicit choice in the preference center override it', async () => {
    const visited = await newPage(browser);
    const { page } = visited;
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    );
    await page.goto(site.origin);
    const banner = page.getByRole('dialog', { name: 'Vos choix de témoins (cookies)' });
    await expect.poll(() => banner.textContent()).toContain('Global Privacy Control : le marketing est refusé');
    await page.getByRole('button', { name: 'Tout accepter' }).click();
    await expect.poll(() => ran(page)).toContain('analytics');
    expect(await ran(page)).not.toContain('marketing');
    expect(consentUpdates(await dataLayer(page)).at(-1)).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'denied',
    });
    await expect
      .poll(() => site.records[0])
      .toMatchObject({ gpc: true, choices: { analytics: true, marketing: false } });
    await page.getByRole('button', { name: 'Gérer mes témoins' }).click();
    const center = page.getByRole('dialog', { name: 'Préférences de témoins' });
    expect(await center.textContent()).toContain('Global Privacy Control');
    const marketing = center.getByRole('switch', { name: 'Marketing' });
    expect(await marketing.isChecked()).toBe(false);
    await marketing.check();
    await center.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    await expect.poll(() => ran(page)).toContain('marketing');
    await expect.poll(() => site.records[1]).toMatchObject({ gpc: true, choices: { marketing: true } });
    await expectCleanPage(visited);
    await page.context().close();
  });
});

describe('asking again', () => {
  it('asks again when the config version or the notice version changes, or the choice is too old', async () => {
    const visited = await visit();
    const { page } = visited;
    const banner = page.getByRole('dialog', { name: 'Vos choix de témoins (cookies)' });
    await page.getByRole('button', { name: 'Tout refuser' }).click();
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await banner.count()).toBe(0);

    site.config = { ...clinicConfig(), version: 'ffffffffffffffff' };
    await page.reload();
    await banner.waitFor();
    expect(await page.evaluate(() => window.VigieConsent.getConsent())).toBeNull();
    await page.getByRole('button', { name: 'Tout refuser' }).click();

    site.config = { ...site.config, noticeVersion: '2026-12-01' };
    await page.reload();
    await banner.waitFor();
    await page.getByRole('button', { name: 'Tout refuser' }).click();
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await banner.count()).toBe(0);

    // a choice made 183 days ago, beyond the declared 182-day lifetime
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('vigie-consent') ?? '{}');
      stored.t -= 183 * 86_400_000;
      localStorage.setItem('vigie-consent', JSON.stringify(stored));
    });
    await page.reload();
    await banner.waitFor();
    // and never beyond 13 months, whatever the declaration says
    site.config = { ...site.config, choiceLifetimeDays: 1000 };
    await page.getByRole('button', { name: 'Tout refuser' }).click();
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('vigie-consent') ?? '{}');
      stored.t -= 396 * 86_400_000;
      localStorage.setItem('vigie-consent', JSON.stringify(stored));
    });
    await page.reload();
    await banner.waitFor();
    await expectCleanPage(visited);
    await page.context().close();
  });
});
