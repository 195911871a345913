/**
 * A notice as a small tree of blocks, already in one language: the section helpers write it and
 * the HTML and Markdown writers only lay it out, so both formats carry exactly the same content.
 */
export interface NoticeDocument {
  readonly lang: 'fr' | 'en';
  readonly title: string;
  readonly intro: readonly Block[];
  readonly tocTitle: string;
  readonly sections: readonly Section[];
}

export interface Section {
  /** A stable anchor, the same in every language: links to a section survive a translation. */
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** A run of text, or a link. Writers escape every `text`; nothing here is markup. */
export type Inline = string | { readonly text: string; readonly href: string };
export type Line = readonly Inline[];

export type Block =
  | { readonly kind: 'subheading'; readonly id: string; readonly text: string }
  | { readonly kind: 'paragraph'; readonly content: Line }
  | { readonly kind: 'list'; readonly ordered?: boolean; readonly items: readonly Line[] }
  /** Label and value pairs: a definition list in HTML, bold labels in Markdown. */
  | { readonly kind: 'facts'; readonly items: readonly Fact[] }
  | Table;

export interface Fact {
  readonly label: string;
  readonly value: Line;
}

export interface Table {
  readonly kind: 'table';
  readonly caption: string;
  readonly headers: readonly string[];
  /** The first cell of each row names the row (a `<th scope="row">`). */
  readonly rows: readonly (readonly Line[])[];
}
