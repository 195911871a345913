import type { Composer } from '../compose/composer.js';
import type { Block, Inline, Line, Section } from '../compose/document.js';
import { contactInline, web } from '../compose/inline.js';
import type { AuthorityModel, RightsModel } from '../model/types.js';

type Level = NonNullable<RightsModel['complaints']>['levels'][number];

/** The complaint process step by step (P-39.1 s.3.2), then the authorities a person can turn to. */
export function complaintsSection(c: Composer): Section {
  const { s, model } = c;
  const l = s.complaints;
  const complaints = model.rights?.complaints;
  const blocks: Block[] = [];
  if (complaints) {
    blocks.push({ kind: 'paragraph', content: [l.intro] });
    blocks.push({ kind: 'list', ordered: true, items: complaints.levels.map((level) => levelLine(c, level)) });
    if (complaints.acknowledgementDeadline) {
      blocks.push({ kind: 'paragraph', content: [l.acknowledgement(c.duration(complaints.acknowledgementDeadline))] });
    }
  } else {
    blocks.push({ kind: 'paragraph', content: [l.none] });
  }
  if (model.authorities.length > 0) {
    blocks.push({ kind: 'subheading', id: 'authorities', text: l.authorities });
    blocks.push({ kind: 'paragraph', content: [l.authoritiesIntro] });
    blocks.push({ kind: 'list', items: model.authorities.map((a) => authorityLine(c, a)) });
  }
  return { id: 'complaints', title: c.sectionTitle('complaints'), blocks };
}

function levelLine(c: Composer, level: Level): Line {
  const l = c.s.complaints;
  const line: Inline[] = [`${c.s.grammar.label(c.t(level.name))}${c.t(level.handledBy)}`];
  if (level.contact) line.push(', ', contactInline(level.contact));
  if (level.deadline) line.push(`, ${l.deadline(c.duration(level.deadline))}`);
  if (level.authority?.url) line.push(' — ', web(level.authority.url));
  return [...line, '.'];
}

function authorityLine(c: Composer, authority: AuthorityModel): Line {
  const head = `${c.t(authority.name)} (${c.s.labels.authorityRole[authority.role]})`;
  const line: Line = authority.url ? [head, ' — ', web(authority.url)] : [head];
  return authority.address ? [...line, ` — ${c.address(authority.address)}`] : line;
}
