import { catalog } from "../catalog/index.js";
import type { Detector, VerifySpec } from "../catalog/types.js";
import type { Finding } from "../findings/finding.js";

/** live: the vendor accepted it; dead: rejected (revoked or never valid); unknown: could not tell. */
export type VerificationStatus = "live" | "dead" | "unknown";

export interface Verification {
  readonly status: VerificationStatus;
  /** Why: the HTTP status received, a timeout, a missing companion... */
  readonly detail: string;
}

export interface VerifyTarget {
  readonly detector: Detector;
  readonly secret: string;
  readonly companions?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

export interface VerifyOptions {
  /** Milliseconds per request (default 10 s). */
  readonly timeoutMs?: number;
  /** Requests in flight at once (default 8). */
  readonly concurrency?: number;
  /**
   * Rewrites a vendor URL before the request. Tests point vendors at a server on 127.0.0.1;
   * nothing else should need it.
   */
  readonly rewriteUrl?: (url: string) => string;
}

/**
 * Asks each credential's own vendor, at the documented endpoint in its detector's `verify`
 * spec and nowhere else, whether it is live. Requests are side-effect free reads (listing
 * models, `whoami`): no message is sent, no quota spent. Each distinct secret is checked once.
 */
export async function verifyAll(
  targets: readonly VerifyTarget[],
  options: VerifyOptions = {},
): Promise<Map<VerifyTarget, Verification>> {
  const results = new Map<VerifyTarget, Verification>();
  const bySecret = new Map<string, Promise<Verification>>();
  const queue = [...targets];
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const workers = Array.from({ length: concurrency }, async () => {
    for (let target = queue.shift(); target !== undefined; target = queue.shift()) {
      const key = `${target.detector.id}\0${target.secret}`;
      let pending = bySecret.get(key);
      if (pending === undefined) {
        pending = verifyOne(target, options);
        bySecret.set(key, pending);
      }
      results.set(target, await pending);
    }
  });
  await Promise.all(workers);
  return results;
}

export async function verifyOne(target: VerifyTarget, options: VerifyOptions = {}): Promise<Verification> {
  const spec = target.detector.verify;
  if (!spec) return { status: "unknown", detail: "no verification endpoint for this detector" };
  let request: { url: string; init: RequestInit };
  try {
    request = buildRequest(spec, target);
  } catch (error) {
    return { status: "unknown", detail: (error as Error).message };
  }
  const url = options.rewriteUrl ? options.rewriteUrl(request.url) : request.url;
  try {
    const response = await fetch(url, {
      ...request.init,
      redirect: "manual", // a redirect could carry the secret to another host
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    await response.body?.cancel();
    if (spec.live.includes(response.status)) return { status: "live", detail: `HTTP ${response.status}` };
    if (spec.dead.includes(response.status)) return { status: "dead", detail: `HTTP ${response.status}` };
    return { status: "unknown", detail: `HTTP ${response.status}` };
  } catch (error) {
    const name = (error as Error).name;
    return { status: "unknown", detail: name === "TimeoutError" ? "timed out" : `request failed (${name})` };
  }
}

function buildRequest(spec: VerifySpec, target: VerifyTarget): { url: string; init: RequestInit } {
  const fill = (template: string, encode: (s: string) => string = (s) => s) =>
    template.replace(/\{(secret|companion:[^}]+)\}/g, (_, name: string) => {
      let value: string | undefined;
      if (name === "secret") value = target.secret;
      else value = target.companions?.find((c) => c.name === name.slice(10))?.value;
      if (value === undefined) throw new Error(`needs ${name.replace(":", " ")}, not found near the secret`);
      return encode(value);
    });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(spec.headers ?? {})) headers[name] = fill(value);
  if (spec.basicAuth) {
    const credentials = `${fill(spec.basicAuth.user)}:${fill(spec.basicAuth.password)}`;
    headers.Authorization = `Basic ${Buffer.from(credentials).toString("base64")}`;
  }
  headers["User-Agent"] ??= "keyhound-verify";
  return {
    url: fill(spec.url, encodeURIComponent),
    init: { method: spec.method, headers, ...(spec.body === undefined ? {} : { body: fill(spec.body) }) },
  };
}

export interface VerifyFindingsOptions extends VerifyOptions {
  /** Where to look detectors up by id (default: the built-in catalog). */
  readonly catalog?: readonly Detector[];
}

/**
 * The findings with `verification` set on those whose detector has a live check. Each
 * distinct secret is sent once, and only to its own vendor's documented endpoint.
 */
export async function verifyFindings(
  findings: readonly Finding[],
  options: VerifyFindingsOptions = {},
): Promise<Finding[]> {
  const byId = new Map((options.catalog ?? catalog).map((d) => [d.id, d]));
  const targets = new Map<Finding, VerifyTarget>();
  for (const finding of findings) {
    const detector = byId.get(finding.detectorId);
    if (detector?.verify) {
      targets.set(finding, { detector, secret: finding.secret, companions: finding.companions ?? [] });
    }
  }
  const results = await verifyAll([...targets.values()], options);
  return findings.map((finding) => {
    const target = targets.get(finding);
    const verification = target && results.get(target);
    return verification ? { ...finding, verification } : finding;
  });
}

/** A scan's result with its findings verified: the step between a scan and its report. */
export async function verifyResult<T extends { readonly findings: readonly Finding[] }>(
  result: T,
  options: VerifyFindingsOptions = {},
): Promise<T> {
  return { ...result, findings: await verifyFindings(result.findings, options) };
}
