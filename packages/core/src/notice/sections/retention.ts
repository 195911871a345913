import type { Composer } from '../compose/composer.js';
import type { Block, Section } from '../compose/document.js';
import { upperFirst } from '../compose/inline.js';
import type { RetentionModel } from '../model/types.js';

/**
 * How long each kind of information is kept, counted from what, and what happens then
 * (P-39.1 s.23; GDPR Art. 13(2)(a)). Purposes without a rule are named, so the gap is visible.
 */
export function retentionSection(c: Composer): Section {
  const { s, model } = c;
  const l = s.retention;
  const h = l.headers;
  const blocks: Block[] = [];
  if (model.retention.length === 0) {
    blocks.push({ kind: 'paragraph', content: [l.none] });
  } else {
    blocks.push({ kind: 'paragraph', content: [l.intro] });
    blocks.push({
      kind: 'table',
      caption: l.caption,
      headers: [h.rule, h.purposes, h.duration, h.trigger, h.action, h.exceptions, h.citation],
      rows: model.retention.map((rule) => [
        [c.t(rule.name)],
        [rule.purposes.length > 0 ? c.quoted(rule.purposes) : s.notStated],
        [durationText(c, rule)],
        [upperFirst(s.labels.trigger[rule.trigger])],
        [s.labels.action[rule.action]],
        [exceptionsText(c, rule)],
        [rule.citation ?? ''],
      ]),
    });
  }
  if (model.purposesWithoutRetention.length > 0) {
    blocks.push({ kind: 'paragraph', content: [l.missing(c.quoted(model.purposesWithoutRetention))] });
  }
  return { id: 'retention', title: c.sectionTitle('retention'), blocks };
}

/** A fixed period in words; otherwise the criteria that end it (GDPR Art. 13(2)(a)); otherwise "not stated". */
function durationText(c: Composer, rule: RetentionModel): string {
  if (rule.duration) return c.duration(rule.duration);
  return rule.criteria ? c.t(rule.criteria) : c.s.notStated;
}

/** "Pathology reports: 15 years after the last entry (citation). Reason." for each exception, one after the other. */
function exceptionsText(c: Composer, rule: RetentionModel): string {
  const { s } = c;
  if (rule.exceptions.length === 0) return s.retention.noException;
  return rule.exceptions
    .map((e) => {
      const trigger = s.labels.trigger[e.trigger ?? rule.trigger];
      const period = e.duration ? s.grammar.after(c.duration(e.duration), trigger) : undefined;
      const head = period ? `${s.grammar.label(c.t(e.records))}${period}` : c.t(e.records);
      const sentence = sentenceOf(e.citation ? `${head} (${e.citation})` : head);
      return e.reason ? `${sentence} ${sentenceOf(c.t(e.reason))}` : sentence;
    })
    .join(' ');
}

/** Ends a text with a full stop unless it already ends a sentence. */
function sentenceOf(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
