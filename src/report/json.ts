import type { Finding } from "../findings/finding.js";
import { VERSION } from "../version.js";
import type { Reporter } from "./reporter.js";

/**
 * The JSON report, shape version 1 (documented in README.md, "JSON report"). Fields are only
 * ever added within a version; a rename or removal bumps `version`.
 */
const JSON_REPORT_VERSION = 1;

export const jsonReporter: Reporter = ({ findings, stats }, { showSecrets = false }) =>
  `${JSON.stringify(
    {
      version: JSON_REPORT_VERSION,
      tool: { name: "keyhound", version: VERSION },
      stats: { ...stats, findings: findings.length },
      findings: findings.map((finding) => jsonFinding(finding, showSecrets)),
    },
    null,
    2,
  )}\n`;

/** One finding as the JSON report writes it (also one line of the JSON Lines report). */
export function jsonFinding(finding: Finding, showSecrets: boolean) {
  return {
    detector: finding.detectorId,
    name: finding.detectorName,
    vendor: finding.vendor,
    family: finding.family,
    severity: finding.severity,
    confidence: finding.confidence,
    path: finding.path,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    redacted: finding.redacted,
    ...(showSecrets ? { secret: finding.secret } : {}),
    snippet: finding.snippet,
    fingerprint: finding.fingerprint,
    secretHash: finding.secretHash,
    fix: finding.fix,
    ...(finding.details ? { details: finding.details } : {}),
    ...(finding.companions
      ? {
          companions: finding.companions.map(({ name, value, redacted }) => ({
            name,
            redacted,
            ...(showSecrets ? { value } : {}),
          })),
        }
      : {}),
    ...(finding.decoded ? { decoded: finding.decoded } : {}),
    ...(finding.verification ? { verification: finding.verification } : {}),
    ...(finding.commit ? { commit: finding.commit } : {}),
    ...(finding.history ? { history: finding.history } : {}),
  };
}
