// The head stub, before any tag: Consent Mode `default` all denied, then the stored choice as an `update`
// when one is still valid, so tags on a returning visitor's pages need not wait for the full SDK.
import { readChoice } from './choice-store.js';
import { consentModeState, gtag } from './consent-mode.js';

gtag('consent', 'default', { ...consentModeState(() => false), wait_for_update: 500 });
const stored = readChoice();
if (stored && Date.now() < stored.e)
  gtag(
    'consent',
    'update',
    consentModeState((c) => stored.c[c] === true),
  );
