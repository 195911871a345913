// The one-script-tag build: exposes window.VigieConsent and starts itself when the tag names its config:
// <script src="vigie-consent.js" data-config-url="/api/v1/consent/config" nonce="…"></script>
import * as api from './consent.js';
import type { Lang } from './types.js';

declare global {
  interface Window {
    VigieConsent: typeof api;
  }
}

window.VigieConsent = api;

const script = document.currentScript as HTMLScriptElement | null;
const configUrl = script?.dataset.configUrl;
if (script && configUrl) {
  api
    .init({
      configUrl,
      nonce: script.nonce || undefined,
      lang: script.dataset.lang as Lang | undefined,
      injectCss: script.dataset.css !== 'external',
    })
    .catch((error: unknown) => console.error(error));
}
