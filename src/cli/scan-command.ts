import { accessSync, constants, existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Severity } from "../catalog/types.js";
import { UsageError } from "../errors.js";
import { type ReportFormat, reporters } from "../report/index.js";
import { scan } from "../scan/scan.js";

interface ScanFlags {
  format: ReportFormat;
  output?: string;
  redact: boolean;
  severity?: Severity;
  detectors?: string[];
  excludeDetectors?: string[];
  exclude?: string[];
  gitignore: boolean;
  maxFileSize?: number;
  exitCode: number;
}

export async function scanCommand(paths: string[], flags: ScanFlags): Promise<void> {
  // Fail before a long scan, not after it, when the report cannot be written.
  if (flags.output !== undefined) assertWritable(flags.output);
  const result = await scan({
    paths,
    minSeverity: flags.severity,
    detectors: flags.detectors,
    excludeDetectors: flags.excludeDetectors,
    exclude: flags.exclude,
    gitignore: flags.gitignore,
    maxFileSize: flags.maxFileSize,
  });
  const toFile = flags.output !== undefined;
  const color =
    !toFile && process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== "dumb";
  const report = reporters[flags.format](result, { showSecrets: !flags.redact, color });
  if (toFile) {
    try {
      writeFileSync(flags.output as string, report);
    } catch (error) {
      throw new UsageError(
        `cannot write ${flags.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    process.stderr.write(
      `keyhound: ${result.findings.length} finding${result.findings.length === 1 ? "" : "s"} written to ${flags.output}\n`,
    );
  } else {
    process.stdout.write(report);
  }
  process.exitCode = result.findings.length > 0 ? flags.exitCode : 0;
}

function assertWritable(path: string): void {
  const target = existsSync(path) ? path : dirname(resolve(path));
  try {
    accessSync(target, constants.W_OK);
    if (target !== path && !statSync(target).isDirectory()) throw Object.assign(new Error(), { code: "ENOTDIR" });
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${describeError(error)}`);
  }
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "not a directory";
  if (code === "EISDIR") return "is a directory";
  return code ?? String(error);
}
