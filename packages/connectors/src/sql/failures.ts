import type { Localized } from '@vigie/core';
import type { ConnectorErrorCode, ConnectorFailure } from '../connector.js';

const MESSAGES: Record<ConnectorErrorCode, Localized> = {
  'connector.unreachable': { en: 'the database could not be reached', fr: 'la base de données est injoignable' },
  'connector.schema-mismatch': {
    en: 'the annotation names a table or column the database does not have',
    fr: 'l’annotation nomme une table ou une colonne absente de la base de données',
  },
  'connector.query-failed': { en: 'the database refused a query', fr: 'la base de données a refusé une requête' },
  'connector.erase-failed': {
    en: 'the erasure failed and was rolled back: nothing was changed',
    fr: 'l’effacement a échoué et a été annulé : rien n’a été modifié',
  },
  'connector.not-annotated': {
    en: 'only annotated tables and columns can be changed',
    fr: 'seules les tables et colonnes annotées peuvent être modifiées',
  },
  'connector.row-not-found': { en: 'the row no longer exists', fr: 'la ligne n’existe plus' },
  'connector.cannot-pseudonymise': {
    en: 'a pseudonym can only replace a text column',
    fr: 'un pseudonyme ne peut remplacer qu’une colonne de texte',
  },
  'connector.not-anonymization': {
    en: 'an anonymize rule needs columns suppressed (set-null) or redacted: a keyed pseudonym is not anonymization under the Quebec anonymization regulation, and a table with nothing to suppress stays identifiable',
    fr: 'une règle d’anonymisation demande des colonnes supprimées (set-null) ou caviardées (redact) : un pseudonyme à clé n’est pas une anonymisation au sens du règlement québécois sur l’anonymisation, et une table où rien n’est supprimé reste identifiante',
  },
  'connector.bad-trigger-column': {
    en: 'the column that starts a retention clock must hold a date or a timestamp',
    fr: 'la colonne qui fait courir un délai de conservation doit contenir une date ou un horodatage',
  },
};

/** Thrown inside the connector only, turned into a result at its edge. */
export class ConnectorError extends Error {
  constructor(
    readonly code: ConnectorErrorCode,
    readonly table: string | undefined,
  ) {
    super(code);
  }
}

export function failure(code: ConnectorErrorCode, table: string | undefined): ConnectorFailure {
  return { ok: false, code, ...(table === undefined ? {} : { table }), message: MESSAGES[code] };
}

/**
 * Any error becomes a result. Driver messages are not passed on: they can quote the values of a
 * statement (personal data); the code and the table say what and where.
 */
export function toFailure(error: unknown, fallback: ConnectorErrorCode, table: string | undefined): ConnectorFailure {
  if (error instanceof ConnectorError) return failure(error.code, error.table ?? table);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT')
    return failure('connector.unreachable', table);
  return failure(fallback, table);
}
