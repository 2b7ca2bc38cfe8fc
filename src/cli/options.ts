import { type Command, InvalidArgumentError, Option } from "commander";
import { type Confidence, SEVERITIES, type Severity } from "../catalog/types.js";
import { REPORT_FORMATS, type ReportFormat } from "../report/index.js";
import { DEFAULT_ARCHIVE_OPTIONS } from "../scan/archives.js";
import { DEFAULT_MAX_DECODE_DEPTH, MAX_DECODE_DEPTH } from "../scan/decoded.js";
import { ANALYZE_HELP, BASE_URL_HELP, parseBaseUrlFlag, type VerificationFlags } from "./verification.js";

/** Flags set by `addReportOptions`, shared by every command that scans. */
export interface ReportFlags extends VerificationFlags {
  format: ReportFormat;
  output?: string;
  redact: boolean;
  verbose?: boolean;
  quiet?: boolean;
  severity?: Severity;
  minConfidence?: Confidence;
  detectors?: string[];
  excludeDetectors?: string[];
  exclude?: string[];
  exitCode: number;
}

/** Comma-separated values, which may also be given by repeating the option. */
export const list = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
];

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}

/** `--max-decode-depth`, shared by the commands that scan content. */
export function decodeDepthOption(): Option {
  return new Option(
    "--max-decode-depth <n>",
    `look for secrets in encoded text (base64, hex, %XX, \\u escapes) this many encodings deep (0: off; max ${MAX_DECODE_DEPTH})`,
  )
    .argParser(parseDecodeDepth)
    .default(DEFAULT_MAX_DECODE_DEPTH);
}

function parseDecodeDepth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_DECODE_DEPTH)
    throw new InvalidArgumentError(`"${value}" is not a decode depth (0-${MAX_DECODE_DEPTH})`);
  return n;
}

function parseExitCode(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 255)
    throw new InvalidArgumentError(`"${value}" is not an exit code (0-255)`);
  return n;
}

/** The report, detector selection, path exclusion and exit code options of every scanning command. */
export function addReportOptions(command: Command): Command {
  return command
    .addOption(new Option("-f, --format <format>", "report format").choices(REPORT_FORMATS).default("text"))
    .option("-o, --output <file>", "write the report to a file instead of standard output")
    .option(
      "--no-redact",
      "show secrets in clear in text, json, jsonl, csv and html reports (never in sarif, gitlab, junit, github)",
    )
    .option("--verbose", "text report: show the fix under every finding, not once per detector")
    .option(
      "-q, --quiet",
      "no progress line on standard error (shown on a terminal once a scan runs past 1 s)",
    )
    .addOption(
      new Option(
        "-s, --severity <level>",
        "report only findings at or above this severity (default: low, or info with --detectors; info: keys public by design, such as PostHog project keys)",
      ).choices(SEVERITIES),
    )
    .addOption(
      new Option(
        "--min-confidence <level>",
        "report only findings at or above this confidence (context rules report low in test, example and docs paths)",
      ).choices(["high", "medium", "low"]),
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
    .option("--exit-code <code>", "exit code when findings are reported", parseExitCode, 1)
    .option(
      "--verify",
      "ask each credential's vendor whether it is live (sends the secret to that vendor's own API only)",
    )
    .option(
      "--only-verified",
      "report only findings the vendor confirmed live (implies --verify; says on stderr how many it left out)",
    )
    .option("--analyze", `${ANALYZE_HELP} (implies --verify)`)
    .option("--verify-base-url <id=url>", BASE_URL_HELP, parseBaseUrlFlag);
}

export interface ArchiveFlags {
  maxArchiveDepth: number;
  maxArchiveRatio: number;
  maxArchiveBytes: number;
  maxArchiveEntries: number;
}

/** The archive limits of parsed flags, as the scan functions take them. */
export function archiveLimits(flags: ArchiveFlags): ArchiveFlags {
  const { maxArchiveDepth, maxArchiveRatio, maxArchiveBytes, maxArchiveEntries } = flags;
  return { maxArchiveDepth, maxArchiveRatio, maxArchiveBytes, maxArchiveEntries };
}

/** `--max-archive-*`: how deep archives are opened, and the limits that end a zip bomb. */
export function addArchiveOptions(command: Command): Command {
  return command
    .option(
      "--max-archive-depth <n>",
      "open archives (zip, jar, docx..., tar, tar.gz, gz, bz2, tar.bz2, xz, tar.xz) this many levels deep, entries reported as a.zip!dir/file (0: skip archives as binary)",
      parseArchiveDepth,
      DEFAULT_ARCHIVE_OPTIONS.maxDepth,
    )
    .option(
      "--max-archive-ratio <n>",
      "stop reading an archive whose content expands more than n times its compressed size",
      parsePositiveInt,
      DEFAULT_ARCHIVE_OPTIONS.maxRatio,
    )
    .option(
      "--max-archive-bytes <bytes>",
      "stop reading an archive file that unpacks to more than this, nested archives included (default: 1 GiB)",
      parsePositiveInt,
      DEFAULT_ARCHIVE_OPTIONS.maxBytes,
    )
    .option(
      "--max-archive-entries <n>",
      "stop reading an archive file with more entries than this, nested archives' included",
      parsePositiveInt,
      DEFAULT_ARCHIVE_OPTIONS.maxEntries,
    );
}

function parseArchiveDepth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 32)
    throw new InvalidArgumentError(`"${value}" is not an archive depth (0-32)`);
  return n;
}
