import { InvalidArgumentError } from "commander";
import { closeNames } from "../catalog/close-names.js";
import { catalog } from "../catalog/index.js";
import type { Detector } from "../catalog/types.js";
import { UsageError } from "../errors.js";
import type { Finding } from "../findings/finding.js";
import { parseBaseUrl } from "../verify/request.js";
import { verifyFindings } from "../verify/verify.js";

/** The verification flags of `scan`, `git` and `verify`. */
export interface VerificationFlags {
  verify?: boolean;
  onlyVerified?: boolean;
  analyze?: boolean;
  verifyBaseUrl?: Record<string, string>;
}

export const ANALYZE_HELP =
  "for a live credential, also show who it is and what it reaches (user, account, scopes...), as its vendor's answer says";

export const BASE_URL_HELP =
  "send detector ID's check to this base URL instead of the vendor's host (self-hosted GitLab, GitHub Enterprise); repeatable";

/** `--verify-base-url ID=URL`, repeatable: collected into one map. */
export function parseBaseUrlFlag(
  value: string,
  previous: Record<string, string> = {},
): Record<string, string> {
  const at = value.indexOf("=");
  if (at <= 0)
    throw new InvalidArgumentError(`"${value}" is not ID=URL (e.g. gitlab-pat=https://gitlab.example.com)`);
  const url = value.slice(at + 1);
  try {
    parseBaseUrl(url);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
  return { ...previous, [value.slice(0, at)]: url };
}

/** Rejects base URLs for detectors that do not exist or have no live check, with a hint. */
export function checkBaseUrlIds(
  baseUrls: Record<string, string> = {},
  detectors: readonly Detector[] = catalog,
): void {
  for (const id of Object.keys(baseUrls)) {
    const detector = detectors.find((d) => d.id === id);
    if (detector?.verify) continue;
    if (detector) throw new UsageError(`--verify-base-url: detector "${id}" has no live check`);
    const close = closeNames(
      id,
      detectors.filter((d) => d.verify).map((d) => d.id),
    );
    throw new UsageError(
      `--verify-base-url: unknown detector "${id}"${close.length > 0 ? `; did you mean ${close.join(", ")}?` : ""}`,
    );
  }
}

/**
 * The findings verified as the flags ask (`--only-verified` and `--analyze` imply `--verify`), keeping only
 * live ones under `--only-verified` and saying on stderr how many it left out and why, so that
 * a private key, which no vendor can check, is never dropped silently.
 */
export async function verifyAsFlagsSay<T extends { readonly findings: readonly Finding[] }>(
  result: T,
  flags: VerificationFlags,
  config: {
    readonly detectors?: readonly Detector[];
    readonly baseUrls?: Readonly<Record<string, string>>;
  } = {},
): Promise<T> {
  if (!flags.verify && !flags.onlyVerified && !flags.analyze) return result;
  // The configuration's base URLs are the team's defaults; a flag overrides one of them.
  const baseUrls = { ...config.baseUrls, ...flags.verifyBaseUrl };
  checkBaseUrlIds(baseUrls, config.detectors);
  const findings = await verifyFindings(result.findings, {
    baseUrls,
    catalog: config.detectors,
    analyze: flags.analyze === true,
  });
  if (!flags.onlyVerified) return { ...result, findings };
  const live = findings.filter((f) => f.verification?.status === "live");
  const left = findings.length - live.length;
  if (left > 0) {
    const counts = (["unverifiable", "unknown", "dead"] as const)
      .map((status) => [status, findings.filter((f) => f.verification?.status === status).length] as const)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${n} ${status}`);
    process.stderr.write(
      `keyhound: --only-verified left out ${left} finding${left === 1 ? "" : "s"} (${counts.join(", ")}); run without it to see them\n`,
    );
  }
  return { ...result, findings: live };
}
