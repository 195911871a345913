import type { DatasetEngine, Lang } from '@vigie/core';
import { type ColumnGuess, guessColumn, PERSON_IDENTITIES } from './column-guesses.js';
import { DRAFT_TEXT } from './draft-text.js';
import type { IntrospectedSchema, IntrospectedTable } from './introspected-schema.js';

export interface DraftOptions {
  /** The dataset's id in the declaration; by default the database's name. */
  readonly datasetId?: string;
  /** The `systems` id it belongs to; by default the dataset id. */
  readonly system?: string;
  /** By default the engine the schema was read from. */
  readonly engine?: DatasetEngine;
  /** The language of the comments a reviewer reads. */
  readonly lang?: Lang;
}

// The annotation accepts plain identifiers only (they reach SQL); anything else is left to a human.
const PLAIN_COLUMN = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const PLAIN_TABLE = /^([A-Za-z_][A-Za-z0-9_]{0,62}\.)?[A-Za-z_][A-Za-z0-9_]{0,62}$/;
// Words YAML would read as something else than a name.
const YAML_WORDS = /^(true|false|null|yes|no|on|off|y|n)$/i;

interface DraftTable {
  readonly table: IntrospectedTable;
  readonly guesses: readonly { readonly column: string; readonly guess: ColumnGuess }[];
  readonly unguessed: readonly string[];
}

/** A name as YAML text: bare when YAML reads it back as the same string. */
function yamlName(name: string): string {
  return YAML_WORDS.test(name) ? JSON.stringify(name) : name;
}

const list = (names: readonly string[]) => `[${names.map(yamlName).join(', ')}]`;

/** A database name as a declaration id: lower case letters, digits and dashes. */
function idFrom(name: string): string {
  const id = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'database' : id;
}

/**
 * The annotation draft of a live schema, as YAML text a person reviews. Person tables are those with a column
 * naming a person (email, health insurance, member or student number); then every table whose foreign keys
 * lead to an annotated table, with those keys as references; categories are guessed from column names (fr, en)
 * and types. Nothing is erased as drafted (`erase: keep`, no column strategy) and every guess says why in a
 * `# REVIEW:` comment: the draft is a starting point, never an annotation to run unread.
 */
