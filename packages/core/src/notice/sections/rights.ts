import type { Composer } from '../compose/composer.js';
import type { Block, Line, Section } from '../compose/document.js';
import { mail, web } from '../compose/inline.js';
import type { RightsModel } from '../model/types.js';

/** The rights, how to exercise them, identity checks, fees and the answer deadline (P-39.1 ss.27-32; GDPR Arts. 12-22). */
export function rightsSection(c: Composer): Section {
  const { s, model } = c;
  const l = s.rights;
  const rights = model.rights;
  const title = c.sectionTitle('rights');
  if (!rights) return { id: 'rights', title, blocks: [{ kind: 'paragraph', content: [l.noRights] }] };

  const g = s.grammar;
  const blocks: Block[] = [
    { kind: 'paragraph', content: [l.intro] },
    {
      kind: 'list',
      items: rights.available.map((right) => {
        const { name, explanation } = s.labels.right[right];
        return [`${g.label(name)}${explanation}.`];
      }),
    },
    { kind: 'subheading', id: 'exercise', text: l.exercise },
    { kind: 'paragraph', content: [l.channels] },
    { kind: 'list', items: rights.channels.map((channel) => channelLine(c, channel)) },
  ];
  if (rights.identityVerification) blocks.push({ kind: 'paragraph', content: [c.t(rights.identityVerification)] });
  if (rights.fees) {
    // The organisation's own words replace the standard sentence rather than repeat it.
    const { access, description } = rights.fees;
    blocks.push({
      kind: 'paragraph',
      content: [description ? c.t(description) : access === 'free' ? l.free : l.fee[c.law]],
    });
  }
  const deadline = [
    rights.responseDeadline && l.deadline[c.law](c.duration(rights.responseDeadline)),
    // P-39.1 s.32: silence past the deadline is a deemed refusal the person may take to the CAI.
    model.organisation.jurisdictions.includes('QC') && rights.responseDeadline ? l.deemedRefusal : undefined,
  ].filter(Boolean);
  if (deadline.length > 0) blocks.push({ kind: 'paragraph', content: [deadline.join(' ')] });
  return { id: 'rights', title, blocks };
}

function channelLine(c: Composer, channel: RightsModel['channels'][number]): Line {
  const label = c.s.grammar.label(channel.label ? c.t(channel.label) : c.s.labels.channel[channel.kind]);
  if (channel.kind === 'email') return [label, mail(channel.value)];
  if (channel.kind === 'online' && /^https?:\/\//.test(channel.value)) return [label, web(channel.value)];
  return [label, channel.value];
}
