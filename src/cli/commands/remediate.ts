import { readFileSync, writeFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { UsageError } from "../../errors.js";
import { buildPlans } from "../../remediate/plan.js";
import {
  REMEDIATION_FORMATS,
  type Remediation,
  type RemediationFormat,
  renderRemediation,
} from "../../remediate/render.js";
import { buildReplacements, writePrivateFile } from "../../remediate/replacements.js";
import { printable } from "../../report/printable.js";
import { everCommitted, readCommittedFile } from "../../sources/git-files.js";
import { type ReportEntry, recheckEntries, reportEntries } from "../../verify/recheck.js";
import { addConfigOptions, type ConfigFlags, loadCliConfig } from "../config-options.js";
import { assertWritable } from "../report-output.js";

interface RemediateFlags extends ConfigFlags {
  from: string;
  replacements?: string;
  format: RemediationFormat;
  output?: string;
}

export function register(program: Command): void {
  addConfigOptions(
    program
      .command("remediate")
      .description(
        "Plan the fix of every secret of a JSON report: revoke, replace in code, purge from history.",
      )
      .requiredOption("--from <report.json>", "a JSON report of keyhound scan or keyhound git")
      .option(
        "--replacements <file>",
        "write a git filter-repo --replace-text file for the secrets in history, read again at their recorded places (mode 0600; holds the secrets)",
      )
      .addOption(
        new Option("-f, --format <format>", "output format").choices(REMEDIATION_FORMATS).default("text"),
      )
      .option("-o, --output <file>", "write the plan to a file instead of standard output"),
  )
    .addHelpText(
      "after",
      `
One plan per secret (the report's secretHash), with every place it was seen: where and how to
revoke it, the environment variable to read instead (as code in each file's language), and for
secrets in history (a keyhound git report, or a committed file) the steps to purge them with
git filter-repo, force-push and have collaborators clone again. Paths are read relative to the
current directory, commits from the repository it is in.
keyhound rewrites nothing, runs no git filter-repo and contacts no vendor.
Exit codes: 0 plan written, 1 some secret to purge was not found again for --replacements,
2 usage or runtime error.

Examples:
  keyhound git --format json --output report.json
  keyhound remediate --from report.json --replacements ../replacements.txt
  keyhound remediate --from report.json --format markdown --output plan.md`,
    )
    .action(remediateCommand);
}

function remediateCommand(flags: RemediateFlags): void {
  if (flags.output !== undefined) assertWritable(flags.output);
  if (flags.replacements !== undefined) assertWritable(flags.replacements);
  const entries = readReport(flags.from);
  const catalog = loadCliConfig(flags, ".").detectors;
  const plans = buildPlans(entries, { catalog, isCommitted: everCommitted });
  let remediation: Remediation = { report: flags.from, plans };
  if (flags.replacements !== undefined) {
    const toPurge = new Set(plans.filter((p) => p.history).map((p) => p.secretHash));
    const rechecked = recheckEntries(
      entries.filter((e) => toPurge.has(e.secretHash)),
      { catalog, readCommitted: (commit, path) => readCommittedFile(".", commit, path) },
    );
    const replacements = buildReplacements(plans, rechecked);
    if (replacements.lines.length > 0) {
      writeOrFail(flags.replacements, () =>
        writePrivateFile(flags.replacements as string, `${replacements.lines.join("\n")}\n`),
      );
    }
    remediation = { ...remediation, replacements: { file: flags.replacements, ...replacements } };
    process.exitCode = replacements.notFound.length > 0 ? 1 : 0;
  }
  const text = renderRemediation(remediation, flags.format);
  if (flags.output === undefined) {
    process.stdout.write(text);
    return;
  }
  writeOrFail(flags.output, () => writeFileSync(flags.output as string, text));
  process.stderr.write(
    `keyhound: remediation plan for ${plans.length} secret${plans.length === 1 ? "" : "s"} written to ${printable(flags.output)}\n`,
  );
}

function readReport(path: string): ReportEntry[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${path}: ${code === "ENOENT" ? "no such file" : (code ?? String(error))}`,
    );
  }
  try {
    return reportEntries(text);
  } catch (error) {
    throw new UsageError(`${path} ${(error as Error).message}`);
  }
}

function writeOrFail(path: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
