/**
 * Only web, email and in-page links are written as links. A declaration's URL field accepts any
 * scheme, and a `javascript:` link in a published notice would run script in readers' browsers.
 */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|#)/i.test(href);
}
