import { writeFileSync } from "node:fs";
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
