import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildLetter,
  extendRequest,
  type LetterKind,
  letterToHtml,
  letterToText,
  loadDeadlinePack,
  moveRequest,
  openRequest,
  type RequestKind,
  type RequestRegime,
  type RequestState,
  type RightsRequest,
} from '../../src/index.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const pack = loadDeadlinePack();

const organisation = {
  legalName: 'Clinique Démo & Fils inc.',
  personInCharge: {
    name: 'Louise Demers',
    title: {
      fr: 'Responsable de la protection des renseignements personnels',
      en: 'Person in charge of the protection of personal information',
    },
    email: 'vie-privee@clinique-demo.exemple.ca',
    phone: '418 555-0100',
  },
};

interface Scenario {
  readonly name: string;
  readonly letter: LetterKind;
  readonly regime: RequestRegime;
  readonly kind: RequestKind;
  readonly steps: readonly (readonly [RequestState, string, string?])[];
  readonly extendAt?: string;
  readonly sentAt: string;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'qc-private-acknowledgement',
    letter: 'acknowledgement',
    regime: 'qc-private',
    kind: 'access',
    steps: [],
    sentAt: '2026-03-02T16:00:00Z',
  },
  {
    name: 'qc-private-completion',
    letter: 'completion',
    regime: 'qc-private',
    kind: 'rectification',
    steps: [
      ['in-progress', '2026-03-03T12:00:00Z'],
      ['awaiting-approval', '2026-03-10T12:00:00Z'],
      ['completed', '2026-03-11T12:00:00Z'],
    ],
    sentAt: '2026-03-11T13:00:00Z',
  },
  {
    name: 'qc-public-extension',
    letter: 'extension',
    regime: 'qc-public',
    kind: 'access',
    steps: [['in-progress', '2026-03-03T12:00:00Z']],
    extendAt: '2026-03-20T12:00:00Z',
    sentAt: '2026-03-20T12:00:00Z',
  },
  {
    name: 'qc-private-refusal',
    letter: 'refusal',
    regime: 'qc-private',
    kind: 'cessation-of-dissemination',
    steps: [
      ['in-progress', '2026-03-03T12:00:00Z'],
      ['awaiting-approval', '2026-03-20T12:00:00Z'],
      ['refused', '2026-03-21T12:00:00Z', 'dissemination-criteria-not-met'],
    ],
    sentAt: '2026-03-21T13:00:00Z',
  },
  {
    name: 'pipeda-refusal',
    letter: 'refusal',
    regime: 'pipeda',
    kind: 'access',
    steps: [['refused', '2026-03-05T12:00:00Z', 'third-party-information']],
    sentAt: '2026-03-05T13:00:00Z',
  },
  {
    name: 'gdpr-fr-acknowledgement-awaiting-identity',
    letter: 'acknowledgement',
    regime: 'gdpr-fr',
    kind: 'erasure',
    steps: [['awaiting-identity', '2026-01-31T10:00:00Z']],
    sentAt: '2026-01-31T10:05:00Z',
  },
  {
    name: 'gdpr-fr-partial-refusal',
    letter: 'partial-refusal',
    regime: 'gdpr-fr',
    kind: 'erasure',
    steps: [
      ['in-progress', '2026-02-01T09:00:00Z'],
      ['awaiting-approval', '2026-02-10T09:00:00Z'],
      ['partly-refused', '2026-02-11T09:00:00Z', 'legal-retention-obligation'],
    ],
    sentAt: '2026-02-11T09:30:00Z',
  },
];

