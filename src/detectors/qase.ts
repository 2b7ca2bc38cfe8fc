import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "qase-api-token",
    name: "Qase API token",
    vendor: "Qase",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Qase is a test management platform. API tokens (40 characters, sent in the Token header) act with the rights of the user or app they belong to; they have no prefix, so they are recognised next to a Qase name.",
    security: [
      "Test cases, plans and results, which often describe unreleased features, can be read.",
      "Test runs and cases can be created, changed or deleted, corrupting QA records.",
    ],
    mitigation: {
      revoke:
        "In Qase open the API tokens page of your profile (or the app under Apps), revoke the token and create a new one.",
      revokeUrl: "https://app.qase.io/user/api/token",
      audit:
        "Review the workspace audit log (Workspace > Audit logs) for API activity during the exposure window.",
      bestPractices: ["use app tokens with narrow permissions for CI reporters instead of personal tokens"],
    },
    keywords: ["qase"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["qase"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    // Lists one project: a read.
    verify: {
      method: "GET",
      url: "https://api.qase.io/v1/project?limit=1",
      headers: { Token: "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "status", equals: true },
    },
    examples: [
      () => `QASE_API_TOKEN=${randomChars("alnum", 40, "qase-api-token-1")}`,
      () => `qase_api_token: "${randomChars("alnum", 40, "qase-api-token-2")}"`,
      () => `const qaseApiToken = "${randomChars("alnum", 40, "qase-api-token-3")}";`,
    ],
    negatives: [
      "QASE_API_TOKEN=your_qase_api_token_here",
      () => `QASE_API_TOKEN=${randomChars("alnum", 37, "qase-api-token-short")}`,
      () => `QASE_URL=${randomChars("alnum", 40, "qase-api-token-noname")}`,
    ],
    references: [
      "https://developers.qase.io/docs/authentication",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/qase.yml",
    ],
  },
];
