/// <reference lib="dom" />
// The callbacks given to page.evaluate run in the browser, with its DOM.
import { existsSync } from 'node:fs';
import axe from 'axe-core';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotice } from '../../src/index.js';
import { loadExample } from './load-example.js';

/** Debian's Chromium, as the e2e tests use; playwright-core does not download browsers. */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = '/tmp/notice-demo.png';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

describe('the demo notice in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} must be installed (apt install chromium)`).toBe(true);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['fr', 'en'] as const)(
    'in %s has no WCAG 2 A or AA violation and loads nothing from elsewhere',
    async (lang) => {
      const html = renderNotice(loadExample('demo'), { lang, format: 'html' });
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const requests: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
      });
      await page.setContent(html, { waitUntil: 'load' });
      expect(requests).toEqual([]);

      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map(({ id, impact, help, nodes }) => ({
          id,
          impact: impact ?? null,
          help,
          nodes: nodes.map((n) => ({ target: n.target as unknown[] })),
        }));
      });
      expect(violations as AxeViolation[]).toEqual([]);

      // The table of contents leads to every section.
      const anchors = await page.$$eval('nav a', (links) => links.map((a) => a.getAttribute('href')));
      for (const anchor of anchors) expect(await page.locator(anchor ?? '#missing').count()).toBe(1);

      if (lang === 'fr') await page.screenshot({ path: SCREENSHOT, fullPage: true });
      await page.close();
    },
  );

  it('fits a phone screen: only the tables scroll sideways, never the page', async () => {
    const html = renderNotice(loadExample('demo'), { lang: 'fr', format: 'html' });
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.setContent(html, { waitUntil: 'load' });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
