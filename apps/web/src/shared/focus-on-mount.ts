import { type RefObject, useEffect, useRef } from 'react';

// The first view of a page load keeps the browser's own focus (top of the page, skip link first);
// every view after it moves focus to its heading, so that keyboard and screen reader users land on
// the new content instead of on a button that no longer exists.
let firstViewShown = false;

export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!firstViewShown) {
      firstViewShown = true;
      return;
    }
    ref.current?.focus();
  }, []);
  return ref;
}
