import type { Finding } from "../findings/finding.js";
import { VERSION } from "../version.js";
import type { Reporter } from "./reporter.js";

/**
 * JUnit XML, for CI servers that show test results (GitLab, Jenkins, Azure Pipelines): one
 * suite, one failing test case per finding, named by file (classname) and by detector and line.
 * No finding gives a suite of zero tests and zero failures. Test reports are stored and shown
 * by the CI server, so this format never holds a secret, even with --no-redact.
 */
export const junitReporter: Reporter = ({ findings, stats }) => {
  const seconds = (stats.durationMs / 1000).toFixed(3);
  const cases = findings.map((f) => {
    const message = `${f.detectorName} found: ${f.redacted}`;
    return [
      `    <testcase classname="${xmlAttribute(f.path)}" name="${xmlAttribute(`${f.detectorId} line ${f.line}`)}" time="0">`,
      `      <failure message="${xmlAttribute(message)}" type="${xmlAttribute(f.severity)}">${xmlText(failureBody(f))}</failure>`,
      "    </testcase>",
    ].join("\n");
  });
  const counts = `tests="${findings.length}" failures="${findings.length}" errors="0" skipped="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="keyhound" ${counts} time="${seconds}">`,
    `  <testsuite name="keyhound ${xmlAttribute(VERSION)}" ${counts} time="${seconds}">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
};

function failureBody(f: Finding): string {
  return [
    `${f.severity.toUpperCase()} ${f.detectorName} (${f.detectorId}) at ${f.path}:${f.line}:${f.column}`,
    f.snippet,
    ...(f.commit
      ? [
          `introduced in ${f.commit.commit.slice(0, 10)} by ${f.commit.author}, ${f.commit.date}: ${f.commit.summary}`,
        ]
      : []),
    ...(f.verification ? [`verification: ${f.verification.status} (${f.verification.detail})`] : []),
    `fix: ${f.fix}`,
    `keyhound explain ${f.detectorId}`,
  ].join("\n");
}

/**
 * XML 1.0 cannot hold most control characters, even as references, and file names and
 * snippets can contain them: they become U+FFFD, as do unpaired surrogates. A carriage return
 * is written as a reference, which a parser keeps (a raw one it would turn into a line feed).
 */
function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/** Also quotes, and tabs and line breaks as references, which a parser would turn into spaces. */
function xmlAttribute(text: string): string {
  return xmlText(text)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;");
}
