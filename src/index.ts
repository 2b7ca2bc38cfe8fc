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
  AnalysisFact,
  AnalyzeSpec,
  Confidence,
  Detector,
  ExampleSource,
  FactSource,
  FactSources,
  JsonScalar,
  MatchContext,
  Mitigation,
  ResponseProperty,
  Severity,
  Validator,
  VerifySpec,
} from "./catalog/types.js";
export { ANALYSIS_FACTS, SEVERITIES } from "./catalog/types.js";
export { type DetectorPage, detectorPage, renderPageMarkdown, renderPageText } from "./docs/page.js";
export { type DocsSiteResult, writeDocsSite } from "./docs/site.js";
export type { Encoding } from "./engine/decode/index.js";
export { type Candidate, Engine, type EngineOptions } from "./engine/engine.js";
export { buildKeywordTables, type KeywordTables } from "./engine/prefilter.js";
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
export {
  type Allowlist,
  type ApplyOptions,
  applyAllowlist,
  type LineRule,
  type RawAllowlist,
} from "./policy/allowlist.js";
export {
  applyBaseline,
  BASELINE_FILE,
  type Baseline,
  type BaselineEntry,
  type BaselineUpdate,
  baselineFromFindings,
  readBaseline,
  serializeBaseline,
  type Triage,
  updateBaseline,
  VERDICTS,
  type Verdict,
  writeBaseline,
} from "./policy/baseline.js";
export {
  applyConfig,
  CONFIG_FILE_NAMES,
  findConfigFile,
  type KeyhoundConfig,
  type LoadConfigOptions,
  type LoadedConfig,
  loadConfig,
} from "./policy/config.js";
export { CONFIG_SCHEMA } from "./policy/config-schema.js";
export type { CustomDetectorSpec } from "./policy/custom-detectors.js";
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
export { type ImageScanOptions, scanImage } from "./scan/image.js";
export type { ScanResult, ScanStats, ScanTimings } from "./scan/result.js";
export { type StagedScanOptions, scanStaged } from "./scan/staged.js";
export { scanText, type TextScanOptions } from "./scan/text.js";
export { WorkerPool, type WorkerPoolOptions } from "./scan/worker-pool.js";
export { type PushUpdate, parsePushUpdates } from "./sources/git.js";
export { type Analysis, describeAnalysis } from "./verify/analyze.js";
export { type RecheckedFinding, recheckReport } from "./verify/recheck.js";
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
