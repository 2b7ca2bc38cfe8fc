import type { VerifySpec } from "../catalog/types.js";

/** What a request needs to be filled in: the secret and the values found near it. */
export interface RequestValues {
  readonly secret: string;
  readonly companions?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

export interface VerifyRequest {
  readonly url: string;
  readonly init: RequestInit;
}

/**
 * The spec's request with its placeholders filled. Throws, naming what is missing, rather than
 * send a half-filled request.
 */
export function buildRequest(spec: VerifySpec, values: RequestValues, baseUrl?: string): VerifyRequest {
  const fill = (template: string, encode: (s: string) => string = (s) => s) =>
    template.replace(/\{(secret|companion:[^}]+)\}/g, (_, name: string) => {
      let value: string | undefined;
      if (name === "secret") value = values.secret;
      else value = values.companions?.find((c) => c.name === name.slice(10))?.value;
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
  // A secret that is itself the URL (a webhook) is taken as written, not percent-encoded.
  const url = spec.url === "{secret}" ? values.secret : fill(spec.url, encodeURIComponent);
  return {
    url: baseUrl === undefined ? url : rebase(url, baseUrl),
    init: { method: spec.method, headers, ...(spec.body === undefined ? {} : { body: fill(spec.body) }) },
  };
}

/**
 * `url` sent to `baseUrl` instead of the vendor's host: the base's scheme, host and port
 * replace the vendor's, and its path, if any, is put before the vendor's path
 * (`https://ghe.example.com/api/v3` for GitHub Enterprise).
 */
export function rebase(url: string, baseUrl: string): string {
  const target = new URL(url);
  const base = parseBaseUrl(baseUrl);
  return `${base.origin}${base.pathname.replace(/\/+$/, "")}${target.pathname}${target.search}`;
}

/** A base URL as `verify.baseUrls` takes it, or an error saying what is wrong with it. */
export function parseBaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${text}" is not a URL (expected e.g. https://ghe.example.com/api/v3)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`"${text}" is not an http or https URL`);
  if (url.username || url.password || url.search || url.hash)
    throw new Error(`"${text}": a base URL has no credentials, query or fragment`);
  return url;
}
