import type { ReactNode } from 'react';

/**
 * A wide table in a region that scrolls sideways on small screens instead of overflowing the page.
 * Focusable and named after the caption so that keyboard users can scroll it too.
 */
export function ScrollTable({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </section>
  );
}
