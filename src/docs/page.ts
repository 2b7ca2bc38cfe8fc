import { mitigationSteps } from "../catalog/mitigation.js";
import type { Detector, ExampleSource } from "../catalog/types.js";
import { redact } from "../findings/redact.js";
import { scanText } from "../scan/text.js";

/** A detector's documentation page, in the layout of the catalog's seed page. */
export interface DetectorPage {
  readonly title: string;
  readonly fields: ReadonlyArray<readonly [label: string, value: string]>;
  readonly description: string;
  readonly security: readonly string[];
  readonly exampleIntro: string;
  /** A leak as it would appear in a file, with the secret redacted. */
  readonly example: string;
  readonly mitigation: readonly string[];
  readonly references: readonly string[];
}

export function exampleText(source: ExampleSource): string {
  return typeof source === "function" ? source() : source;
}

export function detectorPage(detector: Detector): DetectorPage {
  const example = redactExample(exampleText(detector.examples[0] ?? ""), detector);
  const article = /^[aeiou]/i.test(detector.name) ? "an" : "a";
  return {
    title: detector.name,
    fields: [
      ["ID", detector.id],
      ["Severity", detector.severity],
      ["Vendor", detector.vendor],
      ["Family", detector.family],
      ["Confidence", detector.confidence ?? "high"],
      ["Keywords", detector.keywords.join(", ")],
    ],
    description: detector.description,
    security: detector.security,
    exampleIntro: `The following is a leak of ${article} ${detector.name}:`,
    example,
    mitigation: mitigationSteps(detector),
    references: [
      ...(detector.references ?? []),
      ...(detector.mitigation.revokeUrl ? [detector.mitigation.revokeUrl] : []),
    ],
  };
}

/**
 * The example with every credential in it redacted, found by this detector and by the whole
 * catalog, companions included (the AWS secret key carried by its key id's finding), so that
 * the page itself passes `keyhound scan`.
 */
function redactExample(example: string, detector: Detector): string {
  // Detectors that read files by name find their examples only under that name.
  const path = detector.file?.examplePath;
  const own = scanText(example, { catalog: [detector], path });
  // A detector that misses its own example (one being written, a user's rule), or finds it
  // only decoded (a percent-encoded cookie), would otherwise leave it raw: mask every long
  // token-like run so that no page holds a usable secret.
  if (own.length === 0 || own.some((finding) => !example.includes(finding.secret))) {
    return example.replace(/[A-Za-z0-9+/_.%-]{16,}={0,2}/g, (run) => redact(run));
  }
  // Every severity: a public key in an example is still redacted on the page.
  const replacements = [...own, ...scanText(example, { minSeverity: "info", path })].flatMap((finding) => [
    [finding.secret, finding.redacted] as const,
    ...(finding.companions ?? []).map((c) => [c.value, c.redacted] as const),
  ]);
  // Longest first, so a secret that contains another is replaced whole.
  replacements.sort((a, b) => b[0].length - a[0].length);
  let text = example;
  for (const [value, redacted] of replacements) text = text.split(value).join(redacted);
  return text;
}

/** The page as terminal text (`keyhound explain <id>`). */
export function renderPageText(page: DetectorPage, bold: (s: string) => string = (s) => s): string {
  const width = Math.max(...page.fields.map(([label]) => label.length)) + 2;
  const bullet = (items: readonly string[]) => items.map((item) => wrap(item, "  - ", "    ")).join("\n");
  return [
    bold(page.title),
    "",
    ...page.fields.map(([label, value]) => `${label.padEnd(width)}${value}`),
    "",
    bold("Description"),
    wrap(page.description, "", ""),
    "",
    bold("Security"),
    bullet(page.security),
    "",
    bold("Examples"),
    page.exampleIntro,
    ...page.example.split("\n").map((line) => `    ${line}`),
    "",
    bold("Mitigation / Fix"),
    bullet(page.mitigation),
    ...(page.references.length > 0 ? ["", bold("References"), ...page.references.map((r) => `  ${r}`)] : []),
    "",
  ].join("\n");
}

/** The page as Markdown, for the docs site and SARIF help. */
export function renderPageMarkdown(page: DetectorPage): string {
  return [
    `# ${page.title}`,
    "",
    "| | |",
    "|---|---|",
    ...page.fields.map(([label, value]) => `| ${label} | \`${value}\` |`),
    "",
    "## Description",
    "",
    page.description,
    "",
    "## Security",
    "",
    ...page.security.map((s) => `- ${s}`),
    "",
    "## Examples",
    "",
    page.exampleIntro,
    "",
    "```",
    page.example,
    "```",
    "",
    "## Mitigation / Fix",
    "",
    ...page.mitigation.map((s, i) => `${i + 1}. ${s}`),
    ...(page.references.length > 0
      ? ["", "## References", "", ...page.references.map((r) => `- <${r}>`)]
      : []),
    "",
  ].join("\n");
}

function wrap(text: string, first: string, rest: string, width = 96): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = first;
  for (const word of words) {
    if (line.length + word.length > width && line.trim().length > 0) {
      lines.push(line.trimEnd());
      line = rest;
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines.join("\n");
}
