// WCAG 2.2 AA in real Chromium: the whole flow with the keyboard alone, focus trapped and restored, axe on both
// layers, three equally prominent choices, visible focus, no layout shift, no motion when the visitor asks.
import type { Browser, Page } from 'playwright-core';
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
  site.records.length = 0;
  site.configLangs.length = 0;
});

const BANNER = 'Vos choix de témoins (cookies)';
const CENTER = 'Préférences de témoins';

/** The accessible name (or text) of the focused element, and whether it sits inside the preference center. */
function focused(page: Page): Promise<{ name: string; inCenter: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const name = el?.getAttribute('aria-label') ?? el?.getAttribute('name') ?? el?.textContent?.trim() ?? '';
    return { name, inCenter: Boolean(el?.closest('[aria-modal="true"]')) };
  });
}

describe('keyboard alone', () => {
  it('reaches the banner first, opens, traps, closes with Escape and restores focus, and saves a choice', async () => {
    const { page, problems } = await newPage(browser);
    await page.goto(site.origin);
    await page.getByRole('dialog', { name: BANNER }).waitFor();

    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Tout accepter');
    // a visible focus indicator
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineWidth)).toBe('3px');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Tout refuser');
    // Escape does not dismiss the first layer: a choice is needed
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog', { name: BANNER }).count()).toBe(1);
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Personnaliser');
    await page.keyboard.press('Enter');
    const center = page.getByRole('dialog', { name: CENTER });
    await center.waitFor();
    expect(await focused(page)).toEqual({ name: 'Fermer', inCenter: true });

    // Tab and Shift+Tab never leave the modal dialog
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect((await focused(page)).inCenter).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).inCenter).toBe(true);

    // Escape closes the preference center and gives focus back to Customize; the banner stays
    await page.keyboard.press('Escape');
    expect(await center.count()).toBe(0);
    expect((await focused(page)).name).toBe('Personnaliser');
    expect(await page.getByRole('dialog', { name: BANNER }).count()).toBe(1);

    // choose analytics only, with Space on its switch and Enter on Save
    await page.keyboard.press('Enter');
    await center.waitFor();
    let name = '';
    for (let i = 0; i < 5 && name !== 'analytics'; i++) {
      await page.keyboard.press('Tab');
      name = (await focused(page)).name;
    }
    expect(name).toBe('analytics');
    await page.keyboard.press('Space');
    for (let i = 0; i < 10 && name !== 'Enregistrer mes choix'; i++) {
      await page.keyboard.press('Tab');
      name = (await focused(page)).name;
    }
    expect(name).toBe('Enregistrer mes choix');
    await page.keyboard.press('Enter');
    await expect.poll(() => ran(page)).toEqual(['analytics', 'analytics-inline']);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // the persistent link reopens it; Escape closes and focus returns to the link
    const opener = page.getByRole('button', { name: 'Gérer mes témoins' });
    await opener.focus();
    await page.keyboard.press('Enter');
    await center.waitFor();
    expect(await center.getByRole('switch', { name: 'Mesure d’audience' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-vigie-consent-open'))).toBe(true);
    await expect
      .poll(() => site.records.map((r) => r.choices))
      .toEqual([{ essential: true, analytics: true, marketing: false }]);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('WCAG 2.2 AA', () => {
  it('axe finds no violation on the first layer or the preference center; the layers never shift the page', async () => {
    const { page, problems } = await newPage(browser);
    await page.goto(site.origin);
    const banner = page.getByRole('dialog', { name: BANNER });
    await banner.waitFor();
    expect(await banner.getAttribute('aria-describedby')).toBe('vc-d');
    expect(await wcagViolations(page)).toEqual([]);

    // equally prominent: one element type, same size, same colours
    const looks = await banner.getByRole('button').evaluateAll((buttons) =>
      buttons.map((b) => {
        const style = getComputedStyle(b);
        const box = b.getBoundingClientRect();
        return [
          b.tagName,
          Math.round(box.width),
          Math.round(box.height),
          style.backgroundColor,
          style.color,
          style.fontSize,
        ];
      }),
    );
    expect(looks).toHaveLength(3);
    expect(new Set(looks.map((l) => JSON.stringify(l))).size).toBe(1);

    await page.getByRole('button', { name: 'Personnaliser' }).click();
    const center = page.getByRole('dialog', { name: CENTER });
    await center.waitFor();
    expect(await center.getAttribute('aria-modal')).toBe('true');
    expect(await center.getAttribute('aria-describedby')).toBe('vc-pd');
    for (const summary of await center.locator('summary').all()) await summary.click();
    expect(await wcagViolations(page)).toEqual([]);
    await center.getByRole('button', { name: 'Tout refuser' }).click();

    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('does not animate when the visitor prefers reduced motion', async () => {
    const { page } = await newPage(browser, { reducedMotion: 'reduce' });
    await page.goto(site.origin);
    const banner = page.getByRole('dialog', { name: BANNER });
    await banner.waitFor();
    expect(await banner.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    const moving = await newPage(browser, { reducedMotion: 'no-preference' });
    await moving.page.goto(site.origin);
    const other = moving.page.getByRole('dialog', { name: BANNER });
    await other.waitFor();
    expect(await other.evaluate((el) => getComputedStyle(el).animationName)).toBe('vc-in');
    await page.context().close();
    await moving.page.context().close();
  });
});
