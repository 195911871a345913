// A clinic's site on www.clinic.example and two fake trackers on analytics.test-tracker.example and
// ads.test-tracker.example, all served by one node:http server on loopback (Chromium maps the names to it).
// Pages carry a strict nonce-based Content-Security-Policy; the trackers set cookies and record that they ran.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ConsentConfig, ConsentRecordInput } from '../../src/types.js';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const NONCE = 'dGVzdC1ub25jZS12aWdpZQ';

export interface TestSite {
  origin: string;
  port: number;
  /** change it and the next config the SDK fetches is a new version */
  config: ConsentConfig;
  records: ConsentRecordInput[];
  /** the `lang` of each config request */
  configLangs: string[];
  /** hosts of the tracker requests the server saw */
  trackerHits: string[];
  close(): Promise<void>;
}

function readDist(file: string): string {
  try {
    return readFileSync(`${dist}${file}`, 'utf8');
  } catch {
    throw new Error(`packages/consent/dist/${file} is missing: run npm run build -w @vigie/consent first`);
  }
}

export function clinicConfig(): ConsentConfig {
  return {
    version: 'a1b2c3d4e5f60718',
    noticeVersion: '2026-11-01',
    lang: 'fr',
    choiceLifetimeDays: 182,
    endpoint: '/api/v1/consents',
    privacyPolicyUrl: '/politique',
    categories: [
      {
        id: 'essential',
        required: true,
        label: 'Essentiels',
        description: 'Font fonctionner le site : session et sécurité.',
        identifies: false,
        locates: false,
        profiles: false,
        services: [{ name: 'Clinique', cookies: ['session'] }],
      },
      {
        id: 'analytics',
        required: false,
        label: 'Mesure d’audience',
        description: 'Compte les visites pour améliorer le site.',
        identifies: false,
        locates: false,
        profiles: true,
        services: [{ name: 'Google Analytics', cookies: ['_ga', '_ga_*'] }],
      },
      {
        id: 'marketing',
        required: false,
        label: 'Marketing',
        description: 'Montre des publicités selon vos visites.',
        identifies: true,
        locates: true,
        profiles: true,
        services: [
          { name: 'Meta Pixel', cookies: ['_fbp'] },
          { name: 'Google Ads', cookies: ['_gcl_*'] },
        ],
      },
    ],
  };
}

interface Variant {
  lang: 'fr' | 'en';
  sdk: string;
  /** the page links the CSS file and the SDK injects none */
  externalCss?: boolean;
  /** the npm build, imported by a module script and given the config inline */
  esm?: boolean;
}

/** `/` the French build; `/en` the two-locale build on an English page; `/external-css` CSS as its own file. */
const VARIANTS: Record<string, Variant> = {
  '/': { lang: 'fr', sdk: 'vigie-consent.fr.js' },
  '/en': { lang: 'en', sdk: 'vigie-consent.js' },
  '/external-css': { lang: 'fr', sdk: 'vigie-consent.nocss.js', externalCss: true },
  '/esm': { lang: 'fr', sdk: 'vigie-consent.mjs', esm: true },
};

function sdkTags({ sdk, externalCss, esm }: Variant, config: ConsentConfig): string {
  if (esm) {
    const inline = JSON.stringify(config).replace(/</g, '\\u003c');
    return `<script type="module" nonce="${NONCE}">import { init } from '/sdk/${sdk}'; init({ config: ${inline}, nonce: '${NONCE}' });</script>`;
  }
  const css = externalCss ? `<link rel="stylesheet" nonce="${NONCE}" href="/sdk/vigie-consent.css">` : '';
  const external = externalCss ? ' data-css="external"' : '';
  return `<script nonce="${NONCE}" src="/sdk/${sdk}" data-config-url="/api/v1/consent/config"${external}></script>${css}`;
}

