import { catalog } from "../catalog/index.js";
import type { Detector, VerifySpec } from "../catalog/types.js";
import type { Finding } from "../findings/finding.js";
import { type Analysis, isEmpty, readFacts } from "./analyze.js";
import { buildRequest, parseBaseUrl, type VerifyRequest } from "./request.js";
import { failureReason, judge, needsBody, readBody } from "./response.js";

/**
 * live: the vendor accepted it; dead: rejected (revoked or never valid); unknown: could not
 * tell (see `detail`); unverifiable: the detector has no safe check (private keys, passwords).
 */
export type VerificationStatus = "live" | "dead" | "unknown" | "unverifiable";

/** The outcome of a check and its evidence. Never holds the secret or the response body. */
export interface Verification {
  readonly status: VerificationStatus;
  /** The reason in plain words: accepted by the vendor, rate limited, timeout, DNS failure... */
  readonly detail: string;
  /** Host (and port) the request went to. */
  readonly endpoint?: string;
  /** HTTP status of the answer, when there was one. */
  readonly httpStatus?: number;
  /** What decided the outcome: "status 401 is in dead", "field login present". */
  readonly rule?: string;
  /** When the request was sent (ISO 8601). */
  readonly checkedAt?: string;
  /** With `analyze`, for a live credential: who it is and what it reaches, as the vendor says. */
  readonly analysis?: Analysis;
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
   * Per detector id, a base URL that replaces the scheme, host and port of the vendor's URL
   * and goes before its path: for self-hosted products (GitHub Enterprise, GitLab, Vault) and
   * for tests against a server on 127.0.0.1.
   */
  readonly baseUrls?: Readonly<Record<string, string>>;
  /**
   * Also say who a live credential is and what it reaches (`Verification.analysis`), from the
   * same answer, plus the one read-only GET a spec may declare for what that answer lacks.
   */
  readonly analyze?: boolean;
}

const UNVERIFIABLE: Verification = {
  status: "unverifiable",
  detail: "no safe check for this kind of secret",
};

/**
 * Asks each credential's own vendor, at the documented endpoint in its detector's `verify`
 * spec and nowhere else, whether it is live. Requests are side-effect free reads (listing
 * models, `whoami`): no message is sent, no quota spent. Each distinct secret is checked once.
 */
export async function verifyAll(
  targets: readonly VerifyTarget[],
  options: VerifyOptions = {},
): Promise<Map<VerifyTarget, Verification>> {
  for (const base of Object.values(options.baseUrls ?? {})) parseBaseUrl(base);
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
  if (!spec) return UNVERIFIABLE;
  let request: VerifyRequest;
  try {
    request = buildRequest(spec, target, options.baseUrls?.[target.detector.id]);
  } catch (error) {
    return { status: "unknown", detail: (error as Error).message };
  }
  const checkedAt = new Date().toISOString();
  let endpoint: string;
  try {
    endpoint = new URL(request.url).host;
  } catch {
    return { status: "unknown", detail: "the secret does not make a valid URL", checkedAt };
  }
  const analyzing = options.analyze === true && spec.analyze !== undefined;
  let response: Response;
  let body = "";
  try {
    response = await send(request, options);
    if (needsBody(spec)) body = await readBody(response);
  } catch (error) {
    return { status: "unknown", detail: failureReason(error), endpoint, checkedAt };
  }
  const verification: Verification = {
    ...judge(spec, response, body),
    endpoint,
    httpStatus: response.status,
    checkedAt,
  };
  if (!analyzing || verification.status !== "live") {
    if (!needsBody(spec)) await response.body?.cancel().catch(() => undefined);
    return verification;
  }
  // Analysis only adds to a live outcome: a body that fails to arrive leaves the outcome as it is.
  if (!needsBody(spec)) body = await readBody(response).catch(() => "");
  const analysis = await analyze(spec, target, { headers: response.headers, body }, options);
  return isEmpty(analysis) ? verification : { ...verification, analysis };
}

function send(request: VerifyRequest, options: VerifyOptions): Promise<Response> {
  return fetch(request.url, {
    ...request.init,
    redirect: "manual", // a redirect could carry the secret to another host
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
}

/**
 * The facts the spec names, from the check's answer, then from its second read (`also`) for the
 * facts still missing. The second read goes to the same host with the same credentials; if it
 * fails or is refused, the facts of the first answer stand alone.
 */
async function analyze(
  spec: VerifySpec,
  target: VerifyTarget,
  answer: { headers: Headers; body: string },
  options: VerifyOptions,
): Promise<Analysis> {
  const analyzeSpec = spec.analyze;
  if (!analyzeSpec) return {};
  const secrets = [target.secret, ...(target.companions ?? []).map((c) => c.value)];
  const first = readFacts(analyzeSpec.facts, answer, secrets);
  const also = analyzeSpec.also;
  const missing = also && Object.keys(also.facts).some((fact) => !(fact in first));
  if (!also || !missing) return first;
  try {
    const { body: _, ...read } = spec;
    const request = buildRequest(
      { ...read, method: "GET", url: also.url },
      target,
      options.baseUrls?.[target.detector.id],
    );
    const response = await send(request, options);
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel();
      return first;
    }
    const second = readFacts(
      also.facts,
      { headers: response.headers, body: await readBody(response) },
      secrets,
    );
    return { ...second, ...first };
  } catch {
    return first;
  }
}

export interface VerifyFindingsOptions extends VerifyOptions {
  /** Where to look detectors up by id (default: the built-in catalog). */
  readonly catalog?: readonly Detector[];
}

/**
 * The findings with `verification` set: checked with the vendor where the detector has a live
 * check, `unverifiable` where it has none. Each distinct secret is sent once, and only to its
 * own vendor's documented endpoint (or the base URL the options name for that detector).
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
    return { ...finding, verification: (target && results.get(target)) ?? UNVERIFIABLE };
  });
}

/** A scan's result with its findings verified: the step between a scan and its report. */
export async function verifyResult<T extends { readonly findings: readonly Finding[] }>(
  result: T,
  options: VerifyFindingsOptions = {},
): Promise<T> {
  return { ...result, findings: await verifyFindings(result.findings, options) };
}
