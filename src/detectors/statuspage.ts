import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "statuspage-api-key",
    name: "Atlassian Statuspage API key",
    vendor: "Statuspage",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      'Atlassian Statuspage publishes public and private status pages and incident notices. Its API keys (a UUID, sent as "Authorization: OAuth ...") manage every page of the organization.',
    security: [
      "Fake incidents can be published on the public status page and sent to subscribers by e-mail and SMS.",
      "Real incidents can be resolved or components marked operational, hiding an outage; subscriber lists can be read.",
    ],
    mitigation: {
      revoke:
        "In Statuspage open your avatar > API info, revoke the key and create a new one; update the monitoring integrations that use it.",
      revokeUrl: "https://manage.statuspage.io/login",
      audit:
        "Review the page's incident history and the organization's audit log for changes during the exposure window.",
      bestPractices: ["give automation its own team member and key so it can be revoked alone"],
    },
    keywords: ["statuspage", "status_page"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["statuspage", "status_page", "statusPage"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    // Lists the organization's pages: a read.
    verify: {
      method: "GET",
      url: "https://api.statuspage.io/v1/pages",
      headers: { Authorization: "OAuth {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () =>
        `STATUSPAGE_API_KEY=${randomChars("hexLower", 8, "statuspage-api-key-1")}-${randomChars("hexLower", 4, "statuspage-api-key-1-2")}-${randomChars("hexLower", 4, "statuspage-api-key-1-4")}-${randomChars("hexLower", 4, "statuspage-api-key-1-6")}-${randomChars("hexLower", 12, "statuspage-api-key-1-8")}`,
      () =>
        `statuspage_api_key: "${randomChars("hexLower", 8, "statuspage-api-key-2")}-${randomChars("hexLower", 4, "statuspage-api-key-2-2")}-${randomChars("hexLower", 4, "statuspage-api-key-2-4")}-${randomChars("hexLower", 4, "statuspage-api-key-2-6")}-${randomChars("hexLower", 12, "statuspage-api-key-2-8")}"`,
      () =>
        `const statuspageApiKey = "${randomChars("hexLower", 8, "statuspage-api-key-3")}-${randomChars("hexLower", 4, "statuspage-api-key-3-2")}-${randomChars("hexLower", 4, "statuspage-api-key-3-4")}-${randomChars("hexLower", 4, "statuspage-api-key-3-6")}-${randomChars("hexLower", 12, "statuspage-api-key-3-8")}";`,
    ],
    negatives: [
      "STATUSPAGE_API_KEY=your_statuspage_api_key_here",
      () =>
        `STATUSPAGE_API_KEY=${randomChars("hexLower", 8, "statuspage-api-key-short")}-${randomChars("hexLower", 4, "statuspage-api-key-short-2")}-${randomChars("hexLower", 4, "statuspage-api-key-short-4")}-${randomChars("hexLower", 4, "statuspage-api-key-short-6")}-${randomChars("hexLower", 9, "statuspage-api-key-short-8")}`,
      () =>
        `STATUSPAGE_URL=${randomChars("hexLower", 8, "statuspage-api-key-noname")}-${randomChars("hexLower", 4, "statuspage-api-key-noname-2")}-${randomChars("hexLower", 4, "statuspage-api-key-noname-4")}-${randomChars("hexLower", 4, "statuspage-api-key-noname-6")}-${randomChars("hexLower", 12, "statuspage-api-key-noname-8")}`,
    ],
    references: [
      "https://developer.statuspage.io/#section/Authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/statuspage/statuspage.go",
    ],
  },
];