export function draftAnnotation(schema: IntrospectedSchema, options: DraftOptions = {}): string {
  const text = DRAFT_TEXT[options.lang ?? 'en'];
  const datasetId = options.datasetId ?? idFrom(schema.database);
  const system = options.system ?? datasetId;
  const engine = options.engine ?? schema.engine;

  const unnamed = schema.tables.filter((t) => !PLAIN_TABLE.test(t.name)).map((t) => t.name);
  const withoutKey = schema.tables
    .filter(
      (t) =>
        PLAIN_TABLE.test(t.name) && (t.primaryKey.length === 0 || !t.primaryKey.every((c) => PLAIN_COLUMN.test(c))),
    )
    .map((t) => t.name);
  const annotatable = new Map(
    schema.tables
      .filter((t) => !unnamed.includes(t.name) && !withoutKey.includes(t.name))
      .map((t) => [t.name, draftTable(t)]),
  );

  const person = new Set(
    [...annotatable.values()]
      .filter((d) => d.guesses.some((g) => g.guess.identity !== undefined && PERSON_IDENTITIES.has(g.guess.identity)))
      .map((d) => d.table.name),
  );
  // Tables reached from a person table: those whose foreign keys point at an annotated table, until none is added.
  const included = new Set(person);
  for (let added = true; added; ) {
    added = false;
    for (const { table } of annotatable.values()) {
      if (included.has(table.name)) continue;
      if (usableKeys(table, included, annotatable).length > 0) {
        included.add(table.name);
        added = true;
      }
    }
  }
  const inbound = (name: string) =>
    [...included].filter((other) => annotatable.get(other)?.table.foreignKeys.some((fk) => fk.table === name)).sort();

  const lines: string[] = [text.header(engine, schema.database), text.everyGuess, text.nothingErased];
  if (person.size === 0) lines.push(text.noPerson);
  lines.push('datasets:', `  - id: ${datasetId}`, `    # REVIEW: ${text.system}`, `    system: ${system}`);
  lines.push(`    engine: ${engine}`, '    tables:');
  // Person tables first, then the others in the order the database lists them: the order a reviewer reads.
  const ordered = [...annotatable.values()]
    .filter((d) => included.has(d.table.name))
    .sort((a, b) => Number(person.has(b.table.name)) - Number(person.has(a.table.name)));
  for (const draft of ordered) {
    const { table } = draft;
    const isPerson = person.has(table.name);
    const references = usableKeys(table, included, annotatable);
    if (isPerson) {
      const identities = draft.guesses
        .filter((g) => g.guess.identity !== undefined && PERSON_IDENTITIES.has(g.guess.identity))
        .map((g) => `${g.column} (${g.guess.identity})`);
      lines.push(`      # REVIEW: ${text.personTable(identities, inbound(table.name))}`);
    } else {
      lines.push(`      # REVIEW: ${text.reachedTable(references.map((fk) => fk.table))}`);
    }
    lines.push(`      - name: ${yamlName(table.name)}`, `        key: ${list(table.primaryKey)}`);
    if (isPerson) lines.push('        person: true');
    lines.push(`        # REVIEW: ${text.eraseKeep}`, '        erase: keep');
    if (references.length > 0) {
      lines.push('        references:');
      for (const fk of references) {
        lines.push(`          # REVIEW: ${text.reference(fk.name, fk.columns, fk.table)}`);
        lines.push(`          - { columns: ${list(fk.columns)}, table: ${yamlName(fk.table)}, to: ${list(fk.to)} }`);
      }
    }
    if (draft.guesses.length > 0) {
      lines.push('        columns:');
      for (const { column, guess } of draft.guesses) {
        // An identity resolves only in a person table: elsewhere the column keeps its category alone.
        const identity = isPerson && guess.identity !== undefined ? `, identity: ${guess.identity}` : '';
        lines.push(`          # REVIEW: ${guess.because[options.lang ?? 'en']}`);
        lines.push(`          - { name: ${yamlName(column)}${identity}, category: ${guess.category} }`);
      }
    } else {
      lines.push(`        # REVIEW: ${text.noColumns}`);
    }
    if (draft.unguessed.length > 0) lines.push(`        # REVIEW: ${text.unguessed(draft.unguessed)}`);
    // A person's own row in another table (their address) is reached the other way round: say how to add it.
    if (isPerson) {
      for (const fk of table.foreignKeys) {
        const parent = annotatable.get(fk.table);
        if (included.has(fk.table) || parent === undefined || parent.guesses.length === 0) continue;
        lines.push(`        # REVIEW: ${text.ownedRow(table.name, fk.columns, fk.table, fk.to)}`);
      }
    }
  }
  const leftOut = [...annotatable.keys()].filter((name) => !included.has(name));
  if (leftOut.length > 0) lines.push(`# ${text.leftOutUnreached(leftOut)}`);
  if (withoutKey.length > 0) lines.push(`# ${text.leftOutNoKey(withoutKey)}`);
  if (unnamed.length > 0) lines.push(`# ${text.leftOutNames(unnamed)}`);
  return `${lines.join('\n')}\n`;
}

/** The columns worth annotating: neither key nor link, with a plain name; guessed or listed for a human. */
function draftTable(table: IntrospectedTable): DraftTable {
  const links = new Set([...table.primaryKey, ...table.foreignKeys.flatMap((fk) => fk.columns)]);
  const guesses: { column: string; guess: ColumnGuess }[] = [];
  const unguessed: string[] = [];
  for (const column of table.columns) {
    if (links.has(column.name) || !PLAIN_COLUMN.test(column.name)) continue;
    const guess = guessColumn(column.name, column.type);
    if (guess === undefined) unguessed.push(column.name);
    else guesses.push({ column: column.name, guess });
  }
  return { table, guesses, unguessed };
}

/** Foreign keys toward annotated tables whose columns the annotation can name. */
function usableKeys(
  table: IntrospectedTable,
  toward: ReadonlySet<string>,
  annotatable: ReadonlyMap<string, DraftTable>,
): IntrospectedTable['foreignKeys'] {
  return table.foreignKeys.filter(
    (fk) =>
      toward.has(fk.table) &&
      annotatable.has(fk.table) &&
      fk.columns.length === fk.to.length &&
      fk.columns.length > 0 &&
      [...fk.columns, ...fk.to].every((c) => PLAIN_COLUMN.test(c)),
  );
}
