import { ASSIGN_LOOSE, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tenable-api-secret-key",
    name: "Tenable Vulnerability Management API secret key",
    vendor: "Tenable",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      'Tenable Vulnerability Management (Tenable.io) scans assets for vulnerabilities. API keys are an access key and a secret key (64 hexadecimal characters each), sent together as "X-ApiKeys: accessKey=...;secretKey=...", with the rights of their user.',
    security: [
      "Vulnerability findings for every asset the user can see can be exported: a map of what to attack.",
      "Scans, agents and users can be changed or deleted, and scans launched against arbitrary targets.",
    ],
    mitigation: {
      revoke:
        "In Tenable Vulnerability Management open Settings > My Account > API Keys and click Generate, which replaces both keys (administrators can regenerate any user's keys).",
      revokeUrl:
        "https://docs.tenable.com/vulnerability-management/Content/Settings/my-account/GenerateAPIKey.htm",
      audit: "Review Settings > Activity Logs for API actions by the user during the exposure window.",
      bestPractices: ["create API keys for dedicated users with the narrowest role"],
    },
    keywords: ["tenable", "secretkey="],
    pattern: new RegExp(
      String.raw`(?:accessKey=[a-f0-9]{64};[ \t]{0,2}secretKey=|${vendorNameAtWordStart(["tenable"], ["secret_key", "secretKey", "secret"])}${ASSIGN_LOOSE})(?<secret>[a-f0-9]{64})(?![A-Za-z0-9_-])`,
    ),
    companions: [
      {
        name: "access key",
        pattern:
          /(?:accessKey=|[Aa][Cc][Cc][Ee][Ss][Ss]_?[Kk][Ee][Yy]["']?[ \t]{0,3}[:=][ \t]{0,3}["']?)(?<value>[a-f0-9]{64})(?![A-Za-z0-9_-])/,
      },
    ],
    // Reads the key's own session (user) record; nothing is changed.
    verify: {
      method: "GET",
      url: "https://cloud.tenable.com/session",
      headers: { "X-ApiKeys": "accessKey={companion:access key};secretKey={secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "username" },
    },
    examples: [
      () =>
        `TENABLE_ACCESS_KEY=${randomChars("hexLower", 64, "tenable-1a")}\nTENABLE_SECRET_KEY=${randomChars("hexLower", 64, "tenable-1b")}`,
      () =>
        `curl -H "X-ApiKeys: accessKey=${randomChars("hexLower", 64, "tenable-2a")};secretKey=${randomChars("hexLower", 64, "tenable-2b")}" https://cloud.tenable.com/scans`,
    ],
    negatives: [
      "X-ApiKeys: accessKey={accessKey};secretKey={secretKey}",
      () => `TENABLE_SECRET_KEY=${randomChars("hexLower", 40, "tenable-short")}`,
    ],
    references: [
      "https://developer.tenable.com/docs/authorization",
      "https://docs.tenable.com/vulnerability-management/Content/Settings/my-account/GenerateAPIKey.htm",
    ],
  },
];
