/**
 * A stand-in for every vendor, on 127.0.0.1: requests arrive at `/<scenario>/<detector id>/...`
 * (the base URL a test gives `verify.baseUrls`), and the server answers as that scenario says,
 * deriving the live and dead answers from the detector's own verify spec. `guardFetch` makes
 * any request to another host fail the test: no test reaches the internet.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { vi } from "vitest";
import type { Detector, JsonScalar, ResponseProperty, VerifySpec } from "../../src/catalog/types.js";

export const SCENARIOS = [
  "live",
  "dead",
  "rate-limited",
  "server-error",
  "timeout",
  "redirect",
  "malformed",
  "anything",
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface VendorServer {
  readonly origin: string;
  readonly requests: RecordedRequest[];
  /** The base URL that sends `detector`'s check to this server in `scenario`. */
  baseUrl(scenario: Scenario, detectorId: string): string;
  close(): Promise<void>;
}

/** An answer carrying `property` (a spec's `liveRequires` or `deadIf`), as the vendor's docs show it. */
function cannedAnswer(property: ResponseProperty | undefined) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (property === undefined) return { headers, body: "{}" };
  if ("header" in property) return { headers: { ...headers, [property.header]: "example" }, body: "{}" };
  const value: JsonScalar =
    property.equals === undefined
      ? "example"
      : Array.isArray(property.equals)
        ? (property.equals[0] as JsonScalar)
        : (property.equals as JsonScalar);
  const body = property.field
    .split(".")
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value);
  return { headers, body: JSON.stringify(body) };
}

export async function startVendorServer(detectors: readonly Detector[]): Promise<VendorServer> {
  const byId = new Map(detectors.map((d) => [d.id, d]));
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = req.url ?? "";
      requests.push({
        method: req.method ?? "",
        url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      const [, scenario, id] = url.split("/");
      const spec = byId.get(id ?? "")?.verify;
      if (!spec) return void res.writeHead(404).end();
      answer(res, scenario as Scenario, spec);
    });
  });
  // Each scenario sends every verifier's request at once and takes seconds on a loaded machine;
  // the default 5 s keep-alive lets the server close sockets the client is about to reuse, which
  // reads as "connection reset". close() ends every connection anyway.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    baseUrl: (scenario, detectorId) => `${origin}/${scenario}/${detectorId}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(res: ServerResponse, scenario: Scenario, spec: VerifySpec): void {
  const live = spec.live[0] as number;
  switch (scenario) {
    case "live": {
      const { headers, body } = cannedAnswer(spec.liveRequires);
      return void res.writeHead(live, headers).end(body);
    }
    case "dead": {
      if (spec.dead.length > 0) return void res.writeHead(spec.dead[0] as number).end('{"error":"invalid"}');
      const { headers, body } = cannedAnswer(spec.deadIf);
      return void res.writeHead(live, headers).end(body);
    }
    case "rate-limited":
      return void res.writeHead(429, { "retry-after": "30" }).end("{}");
    case "server-error":
      return void res.writeHead(503).end("upstream unavailable");
    case "timeout":
      return; // never answers: the client must give up
    case "redirect":
      return void res.writeHead(302, { location: "http://127.0.0.2/login" }).end();
    case "malformed":
      return void res.writeHead(live, { "content-type": "text/html" }).end("<html>Sign in</html>");
    case "anything":
      return void res.writeHead(live, { "content-type": "application/json" }).end("{}");
  }
}

/** Fails any fetch to a host other than 127.0.0.1; undone by `vi.unstubAllGlobals()`. */
export function guardFetch(): void {
  const realFetch = globalThis.fetch;
  vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input);
    if (url.hostname !== "127.0.0.1") throw new Error(`test tried to reach ${url.host}`);
    return realFetch(input, init);
  });
}
