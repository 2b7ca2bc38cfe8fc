import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `rdme_${randomChars("lowerAlnum", 70, label)}`;

export const detectors: Detector[] = [
  {
    id: "readme-api-key",
    name: "ReadMe API key",
    vendor: "ReadMe",
    family: "API Key",
    severity: "high",
    description:
      "ReadMe hosts interactive API documentation and developer hubs, with API metrics from customers' API logs. Project API keys start with rdme_ followed by 70 lower-case alphanumerics and are used by the rdme CLI and GitHub Action to sync docs and API definitions.",
    security: [
      "Documentation pages, API definitions and changelogs can be changed or deleted, letting an attacker publish misleading or phishing content on the company's developer hub.",
      "API metrics and request logs sent to ReadMe, which can contain customer identifiers and payloads, can be read.",
      "Project settings and versions can be modified.",
    ],
    mitigation: {
      revoke:
        "A project admin opens the ReadMe dashboard > project > API Keys, revokes the leaked key and creates a new one; update the rdme CLI / GitHub Action secret (RDME_API_KEY).",
      revokeUrl: "https://dash.readme.com",
      audit:
        "Review the project's page histories, API definition uploads and changelog entries for changes you did not make.",
      bestPractices: [
        "store RDME_API_KEY only as a CI secret",
        "create one key per automation so it can be revoked alone",
      ],
    },
    keywords: ["rdme_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>rdme_[a-z0-9]{70})(?![A-Za-z0-9_])/,
    // Reads the project the key belongs to: a GET with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://dash.readme.com/api/v1",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
      liveRequires: { field: "subdomain" },
    },
    examples: [
      () => `RDME_API_KEY=${key("readme-1")}`,
      () =>
        `      - uses: readmeio/rdme@v9\n        with:\n          rdme: openapi openapi.json --key=${key("readme-2")} --id=abc123`,
    ],
    negatives: [
      "RDME_API_KEY=rdme_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `RDME_API_KEY=rdme_${randomChars("lowerAlnum", 50, "readme-short")}`,
    ],
    references: [
      "https://docs.readme.com/main/reference/intro/authentication",
      "https://docs.readme.com/main/reference/getproject",
    ],
  },
];
