import type { DeclarationPath, SourcePosition } from '../declaration/source-map.js';
import type { Localized } from '../i18n/localized.js';
import type { Confidence, Regime, Severity } from './rule-pack.js';

/** A rule the declaration breaks, where, and why it matters, with the article to verify it against. */
export interface Finding {
  readonly rule: string;
  readonly regime: Regime;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly citation: Localized;
  readonly title: Localized;
  readonly message: Localized;
  readonly path: DeclarationPath;
  readonly position?: SourcePosition | undefined;
}

export interface CheckReport {
  readonly regimes: readonly Regime[];
  readonly rulesRun: number;
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
}