function scenarioRequest(s: Scenario): RightsRequest {
  const opened = openRequest(pack, {
    id: 'DEM-2026-0042',
    kind: s.kind,
    regime: s.regime,
    requester: { role: 'self' },
    receivedAt: new Date('2026-01-31T09:00:00Z'),
  });
  if (!opened.ok) throw new Error(opened.code);
  let request = {
    ...opened.request,
    receivedAt: s.regime === 'gdpr-fr' ? opened.request.receivedAt : '2026-03-02T15:00:00.000Z',
  };
  for (const [to, at, reason] of s.steps) {
    const moved = moveRequest(pack, request, to, new Date(at), reason);
    if (!moved.ok) throw new Error(`${s.name}: ${moved.code}`);
    request = moved.request;
  }
  if (s.extendAt) {
    const extended = extendRequest(pack, request, new Date(s.extendAt), {
      fr: 'Le volume des documents à examiner.',
      en: 'The volume of records to review.',
    });
    if (!extended.ok) throw new Error(extended.code);
    request = extended.request;
  }
  return request;
}

function render(s: Scenario, lang: 'fr' | 'en') {
  const built = buildLetter(pack, {
    kind: s.letter,
    lang,
    request: scenarioRequest(s),
    organisation,
    sentAt: new Date(s.sentAt),
  });
  if (!built.ok) throw new Error(built.code);
  return built.letter;
}

/**
 * Every letter compared byte for byte with a reviewed copy. After an intended change,
 * `UPDATE_GOLDEN=1 npx vitest run packages/core/test/requests` rewrites them; read the diff before committing.
 */
describe.each(SCENARIOS)('the letter $name', (s) => {
  it.each([
    ['fr', 'txt'],
    ['en', 'txt'],
    ['fr', 'html'],
    ['en', 'html'],
  ] as const)('in %s as %s matches its reviewed copy', (lang, format) => {
    const letter = render(s, lang);
    const actual = format === 'txt' ? letterToText(letter) : letterToHtml(letter);
    const file = join(GOLDEN, `${s.name}.${lang}.${format}`);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, actual);
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1, then read it`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});

describe('what the law requires in letters', () => {
  const byName = (name: string) => SCENARIOS.find((s) => s.name === name) as Scenario;

  it('states the remedy and its time limit in every refusal', () => {
    expect(letterToText(render(byName('qc-private-refusal'), 'fr'))).toContain(
      "Commission d'accès à l'information du Québec dans les 30 jours qui suivent le refus (P-39.1, art. 43)",
    );
    expect(letterToText(render(byName('pipeda-refusal'), 'en'))).toContain(
      'Office of the Privacy Commissioner of Canada within 6 months of the refusal (PIPEDA, s. 11(3))',
    );
    const gdpr = letterToText(render(byName('gdpr-fr-partial-refusal'), 'en'));
    expect(gdpr).toContain('(GDPR, Art. 12(4) and Art. 77)');
    expect(gdpr).toContain('Seek a judicial remedy');
    expect(gdpr).toContain('GDPR, Art. 17(3)(b)');
  });

  it('gives the new deadline and the right to contest in an extension notice', () => {
    const text = letterToText(render(byName('qc-public-extension'), 'en'));
    expect(text).toContain('We will answer by April 1, 2026 at the latest (A-2.1, s. 98, para. 2)');
    expect(text).toContain('The volume of records to review.');
  });

  it('refuses to write a refusal letter for a request that is not refused, or an extension never given', () => {
    const s = byName('qc-private-acknowledgement');
    const request = scenarioRequest(s);
    const sentAt = new Date(s.sentAt);
    expect(buildLetter(pack, { kind: 'refusal', lang: 'fr', request, organisation, sentAt })).toEqual({
      ok: false,
      code: 'requests.letter-needs-refusal',
    });
    expect(buildLetter(pack, { kind: 'extension', lang: 'fr', request, organisation, sentAt })).toEqual({
      ok: false,
      code: 'requests.letter-needs-extension',
    });
    expect(buildLetter(pack, { kind: 'completion', lang: 'fr', request, organisation, sentAt })).toEqual({
      ok: false,
      code: 'requests.letter-needs-final-state',
    });
  });

  it('escapes the organisation’s words in HTML and declares the language', () => {
    const html = letterToHtml(render(byName('qc-private-acknowledgement'), 'fr'));
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Clinique Démo &amp; Fils inc.');
    expect(html).not.toContain('Démo & Fils');
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });
});
