/**
 * The anchors GitHub gives Markdown headings (as github-slugger computes them): lower case,
 * punctuation removed, spaces turned into dashes, and -1, -2… added to repeats in document order.
 * The Markdown table of contents links to these, since plain Markdown cannot set an id.
 */
export function createSlugger(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base);
    seen.set(base, (count ?? 0) + 1);
    return count === undefined ? base : `${base}-${count}`;
  };
}
