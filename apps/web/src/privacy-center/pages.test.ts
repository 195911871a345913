import { describe, expect, it } from 'vitest';
import { languageFromPath } from '../i18n/language-from-path.js';
import { parseDownloadToken } from './download-link.js';
import { pageFromPath, pagePath } from './pages.js';
import { parseVerificationLink } from './verification-link.js';

describe('privacy center pages', () => {
  it('routes the form and the verification page in both languages, and anything else to the home page', () => {
    expect(pageFromPath('/fr/demande')).toBe('request');
    expect(pageFromPath('/en/request/')).toBe('request');
    expect(pageFromPath('/fr/verification')).toBe('verification');
    expect(pageFromPath('/en/verification')).toBe('verification');
    expect(pageFromPath('/fr/telechargement')).toBe('download');
    expect(pageFromPath('/en/download')).toBe('download');
    expect(pageFromPath('/')).toBe('home');
    expect(pageFromPath('/en')).toBe('home');
    expect(pageFromPath('/en/other')).toBe('home');
  });

  it('gives each page an address that shows that page in that language', () => {
    for (const page of ['home', 'request', 'verification', 'download'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        expect(pageFromPath(pagePath(page, lang))).toBe(page);
        expect(languageFromPath(pagePath(page, lang))).toBe(lang);
      }
    }
    expect(pagePath('request', 'fr')).toBe('/fr/demande');
    expect(pagePath('request', 'en')).toBe('/en/request');
    // The server's email links to these two.
    expect(pagePath('download', 'fr')).toBe('/fr/telechargement');
    expect(pagePath('download', 'en')).toBe('/en/download');
  });
});

describe('the emailed verification link', () => {
  it('reads the reference and token from the fragment, decoded', () => {
    expect(parseVerificationLink('#reference=R-AB12-CD34-EF56&token=a_b-c%3D')).toEqual({
      reference: 'R-AB12-CD34-EF56',
      token: 'a_b-c=',
    });
  });

  it('gives nothing when either part is missing or empty', () => {
    expect(parseVerificationLink('')).toBeNull();
    expect(parseVerificationLink('#reference=R-1')).toBeNull();
    expect(parseVerificationLink('#reference=&token=x')).toBeNull();
  });
});

describe('the emailed download link', () => {
  it('reads the token that is the whole fragment', () => {
    const token = 'Ab_-0123456789abcdefghijklmnopqrstuvwxyzABC';
    expect(parseDownloadToken(`#${token}`)).toBe(token);
  });

  it('gives nothing for an empty, cut short or malformed fragment', () => {
    expect(parseDownloadToken('')).toBeNull();
    expect(parseDownloadToken('#abc')).toBeNull();
    expect(parseDownloadToken('#token=a b c d e f g h i j k l')).toBeNull();
  });
});
