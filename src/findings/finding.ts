import { createHash } from "node:crypto";
import type { Confidence, SecretDetails, Severity } from "../catalog/types.js";
import type { Encoding } from "../engine/decode/index.js";
import type { Verification } from "../verify/verify.js";

/** Where a finding came from in git history (set by the git source). */
export interface CommitInfo {
  readonly commit: string;
  readonly author: string;
  readonly email: string;
  readonly date: string;
  readonly summary: string;
}

/** How a secret found in git history spreads (set by the history scan). */
export interface HistoryInfo {
  /**
   * No file of HEAD holds the secret any more: an edit cannot remove it. It must be revoked,
   * and purged from history if the repository is to stop exposing it.
   */
  readonly inHistoryOnly: boolean;
  /** Commits that brought in content holding the secret. */
  readonly commits: number;
  /** Distinct paths where that content was committed. */
  readonly paths: number;
}

/** One credential found at one place. */
export interface Finding {
  readonly detectorId: string;
  readonly detectorName: string;
  readonly vendor: string;
  readonly family: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly path: string;
  /** 1-based line and column (in characters) of the secret's first character. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The secret itself: in memory only, written out only when the user asks (`--no-redact`). */
  readonly secret: string;
  readonly redacted: string;
  /** The line holding the secret, with the secret redacted, trimmed to a readable length. */
  readonly snippet: string;
  /** Stable across re-scans and code moves: detector, secret hash and path, not line numbers. */
  readonly fingerprint: string;
  /** SHA-256 of the secret, to group the same secret across files and commits. */
  readonly secretHash: string;
  /** The first step of the fix, in one line. */
  readonly fix: string;
  /** Public facts the secret's own structure tells (a JWT's issuer and expiry). */
  readonly details?: SecretDetails;
  /** Values this credential is used with, found near it, e.g. an AWS key id beside its secret. */
  readonly companions?: readonly FoundCompanionValue[];
  /**
   * Set when the secret was found in decoded text: the encodings undone to reach it, outermost
   * first (e.g. ["base64", "json"]). `line` and `column` are then those of the encoded text.
   */
  readonly decoded?: readonly Encoding[];
  /** The vendor's answer when the user asked for live verification (`--verify`). */
  readonly verification?: Verification;
  /** The commit that first introduced the secret (history scans). */
  readonly commit?: CommitInfo;
  readonly history?: HistoryInfo;
}

export interface FoundCompanionValue {
  readonly name: string;
  /** In memory only, like `secret`: written out only with `--no-redact`. */
  readonly value: string;
  readonly redacted: string;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function fingerprintOf(detectorId: string, secretHash: string, path: string): string {
  return sha256(`${detectorId}\0${secretHash}\0${path}`).slice(0, 32);
}
