import type { YamlPositions } from './yaml-positions.js';

/** A place in a declaration file, 1-based, as editors show it. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A path into the merged declaration, e.g. ['purposes', 3, 'retention']. */
export type DeclarationPath = readonly (string | number)[];

export interface ParsedFile {
  readonly path: string;
  readonly positions: YamlPositions;
}

/** Which file, and from which index, contributed the entries of a list section. */
interface Segment {
  readonly file: ParsedFile;
  readonly start: number;
  readonly length: number;
}

/**
 * Maps paths in the merged declaration back to file:line:column, so that every error and
 * finding points where the privacy officer has to edit.
 */
export class SourceMap {
  readonly #sections = new Map<string, Segment[]>();

  /** Records that `file` defines `section`; for list sections, `length` entries from `start`. */
  add(section: string, file: ParsedFile, start = 0, length = 0): void {
    const list = this.#sections.get(section) ?? [];
    list.push({ file, start, length });
    this.#sections.set(section, list);
  }

  /** The files that define a section, in load order. */
  filesOf(section: string): readonly string[] {
    return (this.#sections.get(section) ?? []).map((s) => s.file.path);
  }

  /** The nearest existing place for a path: the key itself, or its closest ancestor. */
  locate(path: DeclarationPath): SourcePosition | undefined {
    const [section, index, ...rest] = path;
    if (typeof section !== 'string') return undefined;
    const segments = this.#sections.get(section);
    if (!segments || segments.length === 0) return undefined;
    let segment = segments[0] as Segment;
    let local: (string | number)[] = [section];
    if (typeof index === 'number') {
      segment = segments.find((s) => index >= s.start && index < s.start + s.length) ?? segment;
      local = [section, index - segment.start, ...rest];
    } else if (index !== undefined) {
      local = [section, index, ...rest];
    }
    return positionIn(segment.file, local);
  }
}

function positionIn(file: ParsedFile, path: readonly (string | number)[]): SourcePosition {
  const node = file.positions.positionOf(path);
  return { file: file.path, line: node?.line ?? 1, column: node?.column ?? 1 };
}
