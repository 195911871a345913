import type { Lang } from '../../i18n/localized.js';
import type { NoticeModel } from '../model/types.js';
import { SECTION_IDS, type SectionId } from '../section-ids.js';
import { automatedDecisionsSection } from '../sections/automated-decisions.js';
import { changesSection } from '../sections/changes.js';
import { collectionSection } from '../sections/collection.js';
import { complaintsSection } from '../sections/complaints.js';
import { consentSection } from '../sections/consent.js';
import { cookiesSection } from '../sections/cookies.js';
import { minorsSection } from '../sections/minors.js';
import { purposesSection } from '../sections/purposes.js';
import { recipientsSection } from '../sections/recipients.js';
import { retentionSection } from '../sections/retention.js';
import { rightsSection } from '../sections/rights.js';
import { securitySection } from '../sections/security.js';
import { transfersSection } from '../sections/transfers.js';
import { whoWeAreSection } from '../sections/who-we-are.js';
import { type Composer, createComposer } from './composer.js';
import type { NoticeDocument, Section } from './document.js';

/** One helper per section; the record makes a section without a helper a type error. */
const SECTIONS: Record<SectionId, (c: Composer) => Section> = {
  'who-we-are': whoWeAreSection,
  collection: collectionSection,
  purposes: purposesSection,
  consent: consentSection,
  'automated-decisions': automatedDecisionsSection,
  minors: minorsSection,
  cookies: cookiesSection,
  recipients: recipientsSection,
  transfers: transfersSection,
  retention: retentionSection,
  security: securitySection,
  rights: rightsSection,
  complaints: complaintsSection,
  changes: changesSection,
};

/** Writes the model as a document in one language; the writers then lay it out as HTML or Markdown. */
export function composeNotice(model: NoticeModel, lang: Lang): NoticeDocument {
  const c = createComposer(model, lang);
  const { s } = c;
  const name = model.organisation.displayName ?? model.organisation.legalName;
  return {
    lang,
    title: s.title(name),
    intro: [
      { kind: 'paragraph', content: [s.intro.about(name)] },
      { kind: 'paragraph', content: [s.intro.definition] },
      { kind: 'paragraph', content: [s.intro.version(model.policy.version, c.date(model.policy.effectiveDate))] },
    ],
    tocTitle: s.tocTitle,
    sections: SECTION_IDS.map((id) => SECTIONS[id](c)),
  };
}
