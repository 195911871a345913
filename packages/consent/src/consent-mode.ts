// Google Consent Mode v2: the signals tags read before they store or send anything.
type Signal = 'granted' | 'denied';

const SIGNALS_BY_CATEGORY: Record<string, string[]> = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  functional: ['functionality_storage'],
  personalization: ['personalization_storage'],
};

/** The Consent Mode state for a choice; security_storage is granted since essential cookies always are. */
export function consentModeState(granted: (category: string) => boolean): Record<string, Signal> {
  const state: Record<string, Signal> = { security_storage: 'granted' };
  for (const [category, signals] of Object.entries(SIGNALS_BY_CATEGORY)) {
    for (const signal of signals) state[signal] = granted(category) ? 'granted' : 'denied';
  }
  return state;
}

type DataLayerWindow = { dataLayer?: unknown[] };

/** gtag() as Google defines it: it pushes its `arguments` object, which is what gtag.js looks for. */
export function gtag(..._args: unknown[]): void {
  const w = window as unknown as DataLayerWindow;
  w.dataLayer = w.dataLayer || [];
  // biome-ignore lint/complexity/noArguments: gtag.js only reads Arguments objects from the dataLayer
  w.dataLayer.push(arguments);
}

/** `default` all denied, sent before any tag unless the head stub already did. */
export function sendDefault(): void {
  const layer = (window as unknown as DataLayerWindow).dataLayer ?? [];
  const sent = layer.some((entry) => (entry as unknown[])[0] === 'consent' && (entry as unknown[])[1] === 'default');
  if (!sent) gtag('consent', 'default', { ...consentModeState(() => false), wait_for_update: 500 });
}
