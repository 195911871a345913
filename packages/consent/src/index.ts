// The npm entry: `import { init, getConsent } from '@vigie/consent'`.
export { acceptAll, getConsent, init, onChange, open, refuseAll } from './consent.js';
export type { Consent, ConsentConfig, ConsentRecordInput, InitOptions, Receipt } from './types.js';
