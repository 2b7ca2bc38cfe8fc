import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "uplead-api-key",
    name: "UpLead API key",
    vendor: "UpLead",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "UpLead sells B2B contact and company data through a web app and an API. Its API key (32 lowercase letters and digits, sent in the Authorization header) identifies the account and its plan; it has no prefix, so it is recognised next to a UpLead name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or credits, or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke: "In UpLead open Account > API, regenerate the API key and update the integrations that use it.",
      revokeUrl: "https://app.uplead.com/",
      audit:
        "Compare the usage shown in the UpLead dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["uplead", "up_lead"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["uplead", "up_lead"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{32})${TOKEN_END}`,
    ),
    // Reads the account's credit balance; no credit is spent.
    verify: {
      method: "GET",
      url: "https://api.uplead.com/v2/credits",
      headers: { Authorization: "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `UPLEAD_API_KEY=${randomChars("lowerAlnum", 32, "uplead-api-key-1")}`,
      () => `uplead_api_key: "${randomChars("lowerAlnum", 32, "uplead-api-key-2")}"`,
      () => `const upleadApiKey = "${randomChars("lowerAlnum", 32, "uplead-api-key-3")}";`,
    ],
    negatives: [
      "UPLEAD_API_KEY=your_uplead_api_key_here",
      () => `UPLEAD_API_KEY=${randomChars("lowerAlnum", 29, "uplead-api-key-short")}`,
      () => `UPLEAD_URL=${randomChars("lowerAlnum", 32, "uplead-api-key-noname")}`,
    ],
    references: [
      "https://docs.uplead.com/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/uplead/uplead.go",
    ],
  },
];
