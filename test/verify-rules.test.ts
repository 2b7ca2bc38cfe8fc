import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Detector, VerifySpec } from "../src/catalog/types.js";
import { parseBaseUrl, rebase } from "../src/verify/request.js";
import { failureReason, judge } from "../src/verify/response.js";
import { verifyAll, verifyOne } from "../src/verify/verify.js";

const spec = (extra: Partial<VerifySpec> = {}): VerifySpec => ({
  method: "GET",
  url: "https://api.vendor.test/me",
  headers: { Authorization: "Bearer {secret}" },
  live: [200],
  dead: [401],
  ...extra,
});
const answer = (status: number, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers(headers),
});

describe("judging a vendor's answer", () => {
  it("needs the property the spec requires before calling a key live", () => {
    const s = spec({ liveRequires: { field: "data.viewer.id" } });
    expect(judge(s, answer(200), '{"data":{"viewer":{"id":"u1"}}}')).toEqual({
      status: "live",
      detail: "accepted by the vendor",
      rule: "field data.viewer.id present",
    });
    expect(judge(s, answer(200), '{"data":{"viewer":null}}')).toEqual({
      status: "unknown",
      detail: "unexpected response",
      rule: "status 200 but no field data.viewer.id present",
    });
    expect(judge(s, answer(200), "<html>login</html>").rule).toBe("status 200 but body is not JSON");
  });

  it("compares a field with the values the spec names, and checks headers", () => {
    const equals = spec({ liveRequires: { field: "ok", equals: true } });
    expect(judge(equals, answer(200), '{"ok":true}').status).toBe("live");
    expect(judge(equals, answer(200), '{"ok":"true"}').status).toBe("unknown");
    const header = spec({ liveRequires: { header: "X-OAuth-Scopes" } });
    expect(judge(header, answer(200, { "x-oauth-scopes": "" }), "").rule).toBe(
      "header x-oauth-scopes present",
    );
    expect(judge(header, answer(200), "").status).toBe("unknown");
  });

  it("tells a dead key by its body where the vendor answers 200 to anything (Slack)", () => {
    const slack = spec({
      dead: [],
      liveRequires: { field: "ok", equals: true },
      deadIf: { field: "error", equals: ["invalid_auth", "token_revoked"] },
    });
    expect(judge(slack, answer(200), '{"ok":false,"error":"token_revoked"}')).toEqual({
      status: "dead",
      detail: "rejected by the vendor",
      rule: 'status 200 with field error = "invalid_auth" or "token_revoked"',
    });
    // Any other error (ratelimited, a missing scope) proves nothing either way.
    expect(judge(slack, answer(200), '{"ok":false,"error":"ratelimited"}').status).toBe("unknown");
  });

  it("names what stopped it: redirects, rate limits, server errors, statuses in neither list", () => {
    expect(judge(spec(), answer(301), "").detail).toBe("redirect not followed");
    expect(judge(spec(), answer(429), "").detail).toBe("rate limited");
    expect(judge(spec(), answer(502), "").detail).toBe("server error");
    expect(judge(spec(), answer(404), "")).toEqual({
      status: "unknown",
      detail: "unexpected response",
      rule: "status 404 is in neither live nor dead",
    });
  });
});

describe("failed requests", () => {
  afterEach(() => vi.unstubAllGlobals());
  const failed = (code: string) => Object.assign(new TypeError("fetch failed"), { cause: { code } });

  it("says DNS failure, TLS error or connection reset in plain words", () => {
    expect(failureReason(failed("ENOTFOUND"))).toBe("DNS failure");
    expect(failureReason(failed("EAI_AGAIN"))).toBe("DNS failure");
    expect(failureReason(failed("UNABLE_TO_VERIFY_LEAF_SIGNATURE"))).toBe("TLS error");
    expect(failureReason(failed("ERR_TLS_CERT_ALTNAME_INVALID"))).toBe("TLS error");
    expect(failureReason(failed("ECONNRESET"))).toBe("connection reset");
    expect(failureReason(new DOMException("late", "TimeoutError"))).toBe("timeout");
  });

  it("reports a refused connection as unknown, with the host it tried", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const detector = { id: "v", verify: spec() } as Detector;
    const result = await verifyOne(
      { detector, secret: "s" },
      { baseUrls: { v: `http://127.0.0.1:${port}` }, timeoutMs: 2000 },
    );
    expect(result).toMatchObject({
      status: "unknown",
      detail: "connection refused",
      endpoint: `127.0.0.1:${port}`,
    });
  });

  it("sends nothing anywhere for a detector without a check", async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal("fetch", fetchSpy);
    const result = await verifyOne({ detector: { id: "pem" } as Detector, secret: "s" });
    expect(result).toEqual({ status: "unverifiable", detail: "no safe check for this kind of secret" });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe("base URLs", () => {
  it("replace the vendor's scheme, host and port, and go before its path", () => {
    expect(rebase("https://api.github.com/rate_limit", "https://ghe.example.com/api/v3/")).toBe(
      "https://ghe.example.com/api/v3/rate_limit",
    );
    expect(rebase("https://gitlab.com/api/v4/personal_access_tokens/self?x=1", "http://127.0.0.1:8080")).toBe(
      "http://127.0.0.1:8080/api/v4/personal_access_tokens/self?x=1",
    );
  });

  it("are refused when they are not plain http(s) URLs", async () => {
    expect(() => parseBaseUrl("ghe.example.com")).toThrow('"ghe.example.com" is not a URL');
    expect(() => parseBaseUrl("file:///etc")).toThrow("is not an http or https URL");
    expect(() => parseBaseUrl("https://user:pw@ghe.example.com")).toThrow(
      "no credentials, query or fragment",
    );
    await expect(verifyAll([], { baseUrls: { x: "nope" } })).rejects.toThrow("is not a URL");
  });
});
