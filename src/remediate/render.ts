import { printable } from "../report/printable.js";
import { VERSION } from "../version.js";
import type { Place, SecretPlan } from "./plan.js";
import { purgeSteps } from "./purge.js";
import type { NotFound } from "./replacements.js";

/** Everything `keyhound remediate` says, before it is written in one format. */
export interface Remediation {
  /** The report the plans come from, as the user named it. */
  readonly report: string;
  readonly plans: readonly SecretPlan[];
  /** Set when a replacements file was written (`--replacements`). */
  readonly replacements?: {
    readonly file: string;
    readonly replaced: readonly number[];
    readonly notFound: readonly NotFound[];
  };
}

export const REMEDIATION_FORMATS = ["text", "markdown", "json"] as const;
export type RemediationFormat = (typeof REMEDIATION_FORMATS)[number];

export function renderRemediation(remediation: Remediation, format: RemediationFormat): string {
  if (format === "json") return renderJson(remediation);
  return format === "markdown" ? renderMarkdown(remediation) : renderText(remediation);
}

const inHistory = (r: Remediation) => r.plans.filter((p) => p.history);
const secretNumbers = (plans: readonly SecretPlan[]) =>
  `${plans.length === 1 ? "secret" : "secrets"} ${plans.map((p) => p.number).join(", ")}`;
const purge = (r: Remediation) => purgeSteps({ report: r.report, replacementsFile: r.replacements?.file });
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function placeText(place: Place): string {
  return `${place.path}:${place.line}:${place.column}${place.commit ? ` in commit ${place.commit.slice(0, 10)}` : ""}`;
}

function historyNote(plan: SecretPlan): string {
  if (plan.history === "found in history")
    return plan.inHistoryOnly
      ? "in history only: gone from HEAD, so an edit cannot remove it; revoke it, then purge history (below)"
      : "committed, and HEAD still holds it (keyhound scan lists where): change the code, then purge history (below)";
  return "the file is committed to git: the secret is likely in its history too (confirm with keyhound git); purge it (below)";
}

/** For a terminal: what came from the report (paths, names) has its control characters escaped. */
function renderText(r: Remediation): string {
  const lines = [`keyhound remediation plan: ${count(r.plans.length, "secret")} from ${printable(r.report)}`];
  for (const plan of r.plans) {
    lines.push(
      "",
      `${plan.number}. ${printable(plan.detector.severity.toUpperCase())}  ${printable(plan.detector.name)} (${printable(plan.detector.id)})${plan.redacted ? `  ${printable(plan.redacted)}` : ""}`,
      `   seen at (${plan.places.length}):`,
      ...plan.places.map((p) => `     ${printable(placeText(p))}`),
      `   revoke: ${plan.revoke ?? "no catalog entry for this detector: revoke it where it was issued"}`,
      `   replace in code: set ${plan.envVar} from your secret manager or CI secrets, then read it`,
    );
    for (const replacement of plan.replacements) {
      lines.push(
        `     ${replacement.language} (${printable(replacement.paths.join(", "))})${replacement.code ? `: ${replacement.code}` : ""}`,
      );
      lines.push(`       ${replacement.advice}`);
    }
    if (plan.audit) lines.push(`   audit: ${plan.audit}`);
    if (plan.bestPractices) lines.push(`   best practices: ${plan.bestPractices}`);
    if (plan.encoded)
      lines.push("   stored encoded (base64...): the file holds it encoded, not as the plan shows");
    if (plan.history) lines.push(`   history: ${historyNote(plan)}`);
  }
  const purged = inHistory(r);
  if (purged.length > 0) {
    lines.push("", `Purge from history (${secretNumbers(purged)}):`);
    lines.push(...purge(r).map((step, i) => `  ${i + 1}. ${step}`));
  }
  if (r.replacements) lines.push("", ...replacementsText(r.replacements, printable));
  return `${lines.join("\n")}\n`;
}

function replacementsText(
  replacements: NonNullable<Remediation["replacements"]>,
  safe: (text: string) => string,
): string[] {
  const { replaced } = replacements;
  const lines = [
    replaced.length > 0
      ? `Replacements file: ${safe(replacements.file)} (mode 0600), ${count(replaced.length, "secret")} (${replaced.join(", ")}). It holds live secrets: delete it after use.`
      : `No replacements file written: no secret to purge was found again at its recorded places.`,
  ];
  for (const missing of replacements.notFound) {
    lines.push(`Not found, so not in the file: secret ${missing.plan}`);
    for (const place of missing.places) lines.push(`  ${safe(placeText(place))}: ${place.reason}`);
  }
  return lines;
}

/** Inline code that holds whatever it quotes, backticks included. */
function code(text: string): string {
  const fence = "`".repeat((text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0) + 1);
  return `${fence}${text.startsWith("`") || text.endsWith("`") ? ` ${text} ` : text}${fence}`;
}

/** For a ticket or a pull request: headings, lists, paths as code. */
function renderMarkdown(r: Remediation): string {
  const lines = [
    `# Remediation plan: ${count(r.plans.length, "secret")}`,
    "",
    `From ${code(printable(r.report))}.`,
  ];
  for (const plan of r.plans) {
    lines.push(
      "",
      `## ${plan.number}. ${printable(plan.detector.name)} (${code(printable(plan.detector.id))}), ${printable(plan.detector.severity)}`,
      "",
      ...(plan.redacted ? [`Secret: ${code(printable(plan.redacted))}`, ""] : []),
      "Seen at:",
      "",
      ...plan.places.map((p) => `- ${code(printable(placeText(p)))}`),
      "",
      `- [ ] **Revoke**: ${plan.revoke ?? "no catalog entry for this detector: revoke it where it was issued."}`,
      `- [ ] **Replace in code**: set ${code(plan.envVar)} from your secret manager or CI secrets, then read it:`,
      ...plan.replacements.map(
        (x) =>
          `  - ${x.language} (${x.paths.map((path) => code(printable(path))).join(", ")})${x.code ? `: ${code(x.code)}` : ""}. ${x.advice}`,
      ),
      ...(plan.audit ? [`- [ ] **Audit**: ${plan.audit}`] : []),
      ...(plan.bestPractices ? [`- [ ] ${plan.bestPractices}`] : []),
      ...(plan.encoded
        ? ["- Stored encoded (base64...): the file holds it encoded, not as the plan shows."]
        : []),
      ...(plan.history ? [`- [ ] **History**: ${historyNote(plan)}.`] : []),
    );
  }
  const purged = inHistory(r);
  if (purged.length > 0) {
    lines.push("", `## Purge from history (${secretNumbers(purged)})`, "");
    lines.push(...purge(r).map((step, i) => `${i + 1}. ${step}`));
  }
  if (r.replacements) lines.push("", ...replacementsText(r.replacements, (text) => code(printable(text))));
  return `${lines.join("\n")}\n`;
}

function renderJson(r: Remediation): string {
  const purged = inHistory(r);
  return `${JSON.stringify(
    {
      version: 1,
      tool: { name: "keyhound", version: VERSION },
      report: r.report,
      plans: r.plans,
      purge: purged.length > 0 ? { secrets: purged.map((p) => p.number), steps: purge(r) } : null,
      replacements: r.replacements ?? null,
    },
    null,
    2,
  )}\n`;
}
