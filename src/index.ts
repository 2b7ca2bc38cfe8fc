/**
 * keyhound's library API: the same capabilities as the CLI, typed.
 *
 * ```ts
 * import { scan, catalog } from "keyhound";
 * const { findings } = await scan({ paths: ["."] });
 * ```
 */
export { type CatalogProblem, checkCatalog } from "./catalog/check.js";
export { catalog } from "./catalog/index.js";
export { mitigationSteps } from "./catalog/mitigation.js";
export type {
  Confidence,
  Detector,
  ExampleSource,
  MatchContext,
  Mitigation,
  Severity,
  Validator,
  VerifySpec,
} from "./catalog/types.js";
export { SEVERITIES } from "./catalog/types.js";
export { type DetectorPage, detectorPage, renderPageMarkdown, renderPageText } from "./docs/page.js";
export { type DocsSiteResult, writeDocsSite } from "./docs/site.js";
export type { Encoding } from "./engine/decode/index.js";
export { type Candidate, Engine, type EngineOptions } from "./engine/engine.js";
export { UsageError } from "./errors.js";
export type { CommitInfo, Finding, FoundCompanionValue, HistoryInfo } from "./findings/finding.js";
export { redact } from "./findings/redact.js";
export {
  type HookChange,
  type HookKind,
  type HookOptions,
  installHook,
  uninstallHook,
} from "./hooks/hook.js";
export { REPORT_FORMATS, type ReportFormat, reporters } from "./report/index.js";
export type { Reporter, ReportInput, ReportOptions } from "./report/reporter.js";
export {
  CHUNK_SIZE,
  ChunkScanner,
  type InputOptions,
  type ScannedInput,
  type SkipReason,
  scanEngine,
} from "./scan/chunk-scanner.js";
export { type ScanOptions, scan } from "./scan/directory.js";
export {
  type GitScanOptions,
  type GitScanResult,
  type GitScanStats,
  scanGitHistory,
} from "./scan/history.js";
export type { ScanResult, ScanStats, ScanTimings } from "./scan/result.js";
export { type StagedScanOptions, scanStaged } from "./scan/staged.js";
export { scanText, type TextScanOptions } from "./scan/text.js";
export { WorkerPool, type WorkerPoolOptions } from "./scan/worker-pool.js";
export { type PushUpdate, parsePushUpdates } from "./sources/git.js";
export {
  type Verification,
  type VerificationStatus,
  type VerifyFindingsOptions,
  type VerifyOptions,
  type VerifyTarget,
  verifyAll,
  verifyFindings,
  verifyOne,
  verifyResult,
} from "./verify/verify.js";
export { VERSION } from "./version.js";
