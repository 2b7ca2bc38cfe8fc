import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { catalog } from "../src/catalog/index.js";
import type { Detector } from "../src/catalog/types.js";
import { scanText } from "../src/scan/text.js";
import { type Verification, verifyOne } from "../src/verify/verify.js";
import {
  guardFetch,
  SCENARIOS,
  type Scenario,
  startVendorServer,
  type VendorServer,
} from "./helpers/vendor-server.js";

// Every verifier, exercised by being declared: each detector with a verify spec is pointed at a
// server on 127.0.0.1 that answers as its vendor would, in each scenario.
const verifiable = catalog.filter((d) => d.verify !== undefined);
let server: VendorServer;

beforeAll(async () => {
  guardFetch();
  server = await startVendorServer(verifiable);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await server.close();
});

/**
 * `fn` over `items`, a batch at a time: a few hundred requests at once to the in-process stand-in
 * on a busy machine leave some waiting past their 5 s timeout, which is not what a scenario tests.
 */
async function mapInBatches<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 25)
    results.push(...(await Promise.all(items.slice(i, i + 25).map(fn))));
  return results;
}

/** The secret (and companions) of the detector's first example, as a scan finds them. */
function targetOf(detector: Detector) {
  const example = detector.examples[0];
  const text = typeof example === "function" ? example() : (example as string);
  const finding = scanText(text, { catalog: [detector] })[0];
  if (!finding) throw new Error(`${detector.id}: its first example yields no finding`);
  return { detector, secret: finding.secret, companions: finding.companions ?? [] };
}

const expected = (detector: Detector, scenario: Scenario): Partial<Verification> => {
  const spec = detector.verify as NonNullable<Detector["verify"]>;
  switch (scenario) {
    case "live":
      return { status: "live" };
    case "dead":
      return spec.dead.length > 0 || spec.deadIf ? { status: "dead" } : { status: "unknown" };
    case "rate-limited":
      return { status: "unknown", detail: "rate limited", httpStatus: 429 };
    case "server-error":
      return { status: "unknown", detail: "server error", httpStatus: 503 };
    case "timeout":
      return { status: "unknown", detail: "timeout" };
    case "redirect":
      return { status: "unknown", detail: "redirect not followed", httpStatus: 302 };
    // A live status alone proves nothing where the spec names what a live answer carries.
    case "malformed":
    case "anything":
      return spec.liveRequires ? { status: "unknown", detail: "unexpected response" } : { status: "live" };
  }
};

describe("every verifier against a vendor stand-in", () => {
  it("covers the catalog", () => {
    expect(verifiable.length).toBeGreaterThanOrEqual(95);
  });

  for (const scenario of SCENARIOS) {
    it(`answers ${scenario} as expected for all ${verifiable.length} verifiers`, async () => {
      // Every target is scanned before the first request leaves: scanning hundreds of examples
      // takes seconds on a busy machine, which the first requests' timeouts would otherwise count.
      const targets = verifiable.map(targetOf);
      const results = await mapInBatches(targets, async (target) => {
        const { detector } = target;
        const outcome = await verifyOne(target, {
          baseUrls: { [detector.id]: server.baseUrl(scenario, detector.id) },
          timeoutMs: scenario === "timeout" ? 300 : 5000,
        });
        return { id: detector.id, outcome };
      });
      for (const { id, outcome } of results) {
        expect({ id, ...outcome }, id).toMatchObject({
          id,
          ...expected(catalog.find((d) => d.id === id) as Detector, scenario),
        });
        expect(outcome.endpoint).toBe(new URL(server.origin).host);
        expect(outcome.checkedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      }
    });
  }

  it("cannot reach a vendor's real host: the guard fails any request off 127.0.0.1", async () => {
    const detector = verifiable[0] as Detector;
    const outcome = await verifyOne(targetOf(detector));
    expect(outcome).toMatchObject({ status: "unknown", detail: "request failed (Error)" });
  });

  it("sends each secret where its spec says, with the spec's method", async () => {
    for (const detector of verifiable) {
      const target = targetOf(detector);
      const before = server.requests.length;
      await verifyOne(target, { baseUrls: { [detector.id]: server.baseUrl("live", detector.id) } });
      const request = server.requests[before];
      expect(request?.method, detector.id).toBe(detector.verify?.method);
      expect(request?.url.startsWith(`/live/${detector.id}/`), detector.id).toBe(true);
      const basic = `${request?.headers.authorization ?? ""}`.replace(/^Basic (.*)$/, (_, b64: string) =>
        Buffer.from(b64, "base64").toString(),
      );
      const carriers = [
        decodeURIComponent(request?.url ?? ""),
        basic,
        request?.body ?? "",
        ...Object.values(request?.headers ?? {}).map(String),
      ];
      const sent = detector.verify?.url === "{secret}" ? new URL(target.secret).pathname : target.secret;
      expect(
        carriers.some((c) => c.includes(sent)),
        `${detector.id} sends its secret`,
      ).toBe(true);
    }
  });
});
