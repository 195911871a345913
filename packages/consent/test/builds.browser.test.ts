// The other builds in real Chromium, each under the same strict CSP: the two-locale build on an English page, the
// build without CSS beside its stylesheet, and the npm (ESM) build given its config inline.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cspViolations, launchChromium, newPage, wcagViolations } from './support/browser.js';
import { ran } from './support/page-state.js';
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
  site.configLangs.length = 0;
});

const BANNER = 'Vos choix de témoins (cookies)';

describe('in English', () => {
  it('the two-locale build speaks the page’s language and asks the server for the English config', async () => {
    const { page, problems } = await newPage(browser, { locale: 'en-CA' });
    site.configLangs.length = 0;
    await page.goto(`${site.origin}/en`);
    const banner = page.getByRole('dialog', { name: 'Your cookie choices' });
    await banner.waitFor();
    expect(await banner.getByRole('button').allTextContents()).toEqual(['Accept all', 'Refuse all', 'Customize']);
    expect(await banner.textContent()).toContain('identifies you · locates you · builds a profile of you');
    expect(site.configLangs).toEqual(['en']);
    await page.getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('CSS as a separate file', () => {
  it('the build without CSS injects no <style> and the linked stylesheet lays the banner out', async () => {
    const { page, problems } = await newPage(browser);
    await page.goto(`${site.origin}/external-css`);
    const banner = page.getByRole('dialog', { name: BANNER });
    await banner.waitFor();
    expect(await banner.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(await page.locator('style').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the npm build', () => {
  it('imported by a module script with the config inline, it works under the same strict CSP', async () => {
    const { page, problems } = await newPage(browser);
    await page.goto(`${site.origin}/esm`);
    await page.getByRole('dialog', { name: BANNER }).waitFor();
    expect(site.configLangs).not.toContain('fr');
    await page.getByRole('button', { name: 'Tout accepter' }).click();
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['analytics', 'marketing']));
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });
});
