import type { Command } from "commander";
import type { Confidence, Detector } from "../catalog/types.js";
import type { Finding } from "../findings/finding.js";
import type { ApplyOptions } from "../policy/allowlist.js";
import { applyConfig, type LoadedConfig, loadConfig } from "../policy/config.js";
import type { ScanStats } from "../scan/result.js";
import { atSeverityFloor, selectDetectors } from "../scan/select.js";
import type { ReportFlags } from "./options.js";

export interface ConfigFlags {
  /** A file given with `--config`, or `false` for `--no-config`. */
  config?: string | false;
}

export function addConfigOptions(command: Command): Command {
  return command
    .option(
      "--config <file>",
      "read settings from this file (default: .keyhound.yaml, .yml or .json in the scan root or a parent, up to the repository root)",
    )
    .option("--no-config", "ignore configuration files");
}

/**
 * The configuration a command runs with, looked for from `from` unless `--config` names one or
 * `--no-config` turns it off; warns on standard error of each allowlist entry that expired.
 */
export function loadCliConfig(flags: ConfigFlags, from: string): LoadedConfig {
  const config = loadConfig(
    typeof flags.config === "string" ? { path: flags.config } : { from, discover: flags.config !== false },
  );
  for (const warning of config.expired) process.stderr.write(`keyhound: warning: ${warning}\n`);
  return config;
}

/** Settings a configuration file may give and a flag overrides, by flag name. */
const DEFAULTABLE = [
  "format",
  "severity",
  "minConfidence",
  "exitCode",
  "gitignore",
  "maxFileSize",
  "workers",
  "maxArchiveDepth",
  "maxArchiveRatio",
  "maxArchiveBytes",
  "maxArchiveEntries",
] as const;

/**
 * The flags with the configuration's settings where the command line gave none: a flag given
 * wins; `--exclude` patterns add to the file's.
 */
export function withConfigDefaults<T extends ReportFlags>(
  flags: T,
  command: Command,
  config: LoadedConfig,
): T {
  const settings = config.settings;
  const merged = { ...flags } as Record<string, unknown>;
  const fromCli = (name: string) => command.getOptionValueSource(name) === "cli";
  for (const name of DEFAULTABLE) {
    const value = settings[name];
    if (value !== undefined && !fromCli(name)) merged[name] = value;
  }
  const verify = typeof settings.verify === "object" ? settings.verify.enabled : settings.verify;
  if (verify !== undefined && !fromCli("verify")) merged.verify = verify;
  if (settings.exclude) merged.exclude = [...settings.exclude, ...(flags.exclude ?? [])];
  return merged as T;
}

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { high: 0, medium: 1, low: 2 };

/**
 * The ids of the detectors to run: the flags' selection over every configured detector (so an
 * unknown id is still an error), within the configuration's `enable`/`disable` unless
 * `--detectors` names them itself, at or above the confidence floor. Every severity runs (see
 * `selectDetectors`); `atConfiguredSeverity` applies the floor to the findings.
 */
export function configuredDetectorIds(flags: ReportFlags, config: LoadedConfig): string[] {
  const chosen = selectDetectors(config.detectors, {
    detectors: flags.detectors,
    excludeDetectors: flags.excludeDetectors,
  });
  const floor = CONFIDENCE_RANK[flags.minConfidence ?? "low"];
  const wanted = (d: Detector) =>
    (flags.detectors !== undefined || config.enabled.has(d.id)) &&
    CONFIDENCE_RANK[d.confidence ?? "high"] <= floor;
  return chosen.filter(wanted).map((d) => d.id);
}

/**
 * `--severity` (or the configured `severity`) on findings, after the configuration's severity
 * overrides: by default `low`, or `info` when `--detectors` names the detectors.
 */
export function atConfiguredSeverity<
  T extends { readonly findings: readonly Finding[]; readonly stats: ScanStats },
>(result: T, flags: ReportFlags): T {
  return atSeverityFloor(result, { minSeverity: flags.severity, detectors: flags.detectors });
}

/**
 * A scan's result as the configuration and the flags say to report it: severity overrides and
 * the allowlist, then the severity and confidence floors.
 */
export function asConfigured<T extends { readonly findings: readonly Finding[]; readonly stats: ScanStats }>(
  scanned: T,
  config: LoadedConfig,
  flags: ReportFlags,
  options?: ApplyOptions,
): T {
  return atMinConfidence(atConfiguredSeverity(applyConfig(scanned, config, options), flags), flags);
}

/**
 * `--min-confidence` on findings as well as on detectors: a context rule's finding in a test,
 * fixture, example or docs path is reported at `low` (findings/fixture-paths.ts), so a floor
 * above `low` leaves it out even though its detector runs.
 */
export function atMinConfidence<T extends { readonly findings: readonly Finding[] }>(
  result: T,
  flags: ReportFlags,
): T {
  const floor = CONFIDENCE_RANK[flags.minConfidence ?? "low"];
  if (floor === CONFIDENCE_RANK.low) return result;
  return { ...result, findings: result.findings.filter((f) => CONFIDENCE_RANK[f.confidence] <= floor) };
}
