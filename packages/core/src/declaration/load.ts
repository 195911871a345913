import { buildTaxonomy, type Taxonomy } from '../taxonomy/taxonomy.js';
import { createFastParse } from './fast-parse.js';
import type { InputIssue } from './issues.js';
import { checkReferences } from './references.js';
import { type Declaration, declarationSchema, LIST_SECTIONS } from './schema/declaration.js';
import { type ParsedFile, SourceMap, type SourcePosition } from './source-map.js';
import { parseYaml } from './yaml-positions.js';
import { describeZodIssue } from './zod-issues.js';

/** A declaration file as read from disk (or from a request body): its path for messages, and its text. */
export interface DeclarationSource {
  readonly path: string;
  readonly text: string;
}

/** A declaration that parsed, validated and whose references all resolve. */
export interface LoadedDeclaration {
  readonly declaration: Declaration;
  readonly taxonomy: Taxonomy;
  readonly sourceMap: SourceMap;
  readonly files: readonly string[];
}

export type LoadResult =
  | { readonly ok: true; readonly value: LoadedDeclaration }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

const LIST = new Set<string>(LIST_SECTIONS);

/** The declaration schema compiled once into plain functions; zod itself runs only on a declaration it refuses. */
const parseValidDeclaration = createFastParse(declarationSchema);

/**
 * Parses one or several YAML files into one declaration. Every problem found is returned with
 * its file, line and column; nothing is thrown for bad input.
 */
export interface LoadOptions {
  /**
   * Record node positions while parsing, for callers that will report many places (vigie check);
   * otherwise they are computed on the first request.
   */
  readonly recordPositions?: boolean;
}

export function loadDeclaration(sources: readonly DeclarationSource[], options: LoadOptions = {}): LoadResult {
  const issues: InputIssue[] = [];
  const sourceMap = new SourceMap();
  const merged: Record<string, unknown> = {};
  const definedIn = new Map<string, string>();

  if (sources.length === 0) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          message: {
            en: 'no declaration file found (expected .yaml or .yml files)',
            fr: 'aucun fichier de déclaration trouvé (fichiers .yaml ou .yml attendus)',
          },
        },
      ],
    };
  }

  for (const source of sources) {
    const parsed = parseYaml(source.text, source.path, options.recordPositions);
    if (!parsed.ok) {
      issues.push({
        position: { file: source.path, line: parsed.line, column: parsed.column },
        path: [],
        message: { en: `YAML syntax: ${parsed.reason}`, fr: `syntaxe YAML : ${parsed.reason}` },
      });
      continue;
    }
    if (parsed.value === undefined || parsed.value === null) continue;
    if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      issues.push({
        position: { file: source.path, line: 1, column: 1 },
        path: [],
        message: {
          en: 'expected the file to be a mapping of sections (organisation:, purposes:, …)',
          fr: 'le fichier doit être une table de sections (organisation:, purposes:, …)',
        },
      });
      continue;
    }
    const file: ParsedFile = { path: source.path, positions: parsed.positions };
    const data = parsed.value as Record<string, unknown>;
    for (const [key, value] of Object.entries(data)) {
      if (LIST.has(key) && Array.isArray(value)) {
        const list = (merged[key] as unknown[] | undefined) ?? [];
        sourceMap.add(key, file, list.length, value.length);
        merged[key] = list.concat(value);
      } else if (key === 'vigie' && merged[key] === value) {
        sourceMap.add(key, file);
      } else if (key in merged) {
        issues.push({
          position: sourceMap.locate([key]),
          path: [key],
          message: {
            en: `"${key}" is defined in both ${definedIn.get(key)} and ${source.path}; keep it in one file`,
            fr: `« ${key} » est défini à la fois dans ${definedIn.get(key)} et dans ${source.path} ; gardez-le dans un seul fichier`,
          },
        });
      } else {
        sourceMap.add(key, file);
        definedIn.set(key, source.path);
        merged[key] = value;
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  // zod runs only when the compiled fast path refuses the declaration, and then copies inputs into its
  // issues (reportInput) so that they can say what was found.
  const valid = parseValidDeclaration(merged) ?? declarationSchema.safeParse(merged, { reportInput: true });
  if (!valid.success) {
    const seen = new Set<string>();
    for (const zodIssue of valid.error.issues) {
      const { path, message } = describeZodIssue(zodIssue);
      const key = `${path.join('.')}|${message.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // A section missing from every file is reported at the start of the first one.
      issues.push({ position: sourceMap.locate(path) ?? startOf(sources), path, message });
    }
    return { ok: false, issues: sortIssues(issues) };
  }

  const declaration = valid.data;
  const taxonomy = buildTaxonomy(declaration);
  for (const ref of checkReferences(declaration, taxonomy)) {
    issues.push({ ...ref, position: sourceMap.locate(ref.path) });
  }
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };
  return { ok: true, value: { declaration, taxonomy, sourceMap, files: sources.map((s) => s.path) } };
}

function startOf(sources: readonly DeclarationSource[]): SourcePosition | undefined {
  const first = sources[0];
  return first ? { file: first.path, line: 1, column: 1 } : undefined;
}

function sortIssues(issues: InputIssue[]): InputIssue[] {
  return issues.sort(
    (a, b) =>
      (a.position?.file ?? '').localeCompare(b.position?.file ?? '') ||
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
}
