import { ASSIGN_LOOSE, BASE64_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "gist-api-key",
    name: "Gist (getgist.com) API key",
    vendor: "Gist",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Gist (getgist.com) is a marketing automation, live chat and help desk platform. Workspace API keys are 68 base64 characters sent as a Bearer token; they are recognised next to a getgist name (the vendor's plain name, gist, is too common).",
    security: [
      "Contacts, conversations and campaigns of the workspace can be read and exported.",
      "Contacts can be changed and campaigns triggered.",
    ],
    mitigation: {
      revoke: "In Gist open Settings > API Key and generate a new key, which replaces the old one.",
      revokeUrl: "https://app.getgist.com/",
    },
    keywords: ["getgist", "get_gist"],
    pattern: new RegExp(
      `${vendorName(["getgist", "getGist", "get_gist"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9+/=]{68})${BASE64_END}`,
    ),
    minEntropy: 3.3,
    // Lists one contact: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.getgist.com/contacts?per_page=1",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `GETGIST_API_KEY=${randomChars("alnum", 68, "gist-api-key-1")}`,
      () => `{"getgistApiKey": "${randomChars("alnum", 68, "gist-api-key-2")}"}`,
      () => `const getgistToken = "${randomChars("alnum", 68, "gist-api-key-3")}";`,
    ],
    negatives: [
      "GETGIST_API_KEY=<your Gist API key>",
      () => `getgist_api_key: ${randomChars("alnum", 64, "gist-api-key-short")}`,
    ],
    references: ["https://developers.getgist.com/api/#authentication"],
  },
];
