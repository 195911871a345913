import type { Lang } from '@vigie/core';

const names = (list: readonly string[]) => list.join(', ');

/** The comments of an annotation draft, in the reviewer's language. */
export const DRAFT_TEXT = {
  en: {
    header: (engine: string, database: string) =>
      `# Draft annotation of the ${engine} database "${database}", written by \`vigie datasets generate\`.`,
    everyGuess: '# Every guess is marked REVIEW and says why it was made: check it, correct it, then remove the mark.',
    nothingErased:
      '# As drafted nothing is erased: every table says `erase: keep` and no column has an erasure strategy.',
    noPerson:
      '# REVIEW: no table has a column that reads as an email, health insurance, member or student number: mark the table whose rows are people with `person: true` and give it an `identity` column.',
    system: 'the id of the system this database belongs to, as declared under `systems`',
    personTable: (identities: readonly string[], inbound: readonly string[]) =>
      `a person table: ${names(identities)} identifies a person; ${
        inbound.length === 0 ? 'no foreign key points at it' : `foreign keys of ${names(inbound)} point at it`
      }`,
    reachedTable: (targets: readonly string[]) =>
      `reached from ${names(targets)} through its foreign keys: are its rows the person's?`,
    eraseKeep:
      'keep changes nothing; delete-row removes the located rows; column strategies (set-null, redact, pseudonym) mask a kept row; a `retention` rule protects it',
    reference: (constraint: string, columns: readonly string[], table: string) =>
      `from the foreign key ${constraint}: a row whose ${names(columns)} points at a located row of ${table} is located too; remove it if that does not make the row the person's`,
    ownedRow: (table: string, columns: readonly string[], parent: string, to: readonly string[]) =>
      `${names(columns)} points at ${parent}, whose columns look personal; if that row is the person's own, annotate ${parent} with the reference { columns: [${names(to)}], table: ${table}, to: [${names(columns)}] }`,
    noColumns: 'no column name suggests personal information: add the columns to export',
    unguessed: (columns: readonly string[]) =>
      `not annotated (nothing in the name or type): ${names(columns)}; add those that say something about the person`,
    leftOutUnreached: (tables: readonly string[]) =>
      `Left out (no foreign key leads to a person table): ${names(tables)}`,
    leftOutNoKey: (tables: readonly string[]) =>
      `Left out (no primary key, so a row cannot be named in a plan): ${names(tables)}`,
    leftOutNames: (tables: readonly string[]) =>
      `Left out (names other than letters, digits and underscores): ${names(tables)}`,
  },
  fr: {
    header: (engine: string, database: string) =>
      `# Ébauche d’annotation de la base ${engine} « ${database} », écrite par \`vigie datasets generate\`.`,
    everyGuess:
      '# Chaque supposition est marquée REVIEW et dit pourquoi elle a été faite : vérifiez-la, corrigez-la, puis retirez la marque.',
    nothingErased:
      '# Telle quelle, l’ébauche n’efface rien : chaque table indique `erase: keep` et aucune colonne n’a de stratégie d’effacement.',
    noPerson:
      '# REVIEW: aucune colonne n’évoque un courriel, un numéro d’assurance maladie, de membre ou d’étudiant : marquez la table dont les lignes sont des personnes avec `person: true` et donnez-lui une colonne `identity`.',
    system: 'l’identifiant du système auquel appartient cette base, tel que déclaré sous `systems`',
    personTable: (identities: readonly string[], inbound: readonly string[]) =>
      `une table de personnes : ${names(identities)} identifie une personne ; ${
        inbound.length === 0 ? 'aucune clé étrangère n’y pointe' : `des clés étrangères de ${names(inbound)} y pointent`
      }`,
    reachedTable: (targets: readonly string[]) =>
      `atteinte depuis ${names(targets)} par ses clés étrangères : ses lignes sont-elles celles de la personne ?`,
    eraseKeep:
      'keep ne change rien ; delete-row supprime les lignes trouvées ; les stratégies de colonne (set-null, redact, pseudonym) masquent une ligne gardée ; une règle `retention` la protège',
    reference: (constraint: string, columns: readonly string[], table: string) =>
      `d’après la clé étrangère ${constraint} : une ligne dont ${names(columns)} pointe vers une ligne trouvée de ${table} est trouvée aussi ; retirez-la si cela n’en fait pas une ligne de la personne`,
    ownedRow: (table: string, columns: readonly string[], parent: string, to: readonly string[]) =>
      `${names(columns)} pointe vers ${parent}, dont les colonnes semblent personnelles ; si cette ligne est propre à la personne, annotez ${parent} avec la référence { columns: [${names(to)}], table: ${table}, to: [${names(columns)}] }`,
    noColumns: 'aucun nom de colonne n’évoque un renseignement personnel : ajoutez les colonnes à exporter',
    unguessed: (columns: readonly string[]) =>
      `non annotées (rien dans le nom ni le type) : ${names(columns)} ; ajoutez celles qui disent quelque chose de la personne`,
    leftOutUnreached: (tables: readonly string[]) =>
      `Laissées de côté (aucune clé étrangère ne mène à une table de personnes) : ${names(tables)}`,
    leftOutNoKey: (tables: readonly string[]) =>
      `Laissées de côté (pas de clé primaire : une ligne ne peut pas être nommée dans un plan) : ${names(tables)}`,
    leftOutNames: (tables: readonly string[]) =>
      `Laissées de côté (noms faits d’autre chose que lettres, chiffres et soulignés) : ${names(tables)}`,
  },
} satisfies Record<Lang, unknown>;
