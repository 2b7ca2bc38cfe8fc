import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Detector } from "../src/catalog/types.js";
import type { Finding } from "../src/findings/finding.js";
import { reporters } from "../src/report/index.js";
import { scanText } from "../src/scan/text.js";
import { verifyAll, verifyFindings, verifyOne } from "../src/verify/verify.js";

const requests: { url: string; headers: Record<string, string | string[] | undefined> }[] = [];
let server: Server;
let origin = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? "", headers: req.headers });
    const header = `${req.headers["x-api-key"] ?? req.headers.authorization ?? ""}`;
    const auth = header.startsWith("Basic ") ? Buffer.from(header.slice(6), "base64").toString() : header;
    if (req.url?.startsWith("/slow")) return; // never answers: the client must time out
    if (req.url?.startsWith("/redirect")) {
      res.writeHead(302, { location: "http://127.0.0.2/elsewhere" }).end();
      return;
    }
    const status = auth.includes("live") ? 200 : auth.includes("busy") ? 429 : 401;
    res.writeHead(status, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const detector = (url: string, extra: Partial<Detector["verify"]> = {}): Detector => ({
  id: "test-vendor",
  name: "Test vendor key",
  vendor: "Test",
  family: "API Key",
  severity: "high",
  description: "A test key.",
  security: ["Test."],
  mitigation: { revoke: "Revoke it in the test console under Settings > API keys, then rotate it." },
  keywords: ["tk_"],
  pattern: /tk_[a-z]{8}/,
  skipPlaceholderCheck: true,
  examples: [],
  negatives: [],
  verify: {
    method: "GET",
    url,
    headers: { "x-api-key": "{secret}" },
    live: [200],
    dead: [401, 403],
    ...extra,
  },
});
// Detectors name their vendor's real host; tests send the test detector's checks to the local server.
const options = () => ({ baseUrls: { "test-vendor": origin } });

describe("live verification", () => {
  it("tells live, dead and unknown apart from the vendor's answer", async () => {
    const d = detector("https://api.vendor.test/v1/models");
    expect((await verifyOne({ detector: d, secret: "tk_live" }, options())).status).toBe("live");
    expect((await verifyOne({ detector: d, secret: "tk_gone" }, options())).status).toBe("dead");
    const busy = await verifyOne({ detector: d, secret: "tk_busy" }, options());
    expect(busy).toMatchObject({
      status: "unknown",
      detail: "rate limited",
      httpStatus: 429,
      rule: "status 429",
    });
  });

  it("times out as unknown and never follows a redirect to another host", async () => {
    const slow = await verifyOne(
      { detector: detector("https://api.vendor.test/slow"), secret: "tk_live" },
      { ...options(), timeoutMs: 200 },
    );
    expect(slow).toMatchObject({ status: "unknown", detail: "timeout" });
    const redirected = await verifyOne(
      { detector: detector("https://api.vendor.test/redirect"), secret: "tk_live" },
      options(),
    );
    expect(redirected).toMatchObject({ status: "unknown", detail: "redirect not followed", httpStatus: 302 });
  });

  it("fills companions and basic auth, and asks once per distinct secret", async () => {
    const d = detector("https://api.vendor.test/v1/accounts/{companion:account id}", {
      headers: {},
      basicAuth: { user: "{companion:account id}", password: "{secret}" },
    });
    const target = {
      detector: d,
      secret: "live-secret",
      companions: [{ name: "account id", value: "AC 1" }],
    };
    const before = requests.length;
    const results = await verifyAll([target, { ...target }, target], options());
    expect([...results.values()].map((r) => r.status)).toEqual(["live", "live"]);
    expect(requests.length - before).toBe(1);
    const last = requests[requests.length - 1];
    expect(last?.url).toBe("/v1/accounts/AC%201");
    expect(last?.headers.authorization).toBe(`Basic ${Buffer.from("AC 1:live-secret").toString("base64")}`);
  });

  it("says what is missing instead of sending a half-filled request", async () => {
    const d = detector("https://api.vendor.test/v1/{companion:account id}");
    const before = requests.length;
    expect(await verifyOne({ detector: d, secret: "tk_live" }, options())).toEqual({
      status: "unknown",
      detail: "needs companion account id, not found near the secret",
    });
    expect(requests.length).toBe(before);
  });
});

describe("verifyFindings", () => {
  it("marks findings whose detector has a live check, and the others unverifiable", async () => {
    const d = detector("https://api.vendor.test/v1/models");
    const findings = scanText("a=tk_livelive\nb=tk_deaddead\n", { catalog: [d] });
    const unverifiable = { ...findings[0], detectorId: "no-such-detector" } as Finding;
    const verified = await verifyFindings([...findings, unverifiable], { catalog: [d], ...options() });
    expect(verified.map((f) => f.verification?.status)).toEqual(["live", "dead", "unverifiable"]);
    const json = JSON.parse(
      reporters.json({ findings: verified, stats: { files: 1, bytes: 1, skipped: 0, durationMs: 1 } }, {}),
    );
    expect(json.findings[0].verification).toEqual({
      status: "live",
      detail: "accepted by the vendor",
      endpoint: new URL(origin).host,
      httpStatus: 200,
      rule: "status 200 is in live",
      checkedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/),
    });
    expect(JSON.stringify(json)).not.toContain("tk_livelive");
  });
});
