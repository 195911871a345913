import { useMessages } from './lang-context.js';

/** The first focusable element of every page: jumps over the header to the `<main id="main">`. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      {useMessages().common.skipToContent}
    </a>
  );
}
