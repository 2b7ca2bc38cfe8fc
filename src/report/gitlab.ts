import { catalog } from "../catalog/index.js";
import { mitigationSteps } from "../catalog/mitigation.js";
import type { Detector, Severity } from "../catalog/types.js";
import { type Finding, sha256 } from "../findings/finding.js";
import { VERSION } from "../version.js";
import type { Reporter } from "./reporter.js";

/** The version of GitLab's secret-detection report schema this report conforms to. */
export const GITLAB_SCHEMA_VERSION = "15.0.7";

const SEVERITY: Record<Severity, "Critical" | "High" | "Medium" | "Low" | "Info"> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
  info: "Info",
};

/** A working-tree scan has no commit, which the schema requires: GitLab's analyzer writes this. */
const NO_COMMIT = "0000000";

/** The schema's limit on `solution`. */
const SOLUTION_MAX = 7000;

const KEYHOUND = { id: "keyhound", name: "keyhound", version: VERSION, vendor: { name: "keyhound" } };

/**
 * GitLab's secret-detection report (`artifacts:reports:secret_detection`), schema 15.0.7: one
 * vulnerability per finding, identified by the detector id. GitLab stores the report and
 * shows it in merge requests and the vulnerability report, so it never holds a secret, even
 * with --no-redact; `raw_source_code_extract` is left out for the same reason.
 */
export const gitlabReporter: Reporter = ({ findings, stats }) => {
  const byId = new Map(catalog.map((d) => [d.id, d]));
  // Reports are written as the scan ends, so its start is the end less its duration.
  const end = Date.now();
  const report = {
    version: GITLAB_SCHEMA_VERSION,
    vulnerabilities: findings.map((f) => vulnerability(f, byId.get(f.detectorId))),
    scan: {
      analyzer: KEYHOUND,
      scanner: KEYHOUND,
      type: "secret_detection",
      start_time: gitlabTime(end - stats.durationMs),
      end_time: gitlabTime(end),
      status: "success",
    },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};

function vulnerability(f: Finding, detector: Detector | undefined) {
  const steps = detector ? mitigationSteps(detector) : [f.fix];
  const revokeUrl = detector?.mitigation.revokeUrl;
  return {
    id: uuidFrom(`${f.fingerprint}\0${f.line}\0${f.column}\0${f.commit?.commit ?? ""}`),
    category: "secret_detection",
    name: f.detectorName,
    description: `${detector?.description ?? f.detectorName} Found: ${f.redacted}.${historyNote(f)}`,
    severity: SEVERITY[f.severity],
    solution: truncate(steps.map((s, i) => `${i + 1}. ${s}`).join("\n"), SOLUTION_MAX),
    location: {
      file: f.path.split("\\").join("/"),
      start_line: f.line,
      end_line: f.endLine,
      commit: f.commit
        ? { sha: f.commit.commit, author: f.commit.author, date: f.commit.date, message: f.commit.summary }
        : { sha: NO_COMMIT },
    },
    identifiers: [
      { type: "keyhound_rule_id", name: `keyhound rule ID ${f.detectorId}`, value: f.detectorId },
    ],
    ...(revokeUrl && /^https?:\/\//.test(revokeUrl) ? { links: [{ name: "Revoke", url: revokeUrl }] } : {}),
  };
}

function historyNote(f: Finding): string {
  if (!f.history?.inHistoryOnly) return "";
  return " It is in history only (gone from HEAD): revoke it, then purge it from history.";
}

/** `yyyy-mm-ddThh:mm:ss` in UTC, the only form the schema accepts. */
function gitlabTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** The schema recommends a UUID: one derived from the finding, so a re-scan gives the same id. */
function uuidFrom(text: string): string {
  const hex = sha256(text);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
