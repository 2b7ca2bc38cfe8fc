import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "lemlist-api-key",
    name: "lemlist API key",
    vendor: "lemlist",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "lemlist is a cold e-mail outreach platform. API keys (32 hexadecimal characters) are the HTTP Basic password, with an empty user name, for the team's API; they are recognised next to a lemlist name.",
    security: [
      "Campaigns and leads, with prospects' contact details, can be exported.",
      "Leads can be added to campaigns, sending e-mail from the team's mailboxes.",
    ],
    mitigation: {
      revoke: "In lemlist open Settings > Integrations > API and regenerate the key.",
      revokeUrl: "https://app.lemlist.com/settings/integrations",
    },
    keywords: ["lemlist"],
    pattern: new RegExp(
      `${vendorPhrase(["lemlist"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads the team's own record: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.lemlist.com/api/team",
      basicAuth: { user: "", password: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `LEMLIST_API_KEY=${randomChars("hexLower", 32, "lemlist-api-key-1")}`,
      () => `{"lemlistApiKey": "${randomChars("hexLower", 32, "lemlist-api-key-2")}"}`,
      () => `const lemlistToken = "${randomChars("hexLower", 32, "lemlist-api-key-3")}";`,
    ],
    negatives: [
      "LEMLIST_API_KEY=<your lemlist API key>",
      () => `lemlist_api_key: ${randomChars("hexLower", 28, "lemlist-api-key-short")}`,
    ],
    references: ["https://developer.lemlist.com/#authentication"],
  },
];
