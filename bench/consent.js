// Issue #5 figures: the Vigie consent SDK against vanilla-cookieconsent 3.1.0, klaro 0.7.22 and tarteaucitronjs
// 1.34.0, in one run, on the same page, in the same headless Chromium. Each gets an equivalent config (essential,
// analytics and marketing, in French). Measured per library:
//   - gzip -9 size of the JS and CSS the page loads for it (every script and stylesheet response, summed);
//   - time from navigation start to the first layer being visible (an rAF poller checks its box and style);
//   - main-thread time: CDP Performance metrics TaskDuration and ScriptDuration, read 300 ms after the banner
//     shows (the bare page's own figures are printed as a baseline).
// Runs are interleaved (run 1 of every library, then run 2...) so that machine drift hits all alike; medians of
// BENCH_RUNS (default 15) fresh browser contexts. Nothing is written to disk.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = fileURLToPath(new URL('..', import.meta.url));
const SERVED = {
  '/vigie/': join(root, 'packages/consent/dist/'),
  '/nm/': join(root, 'node_modules/'),
};

const PAGE_BODY =
  '<main><h1>Clinique du Parc</h1><p>Prenez rendez-vous en ligne avec nos professionnels de la santé.</p></main>';
const ESSENTIAL = 'Font fonctionner le site : session et sécurité.';
const ANALYTICS = 'Compte les visites pour améliorer le site.';
const MARKETING = 'Montre des publicités selon vos visites.';

const vigieConfig = {
  version: 'a1b2c3d4e5f60718',
  noticeVersion: '2026-11-01',
  lang: 'fr',
  choiceLifetimeDays: 182,
  categories: [
    ['essential', true, 'Essentiels', ESSENTIAL, false, 'Clinique', ['session']],
    ['analytics', false, 'Mesure d’audience', ANALYTICS, true, 'Google Analytics', ['_ga', '_ga_*']],
    ['marketing', false, 'Marketing', MARKETING, true, 'Meta Pixel', ['_fbp']],
  ].map(([id, required, label, description, profiles, service, cookies]) => ({
    id,
    required,
    label,
    description,
    identifies: id === 'marketing',
    locates: false,
    profiles,
    services: [{ name: service, cookies }],
  })),
};

const cookieconsentConfig = {
  // it hides itself from automated browsers (navigator.webdriver) unless told not to
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: {
    default: 'fr',
    translations: {
      fr: {
        consentModal: {
          title: 'Vos choix de témoins (cookies)',
          description:
            'Les témoins essentiels font fonctionner le site. Les autres ne sont activés que si vous les acceptez.',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          showPreferencesBtn: 'Personnaliser',
        },
        preferencesModal: {
          title: 'Préférences de témoins',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          savePreferencesBtn: 'Enregistrer mes choix',
          closeIconLabel: 'Fermer',
          sections: [
            { title: 'Essentiels', description: ESSENTIAL, linkedCategory: 'necessary' },
            { title: 'Mesure d’audience', description: ANALYTICS, linkedCategory: 'analytics' },
            { title: 'Marketing', description: MARKETING, linkedCategory: 'marketing' },
          ],
        },
      },
    },
  },
};

const klaroConfig = {
  lang: 'fr',
  acceptAll: true,
  services: [
    { name: 'google-analytics', title: 'Google Analytics', purposes: ['analytics'] },
    { name: 'meta-pixel', title: 'Meta Pixel', purposes: ['marketing'] },
  ],
};

const tarteaucitronInit = {
  privacyUrl: '',
  hashtag: '#tarteaucitron',
  cookieName: 'tarteaucitron',
  orientation: 'bottom',
  showAlertSmall: false,
  cookieslist: false,
  showIcon: false,
  DenyAllCta: true,
  AcceptAllCta: true,
  highPrivacy: true,
  handleBrowserDNTRequest: false,
  removeCredit: true,
  mandatory: true,
};

