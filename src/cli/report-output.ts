import { accessSync, constants, existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Detector } from "../catalog/types.js";
import { UsageError } from "../errors.js";
import { reporters } from "../report/index.js";
import { printable } from "../report/printable.js";
import type { ReportInput } from "../report/reporter.js";
import type { ReportFlags } from "./options.js";

/** Fails before a long scan, not after it, when the report cannot be written. */
export function assertWritable(path: string): void {
  const target = existsSync(path) ? path : dirname(resolve(path));
  try {
    accessSync(target, constants.W_OK);
    if (target !== path && !statSync(target).isDirectory())
      throw Object.assign(new Error(), { code: "ENOTDIR" });
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${describeError(error)}`);
  }
}

/** Writes the report where the flags say, and sets the exit code for its findings. */
export async function writeReport(
  result: ReportInput,
  flags: ReportFlags,
  detectors?: readonly Detector[],
): Promise<void> {
  const toFile = flags.output !== undefined;
  const color =
    !toFile && process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== "dumb";
  const report = reporters[flags.format](result, {
    showSecrets: !flags.redact,
    color,
    verbose: flags.verbose === true,
    detectors,
  });
  if (toFile) {
    try {
      writeFileSync(flags.output as string, report);
    } catch (error) {
      throw new UsageError(`cannot write ${flags.output}: ${describeError(error)}`);
    }
    process.stderr.write(
      `keyhound: ${result.findings.length} finding${result.findings.length === 1 ? "" : "s"} written to ${printable(flags.output as string)}\n`,
    );
  } else {
    process.stdout.write(report);
  }
  process.exitCode = result.findings.length > 0 ? flags.exitCode : 0;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "not a directory";
  if (code === "EISDIR") return "is a directory";
  return code ?? String(error);
}