function page(port: number, variant: Variant, config: ConsentConfig): string {
  const { lang } = variant;
  const analytics = `http://analytics.test-tracker.example:${port}`;
  const ads = `http://ads.test-tracker.example:${port}`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Clinique du Parc</title>
<script nonce="${NONCE}">window.__ran = [];</script>
<script nonce="${NONCE}" src="/sdk/vigie-consent-stub.js"></script>
${sdkTags(variant, config)}
</head><body>
<main><h1>Clinique du Parc</h1><p>Prenez rendez-vous en ligne.</p>
<script type="text/plain" data-category="analytics" nonce="${NONCE}" src="${analytics}/gtag.js"></script>
<script type="text/plain" data-category="analytics" nonce="${NONCE}">window.__ran.push('analytics-inline');</script>
<script type="text/plain" data-category="marketing" nonce="${NONCE}" src="${ads}/pixel.js"></script>
<iframe data-src="${ads}/frame.html" data-category="marketing" title="Publicité"></iframe>
</main>
<footer><button type="button" data-vigie-consent-open>Gérer mes témoins</button></footer>
</body></html>`;
}

const TRACKERS: Record<string, string> = {
  '/gtag.js':
    "document.cookie='_ga=GA1.1.42;domain=clinic.example;path=/';document.cookie='_ga_XYZ=GS1.1;domain=clinic.example;path=/';window.__ran.push('analytics');",
  '/pixel.js':
    "document.cookie='_fbp=fb.1.42;path=/';document.cookie='_gcl_au=1.1.42;domain=clinic.example;path=/';window.__ran.push('marketing');",
};

export async function startTestSite(): Promise<TestSite> {
  const sdk = {
    'vigie-consent-stub.js': readDist('vigie-consent-stub.js'),
    'vigie-consent.fr.js': readDist('vigie-consent.fr.js'),
    'vigie-consent.js': readDist('vigie-consent.js'),
    'vigie-consent.nocss.js': readDist('vigie-consent.nocss.js'),
    'vigie-consent.css': readDist('vigie-consent.css'),
    'vigie-consent.mjs': readDist('vigie-consent.mjs'),
  };
  const site: Omit<TestSite, 'origin' | 'port' | 'close'> = {
    config: clinicConfig(),
    records: [],
    configLangs: [],
    trackerHits: [],
  };
  let receipts = 0;

  function send(res: ServerResponse, status: number, type: string, body: string, headers = {}): void {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, port: number): Promise<void> {
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (host.endsWith('.test-tracker.example')) {
      site.trackerHits.push(`${host}${path}`);
      const script = TRACKERS[path];
      if (script) return send(res, 200, 'text/javascript', script);
      return send(res, 200, 'text/html', '<!doctype html><title>ad</title><p>ad</p>');
    }
    const variant = VARIANTS[path];
    if (variant) {
      const csp = [
        "default-src 'self'",
        `script-src 'nonce-${NONCE}' 'strict-dynamic'`,
        `style-src 'nonce-${NONCE}'`,
        `frame-src http://ads.test-tracker.example:${port}`,
        "connect-src 'self'",
        "img-src 'self'",
      ].join('; ');
      return send(res, 200, 'text/html; charset=utf-8', page(port, variant, site.config), {
        'content-security-policy': csp,
      });
    }
    const file = path.startsWith('/sdk/') ? sdk[path.slice(5) as keyof typeof sdk] : undefined;
    if (file) return send(res, 200, path.endsWith('.css') ? 'text/css' : 'text/javascript', file);
    if (path === '/api/v1/consent/config') {
      site.configLangs.push(new URL(req.url ?? '/', 'http://x').searchParams.get('lang') ?? '');
      return send(res, 200, 'application/json', JSON.stringify(site.config));
    }
    if (path === '/api/v1/consents' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      site.records.push(JSON.parse(body) as ConsentRecordInput);
      receipts += 1;
      const receipt = { id: `r${receipts}`, recordedAt: new Date().toISOString(), hash: 'ab'.repeat(32) };
      return send(res, 201, 'application/json', JSON.stringify({ receipt }));
    }
    send(res, 404, 'text/plain', 'not found');
  }

  const server = createServer((req, res) => {
    handle(req, res, (server.address() as AddressInfo).port).catch(() => send(res, 500, 'text/plain', 'error'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(site, {
    port,
    origin: `http://www.clinic.example:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
