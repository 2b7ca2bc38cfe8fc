import type { Detector } from "../catalog/types.js";
import type { Finding } from "../findings/finding.js";
import type { ScanStats } from "../scan/result.js";

export interface ReportInput {
  readonly findings: readonly Finding[];
  /** `commits` is set by history scans, where `files` counts unique blobs. */
  readonly stats: ScanStats & { readonly commits?: number };
}

export interface ReportOptions {
  /**
   * Write secrets in clear (`--no-redact`). Off by default in every format, and ignored by the
   * formats that CI servers store or show to others (sarif, gitlab, junit, github).
   */
  readonly showSecrets?: boolean;
  /** ANSI colours (text only). */
  readonly color?: boolean;
  /** The fix under every finding, not once per detector (text only; `--verbose`). */
  readonly verbose?: boolean;
  /** Where to look detectors up by id for rules (SARIF): default the built-in catalog. */
  readonly detectors?: readonly Detector[];
}

/** One output format: findings in, the whole document out. */
export type Reporter = (input: ReportInput, options: ReportOptions) => string;
