import type { Localized } from '../i18n/localized.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { checkDatasets } from './dataset-references.js';
import type { InputIssue } from './issues.js';
import type { Declaration } from './schema/declaration.js';
import type { DeclarationPath } from './source-map.js';

type Issue = Omit<InputIssue, 'position'>;

/** What each kind of reference is called in messages ("unknown recipient", « destinataire inconnu »). */
const WHAT = {
  category: { en: 'data category', fr: 'catégorie de renseignements' },
  subject: { en: 'subject category', fr: 'catégorie de personnes' },
  source: { en: 'source', fr: 'source' },
  recipient: { en: 'recipient', fr: 'destinataire' },
  system: { en: 'system', fr: 'système' },
  retention: { en: 'retention rule', fr: 'règle de conservation' },
  assessment: { en: 'impact assessment', fr: 'évaluation des facteurs relatifs à la vie privée' },
  authority: { en: 'authority', fr: 'autorité' },
} as const satisfies Record<string, Localized>;

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
        issues.push({
          path: [section, i, 'id'],
          message: {
            en: `duplicate id "${item.id}" (also ${section}[${first}])`,
            fr: `identifiant « ${item.id} » en double (aussi ${section}[${first}])`,
          },
        });
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
  ids('datasets', d.datasets);
  const authorities = new Set(d.organisation.authorities.map((a) => a.id));

  const must = (
    known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
    id: string,
    path: DeclarationPath,
    what: Localized,
  ) => {
    if (known.has(id)) return;
    const hint = suggest(id, known.keys());
    issues.push({
      path,
      message: {
        en: `unknown ${what.en} "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
        fr: `${what.fr} inconnu « ${id} »${hint ? ` (vouliez-vous dire « ${hint} » ?)` : ''}`,
      },
    });
  };

  const parents = new Map<string, string | undefined>();
  for (const [id, c] of taxonomy.categories) parents.set(id, c.lineage[1]);
  for (const c of d.dataCategories) parents.set(c.id, c.parent);
  d.dataCategories.forEach((c, i) => {
    if (c.parent === undefined) return;
    must(taxonomy.categories, c.parent, ['dataCategories', i, 'parent'], WHAT.category);
    const chain = new Set([c.id]);
    for (let p: string | undefined = c.parent; p !== undefined; p = parents.get(p)) {
      if (chain.has(p)) {
        issues.push({
          path: ['dataCategories', i, 'parent'],
          message: { en: `"${c.id}" is its own ancestor`, fr: `« ${c.id} » est son propre ancêtre` },
        });
        break;
      }
      chain.add(p);
    }
  });
  d.systems.forEach((s, i) => {
    if (s.operatedBy !== undefined) must(recipients, s.operatedBy, ['systems', i, 'operatedBy'], WHAT.recipient);
  });
  d.recipients.forEach((r, i) => {
    if (r.impactAssessment !== undefined)
      must(assessments, r.impactAssessment, ['recipients', i, 'impactAssessment'], WHAT.assessment);
  });
  // A declaration names thousands of ids here: the path of a reference is built only when it is unknown.
  const mustEach = (
    ids: readonly string[],
    known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
    i: number,
    field: string,
    what: Localized,
  ) => {
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] as string;
      if (!known.has(id)) must(known, id, ['purposes', i, field, j], what);
    }
  };
  d.purposes.forEach((p, i) => {
    mustEach(p.dataCategories, taxonomy.categories, i, 'dataCategories', WHAT.category);
    mustEach(p.subjects, taxonomy.subjects, i, 'subjects', WHAT.subject);
    mustEach(p.sources, taxonomy.sources, i, 'sources', WHAT.source);
    mustEach(p.recipients, recipients, i, 'recipients', WHAT.recipient);
    mustEach(p.systems, systems, i, 'systems', WHAT.system);
    if (p.retention !== undefined) must(retention, p.retention, ['purposes', i, 'retention'], WHAT.retention);
    if (p.impactAssessment !== undefined)
      must(assessments, p.impactAssessment, ['purposes', i, 'impactAssessment'], WHAT.assessment);
  });
  d.rights?.complaints?.levels.forEach((level, i) => {
    if (level.authority !== undefined)
      must(authorities, level.authority, ['rights', 'complaints', 'levels', i, 'authority'], WHAT.authority);
  });
  issues.push(
    ...checkDatasets(d.datasets, {
      system: (id, path) => must(systems, id, path, WHAT.system),
      retention: (id, path) => must(retention, id, path, WHAT.retention),
      category: (id, path) => must(taxonomy.categories, id, path, WHAT.category),
    }),
  );
  return issues;
}

/** The known id one or two edits away, if any, to suggest it. */
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
  return best ?? '';
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
