import type { NoticeModel } from '../model/types.js';
import { SECTION_IDS, type SectionId } from '../section-ids.js';
import { same } from './match.js';
import type { NoticeChange } from './types.js';

/** The part of the model each section shows, to notice changes that no specific comparison describes. */
const SHOWN: Record<SectionId, (m: NoticeModel) => unknown> = {
  'who-we-are': (m) => [m.organisation, m.personInCharge, m.dpo, m.representative, m.jointControllers],
  collection: (m) => m.collection,
  purposes: (m) => m.purposes.map(({ automatedDecision, reliesOnConsent, concernsMinors, ...shown }) => shown),
  consent: (m) => m.purposes.filter((p) => p.reliesOnConsent).map((p) => p.id),
  'automated-decisions': (m) => m.purposes.flatMap((p) => (p.automatedDecision ? [[p.id, p.automatedDecision]] : [])),
  minors: (m) => ({ ...m.minors, purposes: undefined }),
  cookies: (m) => [m.cookies, m.consentBanner],
  recipients: (m) => [m.recipients, m.staffAccess],
  transfers: (m) => m.transfers,
  retention: (m) => [m.retention, m.purposesWithoutRetention],
  security: (m) => m.security,
  rights: (m) => m.rights && { ...m.rights, complaints: undefined },
  complaints: (m) => [m.rights?.complaints, m.authorities],
  changes: (m) => m.policy,
};

/** The sections a specific change accounts for: a purpose also appears in the consent, minors and retention lists. */
function sectionsOf(change: NoticeChange): readonly SectionId[] {
  const { kind } = change;
  if (kind === 'section-updated') return [change.section];
  if (kind === 'policy-version') return ['changes'];
  if (kind === 'purpose-added' || kind === 'purpose-removed' || kind === 'purpose-renamed') {
    return ['purposes', 'consent', 'retention', 'recipients'];
  }
  if (kind === 'purpose-basis') return ['purposes', 'consent'];
  if (kind === 'purpose-retention') return ['purposes', 'retention'];
  if (kind.startsWith('contact-')) return ['who-we-are'];
  if (kind.startsWith('categories-')) return ['collection'];
  if (kind.startsWith('purpose-')) return ['purposes'];
  if (kind.startsWith('recipient-')) return ['recipients', 'purposes'];
  if (kind.startsWith('transfer-')) return ['transfers'];
  if (kind.startsWith('retention-')) return ['retention'];
  if (kind.startsWith('cookie-')) return ['cookies'];
  if (kind.startsWith('security-')) return ['security'];
  return ['rights'];
}

/**
 * Sections that differ but that no change in `described` accounts for, so that a subscriber is
 * never told "unchanged" about a notice whose words did change.
 */
export function undescribedSections(
  before: NoticeModel,
  after: NoticeModel,
  described: readonly NoticeChange[],
): NoticeChange[] {
  const covered = new Set(described.flatMap(sectionsOf));
  return SECTION_IDS.filter((id) => !covered.has(id) && !same(SHOWN[id](before), SHOWN[id](after))).map(
    (section): NoticeChange => ({ kind: 'section-updated', section }),
  );
}
