import type { Location } from '../../declaration/schema/common.js';
import type { ContactPerson } from '../../declaration/schema/organisation.js';
import type { Localized } from '../../i18n/localized.js';
import { lowerFirst } from '../compose/inline.js';
import type { Words } from '../compose/words.js';
import type { AssessmentStatus, BasisModel, Border, TransferSafeguard } from '../model/types.js';
import type { ChangeStrings } from '../strings/change-types.js';
import { period, retentionChange, retentionSubject } from './retention-sentence.js';
import type { NoticeChange } from './types.js';

/** One change as one sentence a subscriber can read without the notice at hand. */
export function changeSentence(change: NoticeChange, w: Words, cs: ChangeStrings): string {
  const { s } = w;
  const g = s.grammar;
  const q = (text: Localized) => g.quote(w.t(text));
  const things = (names: readonly Localized[]) => g.list(names.map((n) => lowerFirst(w.t(n))));
  const places = (list: readonly Location[]) => list.map(w.place).join(', ');
  const notStated = lowerFirst(s.notStated);
  switch (change.kind) {
    case 'policy-version': {
      const { before, after } = change;
      return cs.version(after.version, w.date(after.effectiveDate), before.version, w.date(before.effectiveDate));
    }
    case 'contact-added':
      return cs.contactAdded(cs.contactRole[change.role], contactDetails(change.contact, w));
    case 'contact-changed':
      return cs.contactChanged(cs.contactRole[change.role], contactDetails(change.contact, w));
    case 'contact-removed':
      return cs.contactRemoved(cs.contactRole[change.role]);
    case 'categories-added':
      return cs.categoriesAdded(things(change.categories), change.categories.length);
    case 'categories-removed':
      return cs.categoriesRemoved(things(change.categories), change.categories.length);
    case 'purpose-added':
      return cs.purposeAdded(q(change.purpose));
    case 'purpose-removed':
      return cs.purposeRemoved(q(change.purpose));
    case 'purpose-renamed':
      return cs.purposeRenamed(q(change.name.before), q(change.name.after));
    case 'purpose-described':
      return cs.purposeDescribed(q(change.purpose));
    case 'purpose-basis':
      return cs.purposeBasis(
        q(change.purpose),
        basesText(change.bases.after, w, cs),
        basesText(change.bases.before, w, cs),
      );
    case 'purpose-categories': {
      const purpose = q(change.purpose);
      const more = change.added.length > 0 ? cs.purposeUsesMore(purpose, things(change.added)) : undefined;
      const less = change.removed.length > 0 ? cs.purposeUsesLess(purpose, things(change.removed)) : undefined;
      return [more, less].filter(Boolean).join(' ');
    }
    case 'purpose-retention': {
      const name = (rule: Localized | undefined) => (rule ? q(rule) : notStated);
      return cs.purposeRetention(q(change.purpose), name(change.rule.after), name(change.rule.before));
    }
    case 'recipient-added':
      return cs.recipientAdded(
        change.name,
        cs.roleShort[change.role],
        places(change.locations),
        things(change.categories),
      );
    case 'recipient-removed':
      return cs.recipientRemoved(change.name);
    case 'recipient-changed': {
      const { name, role, locations } = change;
      return [
        role && cs.recipientRole(name, cs.roleShort[role.after], cs.roleShort[role.before]),
        locations && cs.recipientPlaces(name, places(locations.after), places(locations.before)),
        change.added.length > 0 && cs.recipientReceivesMore(name, things(change.added)),
        change.removed.length > 0 && cs.recipientReceivesLess(name, things(change.removed)),
      ]
        .filter(Boolean)
        .join(' ');
    }
    case 'transfer-added': {
      const safeguard = change.safeguard && lowerFirst(s.labels.safeguard[change.safeguard]);
      return cs.transferAdded(outside(change.crosses, w), change.name, places(change.locations), safeguard);
    }
    case 'transfer-removed':
      return cs.transferRemoved(outside(change.crosses, w), change.name);
    case 'transfer-changed': {
      const { name, locations, safeguard, assessment } = change;
      const guard = (value: TransferSafeguard | undefined) =>
        value ? lowerFirst(s.labels.safeguard[value]) : notStated;
      const status = (value: AssessmentStatus | undefined) =>
        lowerFirst(value ? s.labels.assessmentStatus[value] : s.no);
      return [
        locations && cs.transferPlaces(name, places(locations.after), places(locations.before)),
        safeguard && cs.transferSafeguard(name, guard(safeguard.after), guard(safeguard.before)),
        assessment && cs.transferAssessment(name, status(assessment.after), status(assessment.before)),
      ]
        .filter(Boolean)
        .join(' ');
    }
    case 'retention-added':
      return cs.retentionAdded(retentionSubject(change, w, cs), period(change.terms, w, cs));
    case 'retention-changed':
      return retentionChange(change, w, cs);
    case 'retention-removed':
      return cs.retentionRemoved(q(change.rule));
    case 'cookie-added':
      return cs.cookieAdded(
        change.name,
        change.provider,
        lowerFirst(s.labels.cookieCategory[change.category]),
        change.offUntilAccepted,
      );
    case 'cookie-removed':
      return cs.cookieRemoved(change.name, change.provider);
    case 'cookie-changed': {
      const { name, category, lifetime, offUntilAccepted } = change;
      const life = (value: string) => (value === 'session' ? lowerFirst(s.cookies.session) : w.duration(value));
      const label = (value: NonNullable<typeof category>['after']) => g.quote(s.labels.cookieCategory[value]);
      return [
        category && cs.cookieCategory(name, label(category.after), label(category.before)),
        lifetime && cs.cookieLifetime(name, life(lifetime.after), life(lifetime.before)),
        offUntilAccepted && cs.cookieDefault(name, offUntilAccepted.after),
      ]
        .filter(Boolean)
        .join(' ');
    }
    case 'right-added': {
      const { name, explanation } = s.labels.right[change.right];
      return cs.rightAdded(lowerFirst(name), explanation);
    }
    case 'right-removed':
      return cs.rightRemoved(lowerFirst(s.labels.right[change.right].name));
    case 'response-deadline': {
      const { before, after } = change.deadline;
      if (after === undefined) return cs.deadlineRemoved;
      return before === undefined
        ? cs.deadlineSet(w.duration(after))
        : cs.deadlineChanged(w.duration(after), w.duration(before));
    }
    case 'channel-added':
      return cs.channelAdded(lowerFirst(s.labels.channel[change.channel.kind]), change.channel.value);
    case 'channel-removed':
      return cs.channelRemoved(lowerFirst(s.labels.channel[change.channel.kind]), change.channel.value);
    case 'security-measure-added':
      return cs.securityAdded(lowerFirst(w.t(change.measure)));
    case 'security-measure-removed':
      return cs.securityRemoved(lowerFirst(w.t(change.measure)));
    case 'section-updated': {
      const title = change.section === 'transfers' ? cs.transfersSection : s.sectionTitle[change.section];
      return cs.sectionUpdated(g.quote(title));
    }
  }
}

/** The widest border crossed: "outside Canada" already says "outside Quebec". */
function outside(crosses: readonly Border[], w: Words): string {
  const widest = crosses.includes('canada') ? crosses.filter((b) => b !== 'quebec') : crosses;
  return w.s.grammar.alternatives(widest.map((b) => w.s.labels.outside[b]));
}

function contactDetails(contact: ContactPerson, w: Words): string {
  return [contact.name, contact.title && w.t(contact.title), contact.email, contact.phone].filter(Boolean).join(', ');
}

/** Each regime's basis in a few words, as the notice writes it. */
function basesText(bases: readonly BasisModel[], w: Words, cs: ChangeStrings): string {
  const { s } = w;
  const texts = bases.map((b) => {
    if (b.regime === 'gdpr') return b.basis ? s.labels.gdprBasis[b.basis] : lowerFirst(s.notStated);
    return b.consent === undefined ? lowerFirst(s.notStated) : cs.consentShort[b.consent];
  });
  return [...new Set(texts)].join(s.grammar.semicolon);
}
