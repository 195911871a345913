// Checked in this order: Edge, Opera and Samsung Internet also say "Chrome", Chrome also says "Safari".
const FAMILIES: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\bOPR\/(\d+)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /\b(?:Chrome|CriOS|HeadlessChrome)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari\//],
];

/**
 * The browser family and major version ("Chrome 131"), or "other": enough to tell which banner code a visitor ran,
 * while the whole user-agent string (with its build numbers, device model and extensions) helps fingerprint a person
 * and is never kept.
 */
export function userAgentFamily(userAgent: string | undefined): string | null {
  if (userAgent === undefined || userAgent === '') return null;
  // Bounded: a crafted header of megabytes must not cost more than a normal one.
  const text = userAgent.slice(0, 512);
  for (const [name, pattern] of FAMILIES) {
    const match = pattern.exec(text);
    if (match !== null) return `${name} ${match[1]}`;
  }
  return 'other';
}
