import { Command, InvalidArgumentError, Option } from "commander";
import { SEVERITIES } from "../catalog/types.js";
import { REPORT_FORMATS } from "../report/index.js";
import { VERSION } from "../version.js";
import { detectorsCommand, explainCommand } from "./catalog-commands.js";
import { scanCommand } from "./scan-command.js";

const list = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
];

export function buildProgram(): Command {
  const program = new Command()
    .name("keyhound")
    .description("Find leaked credentials, say what each one is and how bad it is, and how to fix it.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`keyhound: ${text.replace(/^error: /, "")}`) });

  program
    .command("scan")
    .description("Scan files and directories (default: the current directory) for credentials.")
    .argument("[paths...]", "files or directories to scan")
    .addOption(new Option("-f, --format <format>", "report format").choices(REPORT_FORMATS).default("text"))
    .option("-o, --output <file>", "write the report to a file instead of standard output")
    .option("--no-redact", "show secrets in clear in the report (never in SARIF)")
    .addOption(
      new Option("-s, --severity <level>", "report only findings at or above this severity").choices(
        SEVERITIES,
      ),
    )
    .option(
      "-d, --detectors <ids>",
      'run only these detectors (comma-separated ids, "aws*" for a prefix)',
      list,
    )
    .option("-x, --exclude-detectors <ids>", "skip these detectors (comma-separated ids or prefixes)", list)
    .option(
      "--exclude <patterns>",
      "skip paths matching these .gitignore-style patterns (comma-separated)",
      list,
    )
    .option("--no-gitignore", "also scan files that .gitignore excludes (.keyhoundignore still applies)")
    .option(
      "--max-file-size <bytes>",
      "skip files larger than this (default: stream files of any size)",
      parsePositiveInt,
    )
    .option("--exit-code <code>", "exit code when findings are reported", parseExitCode, 1)
    .addHelpText(
      "after",
      `
Exit codes: 0 nothing found, 1 findings (see --exit-code), 2 usage or runtime error.
Silence a reviewed line with a "keyhound:ignore" comment; skip paths with a .keyhoundignore file.

Examples:
  keyhound scan .
  keyhound scan src config/.env --severity high
  keyhound scan . --format sarif --output keyhound.sarif`,
    )
    .action(scanCommand);

  program
    .command("detectors")
    .description("List the detector catalog, or check it.")
    .option("--json", "print the catalog as JSON")
    .option("--vendor <name>", "only detectors of this vendor (case-insensitive)")
    .option("--family <name>", "only detectors of this family (case-insensitive)")
    .addOption(new Option("--severity <level>", "only detectors of this severity").choices(SEVERITIES))
    .option("--check", "run the catalog self-check (examples, negatives, metadata, pattern speed)")
    .action(detectorsCommand);

  program
    .command("explain")
    .description("Show a detector's page: what the credential is, what a leak means, and the fix.")
    .argument("<id>", 'detector id, as printed in reports (e.g. "anthropic")')
    .option("--markdown", "print the page as Markdown")
    .action(explainCommand);

  return program;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}

function parseExitCode(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 255)
    throw new InvalidArgumentError(`"${value}" is not an exit code (0-255)`);
  return n;
}
