import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { catalog } from "../src/catalog/index.js";
import type { Detector } from "../src/catalog/types.js";
import { scanText } from "../src/scan/text.js";
import { describeAnalysis, readFacts } from "../src/verify/analyze.js";
import { verifyOne } from "../src/verify/verify.js";
import { DOCUMENTED } from "./helpers/vendor-samples.js";
import { guardFetch, startVendorServer, type VendorServer } from "./helpers/vendor-server.js";

const byId = (id: string) => catalog.find((d) => d.id === id) as Detector;
const analyzed = catalog.filter((d) => d.verify?.analyze !== undefined);
let server: VendorServer;

beforeAll(async () => {
  guardFetch();
  server = await startVendorServer(
    DOCUMENTED.map((v) => byId(v.detector)),
    Object.fromEntries(DOCUMENTED.map((v) => [v.detector, v.answers])),
  );
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await server.close();
});

/** The secret (and companions) of the detector's first example, as a scan finds them. */
function targetOf(detector: Detector) {
  const example = detector.examples[0];
  const text = typeof example === "function" ? example() : (example as string);
  const finding = scanText(text, { catalog: [detector] })[0];
  if (!finding) throw new Error(`${detector.id}: its first example yields no finding`);
  return { detector, secret: finding.secret, companions: finding.companions ?? [] };
}

const requestsTo = (id: string, scenario: string) =>
  server.requests.filter((r) => r.url.startsWith(`/${scenario}/${id}/`));

describe("--analyze against documented vendor answers", () => {
  it("covers at least 15 vendors, each with a documented answer", () => {
    const vendors = new Set(analyzed.map((d) => d.vendor));
    expect(vendors.size).toBeGreaterThanOrEqual(15);
    const documented = new Set(DOCUMENTED.map((v) => byId(v.detector).vendor));
    expect([...vendors].filter((v) => !documented.has(v))).toEqual([]);
  });

  for (const vendor of DOCUMENTED) {
    it(`reads ${vendor.detector}'s facts from its answer`, async () => {
      const detector = byId(vendor.detector);
      const target = targetOf(detector);
      const outcome = await verifyOne(target, {
        analyze: true,
        baseUrls: { [detector.id]: server.baseUrl("documented", detector.id) },
      });
      expect(outcome.status).toBe("live");
      expect(outcome.analysis).toEqual(vendor.facts);
      expect(JSON.stringify(outcome)).not.toContain(target.secret);
    });
  }

  it("reads nothing more and asks nothing more without the option", async () => {
    const detector = byId("github-pat-classic");
    const before = requestsTo(detector.id, "documented").length;
    const outcome = await verifyOne(targetOf(detector), {
      baseUrls: { [detector.id]: server.baseUrl("documented", detector.id) },
    });
    expect(outcome.status).toBe("live");
    expect(outcome).not.toHaveProperty("analysis");
    const sent = requestsTo(detector.id, "documented").slice(before);
    expect(sent.map((r) => r.url)).toEqual([`/documented/${detector.id}/rate_limit`]);
  });

  it("analyses no dead credential, and sends no second read for it", async () => {
    const detector = byId("github-pat-classic");
    const before = requestsTo(detector.id, "dead").length;
    const outcome = await verifyOne(targetOf(detector), {
      analyze: true,
      baseUrls: { [detector.id]: server.baseUrl("dead", detector.id) },
    });
    expect(outcome.status).toBe("dead");
    expect(outcome).not.toHaveProperty("analysis");
    expect(requestsTo(detector.id, "dead").length - before).toBe(1);
  });

  it("says nothing when a live answer holds none of the facts", async () => {
    const detector = byId("openai-project-key"); // the canned answer has no organization header
    const outcome = await verifyOne(targetOf(detector), {
      analyze: true,
      baseUrls: { [detector.id]: server.baseUrl("live", detector.id) },
    });
    expect(outcome.status).toBe("live");
    expect(outcome).not.toHaveProperty("analysis");
  });

  it("sends the second read with the check's own credentials, to the same base URL", async () => {
    const detector = byId("gitlab-pat");
    const target = targetOf(detector);
    await verifyOne(target, {
      analyze: true,
      baseUrls: { [detector.id]: server.baseUrl("documented", detector.id) },
    });
    const second = requestsTo(detector.id, "documented").at(-1);
    expect(second?.url).toBe(`/documented/${detector.id}/api/v4/user`);
    expect(second?.method).toBe("GET");
    expect(second?.headers["private-token"]).toBe(target.secret);
  });
});

describe("readFacts", () => {
  const answer = (body: unknown, headers: Record<string, string> = {}) => ({
    headers: new Headers(headers),
    body: JSON.stringify(body),
  });

  it("takes the first source the answer holds, steps into arrays, and maps values", () => {
    const facts = readFacts(
      {
        identity: [{ field: "user.login" }, { field: "user.email" }],
        account: { field: "orgs[].name" },
        mode: { field: "livemode", map: { true: "live", false: "test" } },
      },
      answer({
        user: { email: "a@example.com" },
        orgs: [{ name: "one" }, { name: "two" }, {}],
        livemode: false,
      }),
      [],
    );
    expect(facts).toEqual({ identity: "a@example.com", account: "one, two", mode: "test" });
  });

  it("never keeps a value that holds the secret", () => {
    const secret = "tok_0123456789abcdef";
    const facts = readFacts(
      { identity: [{ field: "key" }, { field: "name" }], token: { field: "key" } },
      answer({ key: `prefix ${secret}`, name: "bot" }),
      [secret],
    );
    expect(facts).toEqual({ identity: "bot" });
  });

  it("caps long values and long scope lists; an empty scopes header means none", () => {
    const many = Array.from({ length: 45 }, (_, i) => `scope${i}`);
    const facts = readFacts(
      { identity: { field: "name" }, scopes: { field: "scopes" } },
      answer({ name: "x".repeat(500), scopes: many }),
      [],
    );
    expect(facts.identity).toHaveLength(120);
    expect(facts.identity?.endsWith("…")).toBe(true);
    expect(facts.scopes).toHaveLength(41);
    expect(facts.scopes?.at(-1)).toBe("… 5 more");
    const none = readFacts(
      { scopes: { header: "x-oauth-scopes" } },
      answer({}, { "x-oauth-scopes": "" }),
      [],
    );
    expect(none).toEqual({ scopes: [] });
    expect(describeAnalysis(none)).toBe("identity not stated (scopes: none)");
  });

  it("reads nothing from a body that is not JSON, or from objects where a value is expected", () => {
    const sources = { identity: { field: "user" } } as const;
    expect(readFacts(sources, { headers: new Headers(), body: "<html>" }, [])).toEqual({});
    expect(readFacts(sources, answer({ user: { login: "x" } }), [])).toEqual({});
  });

  it("describes the facts in one line, identity first", () => {
    expect(
      describeAnalysis({
        identity: "octocat",
        account: "acme",
        scopes: ["repo", "gist"],
        expires: "2026-01-01",
      }),
    ).toBe("octocat (account: acme; scopes: repo, gist; expires: 2026-01-01)");
  });
});
