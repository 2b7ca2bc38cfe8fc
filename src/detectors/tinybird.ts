import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tinybird-token",
    name: "Tinybird token",
    vendor: "Tinybird",
    family: "API Token",
    severity: "high",
    description:
      "Tinybird is a real-time analytics backend on ClickHouse. Its tokens (p. followed by a base64url JSON part and a signature, sent as a Bearer token) carry scopes from reading one pipe up to administering the workspace.",
    security: [
      "Data sources and pipe results, often product or customer event data, can be read.",
      "A token with write or admin scopes can append, truncate or delete data and change pipes.",
    ],
    mitigation: {
      revoke:
        "In the Tinybird UI open the workspace's Tokens page, refresh (rotate) or delete the token and update the clients that use it.",
      revokeUrl: "https://www.tinybird.co/docs/forward/administration/tokens",
      audit:
        "Review the workspace's Service Data Sources (tinybird.pipe_stats_rt, datasources_ops_log) for requests with the token during the exposure window.",
      bestPractices: ["give front ends read tokens scoped to one pipe, or JWTs with short expiry"],
    },
    keywords: ["p.eyJ"],
    // A long token runs past the default reach of 512 bytes, and would be dropped as cut off.
    window: { after: 1100 },
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_.-]/,
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>p\.eyJ[A-Za-z0-9_-]{20,1000}\.[A-Za-z0-9_-]{40,64})(?![A-Za-z0-9_.-])/,
    examples: [
      () =>
        `TINYBIRD_TOKEN=p.eyJ${randomChars("base64url", 120, "tb-1a")}.${randomChars("base64url", 43, "tb-1b")}`,
      () =>
        `fetch(url, { headers: { Authorization: "Bearer p.eyJ${randomChars("base64url", 80, "tb-2a")}.${randomChars("base64url", 43, "tb-2b")}" } })`,
    ],
    negatives: [
      "TINYBIRD_TOKEN=p.eyJ...",
      () =>
        `p.eyJ${randomChars("base64url", 10, "tb-short-a")}.${randomChars("base64url", 43, "tb-short-b")}`,
    ],
    references: ["https://www.tinybird.co/docs/forward/administration/tokens"],
  },
];
