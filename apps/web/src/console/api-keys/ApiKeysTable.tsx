import type { ApiKey } from '../../api/types.js';
import { formatDateTime } from '../../shared/format.js';
import { ScrollTable } from '../../shared/ScrollTable.js';
import { useConsole, useConsoleMessages } from '../console-context.js';
import { keyStatus } from './key-status.js';
import { RevokeKeyControl } from './RevokeKeyControl.js';

interface ApiKeysTableProps {
  readonly keys: readonly ApiKey[];
  readonly onRevoked: (key: ApiKey) => void;
}

export function ApiKeysTable({ keys, onRevoked }: ApiKeysTableProps) {
  const { lang } = useConsole();
  const t = useConsoleMessages().apiKeys;
  const now = new Date();
  const when = (iso: string | null, none: string) => (iso === null ? none : formatDateTime(iso, lang));
  return (
    <ScrollTable captionId="api-keys-caption">
      <table>
        <caption id="api-keys-caption">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.prefix}</th>
            <th scope="col">{t.scopes}</th>
            <th scope="col">{t.created}</th>
            <th scope="col">{t.expires}</th>
            <th scope="col">{t.lastUsed}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {keys.length === 0 ? (
            <tr>
              <td colSpan={8}>{t.empty}</td>
            </tr>
          ) : null}
          {keys.map((key) => {
            const status = keyStatus(key, now);
            return (
              <tr key={key.id}>
                <th scope="row">{key.name}</th>
                <td>
                  <code>{key.prefix}</code>
                </td>
                <td>
                  <ul className="plain-list">
                    {key.scopes.map((scope) => (
                      <li key={scope}>
                        <code>{scope}</code>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{formatDateTime(key.createdAt, lang)}</td>
                <td>{when(key.expiresAt, t.noExpiry)}</td>
                <td>{when(key.lastUsedAt, t.never)}</td>
                <td>
                  {status === 'revoked' && key.revokedAt !== null
                    ? t.revoked(formatDateTime(key.revokedAt, lang))
                    : status === 'expired'
                      ? t.expired
                      : t.active}
                </td>
                <td>{status === 'revoked' ? null : <RevokeKeyControl apiKey={key} onRevoked={onRevoked} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
