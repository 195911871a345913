import { useDocumentTitle } from '../shared/document-meta.js';
import { useFocusOnMount } from '../shared/focus-on-mount.js';
import { useConsoleMessages } from './console-context.js';

/**
 * The one h1 of a console view. It names the tab too, and takes focus when the view replaces another, so
 * that keyboard and screen reader users start reading the new view from its top.
 */
export function PageHeading({ children }: { children: string }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  useDocumentTitle(useConsoleMessages().app.documentTitle(children));
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
