/// <reference lib="dom" />
// Reading what the page did: which held scripts ran, the dataLayer, and the requests to the trackers.
import type { Page } from 'playwright-core';

const TRACKER = /\.test-tracker\.example/;

export function trackerRequests(requests: string[]): string[] {
  return requests.filter((url) => TRACKER.test(url));
}

export function ran(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __ran: string[] }).__ran);
}

/** The dataLayer as arrays (gtag pushes Arguments objects). */
export function dataLayer(page: Page): Promise<unknown[][]> {
  return page.evaluate(() =>
    ((window as unknown as { dataLayer?: ArrayLike<unknown>[] }).dataLayer ?? []).map((entry) => Array.from(entry)),
  );
}

export function consentUpdates(layer: unknown[][]): Record<string, string>[] {
  return layer.filter((e) => e[0] === 'consent' && e[1] === 'update').map((e) => e[2] as Record<string, string>);
}

export function storedChoice(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('vigie-consent'));
}
