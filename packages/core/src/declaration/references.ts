import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { InputIssue } from './issues.js';
import type { Declaration } from './schema/declaration.js';
import type { DeclarationPath } from './source-map.js';

type Issue = Omit<InputIssue, 'position'>;

/**
 * Every id a purpose, recipient or system refers to must exist, and ids must be unique:
 * a dangling reference is an input error, not a legal finding.
 */
export function checkReferences(d: Declaration, taxonomy: Taxonomy): Issue[] {
  const issues: Issue[] = [];
  const ids = (section: keyof Declaration, list: readonly { id: string }[]) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        issues.push({ path: [section, i, 'id'], message: `duplicate id "${item.id}" (also ${section}[${first}])` });
      } else {
        seen.set(item.id, i);
      }
    });
    return new Set(seen.keys());
  };

  const recipients = ids('recipients', d.recipients);
  const systems = ids('systems', d.systems);
  const retention = ids('retention', d.retention);
  const assessments = ids('impactAssessments', d.impactAssessments);
  ids('purposes', d.purposes);
  ids('dataCategories', d.dataCategories);
  ids('subjectCategories', d.subjectCategories);
  ids('sources', d.sources);
  ids('authorities' as keyof Declaration, d.organisation.authorities);
  const authorities = new Set(d.organisation.authorities.map((a) => a.id));

  const must = (
    known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
    id: string,
    path: DeclarationPath,
    what: string,
  ) => {
    if (!known.has(id)) issues.push({ path, message: `unknown ${what} "${id}"${suggest(id, known.keys())}` });
  };

  const parents = new Map<string, string | undefined>();
  for (const [id, c] of taxonomy.categories) parents.set(id, c.lineage[1]);
  for (const c of d.dataCategories) parents.set(c.id, c.parent);
  d.dataCategories.forEach((c, i) => {
    if (c.parent === undefined) return;
    must(taxonomy.categories, c.parent, ['dataCategories', i, 'parent'], 'data category');
    const chain = new Set([c.id]);
    for (let p: string | undefined = c.parent; p !== undefined; p = parents.get(p)) {
      if (chain.has(p)) {
        issues.push({ path: ['dataCategories', i, 'parent'], message: `"${c.id}" is its own ancestor` });
        break;
      }
      chain.add(p);
    }
  });
  d.systems.forEach((s, i) => {
    if (s.operatedBy !== undefined) must(recipients, s.operatedBy, ['systems', i, 'operatedBy'], 'recipient');
  });
  d.recipients.forEach((r, i) => {
    if (r.impactAssessment !== undefined)
      must(assessments, r.impactAssessment, ['recipients', i, 'impactAssessment'], 'impact assessment');
  });
  d.purposes.forEach((p, i) => {
    p.dataCategories.forEach((id, j) => {
      must(taxonomy.categories, id, ['purposes', i, 'dataCategories', j], 'data category');
    });
    p.subjects.forEach((id, j) => {
      must(taxonomy.subjects, id, ['purposes', i, 'subjects', j], 'subject category');
    });
    p.sources.forEach((id, j) => {
      must(taxonomy.sources, id, ['purposes', i, 'sources', j], 'source');
    });
    p.recipients.forEach((id, j) => {
      must(recipients, id, ['purposes', i, 'recipients', j], 'recipient');
    });
    p.systems.forEach((id, j) => {
      must(systems, id, ['purposes', i, 'systems', j], 'system');
    });
    if (p.retention !== undefined) must(retention, p.retention, ['purposes', i, 'retention'], 'retention rule');
    if (p.impactAssessment !== undefined)
      must(assessments, p.impactAssessment, ['purposes', i, 'impactAssessment'], 'impact assessment');
  });
  d.rights?.complaints?.levels.forEach((level, i) => {
    if (level.authority !== undefined)
      must(authorities, level.authority, ['rights', 'complaints', 'levels', i, 'authority'], 'authority');
  });
  return issues;
}

/** " (did you mean "x"?)" when a known id is one or two edits away. */
function suggest(id: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 3;
}
