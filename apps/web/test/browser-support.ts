/// <reference lib="dom" />
// What every browser test of the web app shares: Chromium, axe's WCAG 2.2 A/AA rules, and pages that record
// Content-Security-Policy violations and script errors.
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** axe with the WCAG 2.2 A and AA rules; injected through the debugging protocol, which the page's CSP allows. */
export async function wcagViolations(page: Page): Promise<unknown[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }));
  });
}

/** A page in its own context that records any Content-Security-Policy violation or script error. */
export async function newPage(browser: Browser, lang: 'fr' | 'en'): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    locale: lang === 'fr' ? 'fr-CA' : 'en-CA',
    viewport: { width: 1200, height: 900 },
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}
