import type { JsonScalar, ResponseProperty, VerifySpec } from "../catalog/types.js";

/** What the vendor's answer says, and the rule that decided it (for the report's evidence). */
export interface Judgement {
  readonly status: "live" | "dead" | "unknown";
  /** The reason in plain words. */
  readonly detail: string;
  readonly rule: string;
}

/** The most of a body read to look for a property: success answers of these checks are small. */
const MAX_BODY_BYTES = 1 << 20;

/** Whether the spec needs the body (and not the status and headers alone) to decide. */
export function needsBody(spec: VerifySpec): boolean {
  return [spec.liveRequires, spec.deadIf].some((p) => p !== undefined && "field" in p);
}

/** Reads at most MAX_BODY_BYTES of the body as text, then stops the download. */
export async function readBody(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    size += read.value.length;
    if (size >= MAX_BODY_BYTES) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Decides live, dead or unknown from the status, the headers and (if the spec needs it) the body. */
export function judge(
  spec: VerifySpec,
  response: { status: number; headers: Headers },
  body: string,
): Judgement {
  const { status } = response;
  if (spec.live.includes(status)) {
    const parsed = parseJson(body);
    if (spec.deadIf && holds(spec.deadIf, response.headers, parsed)) {
      return {
        status: "dead",
        detail: "rejected by the vendor",
        rule: `status ${status} with ${describe(spec.deadIf)}`,
      };
    }
    if (!spec.liveRequires) {
      return { status: "live", detail: "accepted by the vendor", rule: `status ${status} is in live` };
    }
    if (holds(spec.liveRequires, response.headers, parsed)) {
      return { status: "live", detail: "accepted by the vendor", rule: describe(spec.liveRequires) };
    }
    const why =
      "field" in spec.liveRequires && parsed === undefined
        ? "body is not JSON"
        : `no ${describe(spec.liveRequires)}`;
    return { status: "unknown", detail: "unexpected response", rule: `status ${status} but ${why}` };
  }
  if (spec.dead.includes(status)) {
    return { status: "dead", detail: "rejected by the vendor", rule: `status ${status} is in dead` };
  }
  if (status >= 300 && status < 400) {
    return { status: "unknown", detail: "redirect not followed", rule: `status ${status} is a redirect` };
  }
  if (status === 429) return { status: "unknown", detail: "rate limited", rule: "status 429" };
  if (status >= 500) return { status: "unknown", detail: "server error", rule: `status ${status}` };
  return {
    status: "unknown",
    detail: "unexpected response",
    rule: `status ${status} is in neither live nor dead`,
  };
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function holds(property: ResponseProperty, headers: Headers, body: unknown): boolean {
  if ("header" in property) return headers.has(property.header);
  const value = fieldAt(body, property.field);
  if (value === undefined) return false;
  if (property.equals === undefined) return true;
  const allowed: readonly JsonScalar[] = Array.isArray(property.equals) ? property.equals : [property.equals];
  return allowed.includes(value as JsonScalar);
}

/** The value at a dot path (`data.viewer.id`), or undefined where the path stops. */
export function fieldAt(body: unknown, path: string): unknown {
  let value = body;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** `field login present`, `field ok = true`, `header x-oauth-scopes present`. */
export function describe(property: ResponseProperty): string {
  if ("header" in property) return `header ${property.header.toLowerCase()} present`;
  if (property.equals === undefined) return `field ${property.field} present`;
  const values = Array.isArray(property.equals) ? property.equals : [property.equals];
  return `field ${property.field} = ${values.map((v) => JSON.stringify(v)).join(" or ")}`;
}

/** A failed request's reason in plain words: DNS failure, connection refused, TLS error, timeout. */
export function failureReason(error: unknown): string {
  const name = (error as Error | undefined)?.name;
  if (name === "TimeoutError") return "timeout";
  const cause = (error as { cause?: { code?: unknown; name?: unknown } } | undefined)?.cause;
  if (cause?.name === "TimeoutError") return "timeout";
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "DNS failure";
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "connection reset";
  if (code !== undefined && /TLS|SSL|CERT|UNABLE_TO_|SELF_SIGNED/.test(code)) return "TLS error";
  return `request failed (${code ?? name ?? "unknown error"})`;
}
