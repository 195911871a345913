import { describe, expect, it } from 'vitest';
import { languageFromPath, privacyCenterPath } from './language-from-path.js';

describe('privacy center language', () => {
  it('is English at /en and French at /, /fr and anything else', () => {
    expect(languageFromPath('/en')).toBe('en');
    expect(languageFromPath('/en/')).toBe('en');
    expect(languageFromPath('/')).toBe('fr');
    expect(languageFromPath('/fr')).toBe('fr');
    expect(languageFromPath('/english')).toBe('fr');
  });

  it('links each language to the address that shows it', () => {
    expect(languageFromPath(privacyCenterPath('en'))).toBe('en');
    expect(languageFromPath(privacyCenterPath('fr'))).toBe('fr');
  });
});
