/**
 * A stand-in for every vendor, on 127.0.0.1: requests arrive at `/<scenario>/<detector id>/...`
 * (the base URL a test gives `verify.baseUrls`), and the server answers as that scenario says,
 * deriving the live and dead answers from the detector's own verify spec. In the `documented`
 * scenario it answers with the vendor's documented sample for the requested path, if given one
 * (`startVendorServer`'s `samples`), and 404 otherwise. `guardFetch` makes
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

/** A vendor's documented answer at one path of its API. */
export interface SampleAnswer {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** Per detector id, per path ending (`/user`, `/getMe`), the documented answer. */
export type Samples = Readonly<Record<string, Readonly<Record<string, SampleAnswer>>>>;

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
  baseUrl(scenario: Scenario | "documented", detectorId: string): string;
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

export async function startVendorServer(
  detectors: readonly Detector[],
  samples: Samples = {},
): Promise<VendorServer> {
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
      if (scenario === "documented") return documented(res, url.split("?")[0] as string, samples[id ?? ""]);
      answer(res, scenario as Scenario, spec);
    });
  });
  // Idle keep-alive sockets are closed by the client only: when the server closed them after its
  // 5 s default, a loaded machine let the client reuse one at that moment, and a check failed
  // with "connection reset" instead of the scenario's answer (more often the more verifiers).
  server.keepAliveTimeout = 0;
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

function documented(res: ServerResponse, path: string, answers: Samples[string] | undefined): void {
  const found = Object.entries(answers ?? {}).find(([ending]) => path.endsWith(ending))?.[1];
  if (!found) return void res.writeHead(404).end('{"message":"Not Found"}');
  res
    .writeHead(found.status ?? 200, { "content-type": "application/json", ...found.headers })
    .end(JSON.stringify(found.body));
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
