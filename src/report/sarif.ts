import { catalog } from "../catalog/index.js";
import { mitigationSteps } from "../catalog/mitigation.js";
import type { Detector, Severity } from "../catalog/types.js";
import type { Finding } from "../findings/finding.js";
import { EXPECTED_SKIPS, SKIP_REASONS } from "../scan/result.js";
import { VERSION } from "../version.js";
import type { Reporter, ReportInput } from "./reporter.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};

/** GitHub code scanning ranks security alerts by this 0-10 score. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0",
};

const PRECISION = { high: "very-high", medium: "high", low: "medium" } as const;

/**
 * SARIF 2.1.0 as GitHub code scanning loads it: one rule per detector that reported, with the
 * detector's page as help text; results carry redacted messages and content-based fingerprints.
 */
export const sarifReporter: Reporter = ({ findings, stats }, options) => {
  const byId = new Map((options.detectors ?? catalog).map((d) => [d.id, d]));
  const ruleIds = [...new Set(findings.map((f) => f.detectorId))];
  const rules = ruleIds.map((id) => sarifRule(byId.get(id), id));
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "keyhound",
            semanticVersion: VERSION,
            informationUri: "https://www.npmjs.com/package/keyhound",
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: skipNotifications(stats) }],
        originalUriBaseIds: { "%SRCROOT%": { uri: "./" } },
        results: findings.map((f) => ({
          ruleId: f.detectorId,
          ruleIndex: ruleIndex.get(f.detectorId) ?? 0,
          level: LEVEL[f.severity],
          message: {
            text: `${f.detectorName} found: ${f.redacted}.${historyNote(f)} ${f.fix} Run "keyhound explain ${f.detectorId}" for the full fix.`,
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: sarifUri(f.path), uriBaseId: "%SRCROOT%" },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  endLine: f.endLine,
                  endColumn: f.endColumn,
                  snippet: { text: f.snippet },
                },
              },
            },
          ],
          partialFingerprints: { "keyhound/v1": f.fingerprint },
          properties: {
            severity: f.severity,
            confidence: f.confidence,
            ...(f.decoded ? { decoded: f.decoded } : {}),
            ...(f.details ? { details: f.details } : {}),
            ...(f.commit ? { commit: f.commit.commit, author: f.commit.author, date: f.commit.date } : {}),
            ...(f.history ?? {}),
            ...(f.verification
              ? {
                  verification: f.verification.status,
                  verificationDetail: f.verification.detail,
                  ...(f.verification.endpoint ? { verificationEndpoint: f.verification.endpoint } : {}),
                  ...(f.verification.httpStatus ? { verificationHttpStatus: f.verification.httpStatus } : {}),
                  ...(f.verification.rule ? { verificationRule: f.verification.rule } : {}),
                  ...(f.verification.checkedAt ? { verifiedAt: f.verification.checkedAt } : {}),
                  ...(f.verification.analysis ? { verificationAnalysis: f.verification.analysis } : {}),
                }
              : {}),
          },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** Example paths named per reason: the notification stays short. */
const NOTIFIED_PATHS = 5;

/**
 * One notification per reason files were not scanned, with the count and a few paths, so that
 * code scanning shows what the scan did not see: a warning for content that should have been
 * read, a note for what is not text or was left out on purpose.
 */
function skipNotifications(stats: ReportInput["stats"]) {
  return SKIP_REASONS.filter((reason) => (stats.skippedBy?.[reason] ?? 0) > 0).map((reason) => {
    const count = stats.skippedBy?.[reason] as number;
    const paths = (stats.skippedPaths?.[reason] ?? []).slice(0, NOTIFIED_PATHS);
    const examples = paths.length > 0 ? `: ${paths.join(", ")}${count > paths.length ? ", …" : ""}` : "";
    return {
      descriptor: { id: `not-scanned/${reason.replace(" ", "-")}` },
      level: EXPECTED_SKIPS.has(reason) ? "note" : "warning",
      message: { text: `${count} not scanned (${reason})${examples}` },
      locations: paths.map((path) => ({
        physicalLocation: { artifactLocation: { uri: sarifUri(path), uriBaseId: "%SRCROOT%" } },
      })),
      properties: { reason, count },
    };
  });
}

function sarifUri(path: string): string {
  return encodeURI(path.split("\\").join("/"));
}

function historyNote(f: Finding): string {
  if (!f.commit) return "";
  const where = ` Introduced in commit ${f.commit.commit.slice(0, 10)} (${f.commit.date}).`;
  return f.history?.inHistoryOnly
    ? `${where} It is in history only (gone from HEAD): revoke it, then purge it from history.`
    : where;
}

function sarifRule(detector: Detector | undefined, id: string) {
  if (!detector) return { id, name: id, shortDescription: { text: id } };
  const steps = mitigationSteps(detector);
  const text = [
    detector.description,
    "",
    "Security impact:",
    ...detector.security.map((s) => `- ${s}`),
    "",
    "Mitigation / Fix:",
    ...steps.map((s, i) => `${i + 1}. ${s}`),
  ].join("\n");
  const markdown = [
    detector.description,
    "",
    "**Security impact**",
    "",
    ...detector.security.map((s) => `- ${s}`),
    "",
    "**Mitigation / Fix**",
    "",
    ...steps.map((s, i) => `${i + 1}. ${s}`),
  ].join("\n");
  return {
    id: detector.id,
    name: pascalCase(detector.name),
    shortDescription: { text: detector.name },
    fullDescription: { text: detector.description },
    help: { text, markdown },
    ...(detector.mitigation.revokeUrl ? { helpUri: detector.mitigation.revokeUrl } : {}),
    defaultConfiguration: { level: LEVEL[detector.severity] },
    properties: {
      tags: ["security", "secret", detector.vendor, detector.family],
      "security-severity": SECURITY_SEVERITY[detector.severity],
      precision: PRECISION[detector.confidence ?? "high"],
    },
  };
}

function pascalCase(text: string): string {
  return text
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((w) => (w[0] ?? "").toUpperCase() + w.slice(1))
    .join("");
}
