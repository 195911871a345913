import type { Notice } from '../api/types.js';

/**
 * The policy itself. The server generates this fragment from the declaration and escapes every piece of
 * declaration text (packages/core notice writer), so it is inserted as it comes.
 */
export function NoticeBody({ notice }: { notice: Notice }) {
  return (
    <div
      className="notice"
      lang={notice.lang}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: server-generated and escaped notice (see above).
      dangerouslySetInnerHTML={{ __html: notice.html }}
    />
  );
}