const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Each library: what goes in the page head (and at the end of the body), and the selector of its first layer. */
const LIBRARIES = {
  baseline: { head: '', banner: null },
  vigie: {
    head: `<script src="/vigie/vigie-consent-stub.js"></script><script src="/vigie/vigie-consent.fr.js"></script>
<script>VigieConsent.init({ config: ${json(vigieConfig)} });</script>`,
    banner: '.vc-banner',
  },
  'vanilla-cookieconsent 3.1.0': {
    head: `<link rel="stylesheet" href="/nm/vanilla-cookieconsent/dist/cookieconsent.css">
<script src="/nm/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>`,
    // its documented place: run() at the end of the body (it needs document.body)
    tail: `<script>CookieConsent.run(${json(cookieconsentConfig)});</script>`,
    banner: '#cc-main .cm',
  },
  'klaro 0.7.22': {
    head: `<script>window.klaroConfig = ${json(klaroConfig)};</script><script src="/nm/klaro/dist/klaro.js"></script>`,
    banner: '.klaro .cookie-notice',
  },
  'tarteaucitronjs 1.34.0': {
    head: `<script>var tarteaucitronForceLanguage = 'fr';</script>
<script src="/nm/tarteaucitronjs/tarteaucitron.min.js"></script>
<script>tarteaucitron.init(${json(tarteaucitronInit)});
tarteaucitron.user.gtagUa = 'G-TEST'; tarteaucitron.user.facebookpixelId = '1';
(tarteaucitron.job = tarteaucitron.job || []).push('gtag', 'facebookpixel');</script>`,
    banner: '#tarteaucitronAlertBig',
  },
};

function pageFor(name) {
  const { head, tail = '' } = LIBRARIES[name];
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Clinique</title>${head}</head><body>${PAGE_BODY}${tail}</body></html>`;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/page') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(pageFor(url.searchParams.get('lib')));
  }
  for (const [prefix, dir] of Object.entries(SERVED)) {
    if (!url.pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, url.pathname.slice(prefix.length)));
    if (!file.startsWith(dir)) break;
    try {
      const body = readFileSync(file);
      const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      return res.end(body);
    } catch {
      break;
    }
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** One cold visit: bytes loaded, banner visible time, main-thread time. */
async function visit(name) {
  const { banner } = LIBRARIES[name];
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'fr-CA' });
  // nothing leaves the machine (tarteaucitron's services name Google and Meta hosts)
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
  const bodies = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  if (banner) {
    await page.addInitScript((selector) => {
      const check = () => {
        const el = document.querySelector(selector);
        if (el) {
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          if (box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0) {
            window.__visibleAt = performance.now();
            return;
          }
        }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, banner);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${origin}/page?lib=${encodeURIComponent(name)}`, { waitUntil: 'load' });
  const visibleMs = banner
    ? await page
        .waitForFunction(() => window.__visibleAt, null, { timeout: 10_000 })
        .then((handle) => handle.jsonValue())
        .catch((error) => {
          throw new Error(`${name}: its banner (${banner}) never became visible: ${error.message}`);
        })
    : 0;
  await page.waitForTimeout(300);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (key) => (metrics.find((m) => m.name === key)?.value ?? 0) * 1000;
  const loaded = await Promise.all(bodies);
  const gzip = loaded.reduce((sum, body) => sum + (body.length ? gzipSync(body, { level: 9 }).length : 0), 0);
  await context.close();
  return { visibleMs, taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration'), gzip, files: loaded.length };
}

const results = Object.fromEntries(Object.keys(LIBRARIES).map((name) => [name, []]));
for (let run = 0; run < RUNS; run++) {
  for (const name of Object.keys(LIBRARIES)) results[name].push(await visit(name));
}
await browser.close();
server.close();

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(`consent banners: ${RUNS} cold visits each, medians (headless Chromium, loopback)`);
console.log(
  `${'library'.padEnd(28)}${'files'.padStart(6)}${'gzip -9 JS+CSS'.padStart(16)}${'banner visible'.padStart(16)}${'main thread'.padStart(13)}${'script'.padStart(10)}`,
);
for (const [name, runs] of Object.entries(results)) {
  const size = median(runs.map((r) => r.gzip));
  const visible = name === 'baseline' ? '—' : `${median(runs.map((r) => r.visibleMs)).toFixed(1)} ms`;
  console.log(
    `${name.padEnd(28)}${String(median(runs.map((r) => r.files))).padStart(6)}${`${(size / 1024).toFixed(1)} KB`.padStart(16)}${visible.padStart(16)}${`${median(runs.map((r) => r.taskMs)).toFixed(1)} ms`.padStart(13)}${`${median(runs.map((r) => r.scriptMs)).toFixed(1)} ms`.padStart(10)}`,
  );
}
