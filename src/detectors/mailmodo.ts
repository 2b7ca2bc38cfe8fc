import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "mailmodo-api-key",
    name: "Mailmodo API key",
    vendor: "Mailmodo",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Mailmodo sends interactive AMP e-mails and campaigns. API keys are four groups of seven upper-case letters and digits joined by hyphens, sent in the mmApiKey header; they are recognised next to a Mailmodo name.",
    security: [
      "Contact lists and campaign reports can be read.",
      "Campaigns and transactional e-mails can be sent to contacts.",
    ],
    mitigation: {
      revoke: "In Mailmodo open Settings > API Keys and delete the key.",
      revokeUrl: "https://manage.mailmodo.com/app/settings/apikeys",
    },
    keywords: ["mailmodo"],
    pattern: new RegExp(
      `${vendorPhrase(["mailmodo"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists campaigns: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.mailmodo.com/api/v1/campaigns",
      headers: { mmApiKey: "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () =>
        `MAILMODO_API_KEY=${[1, 2, 3, 4].map((n) => randomChars("upperAlnum", 7, `mailmodo-api-key-1-${n}`)).join("-")}`,
      () =>
        `{"mailmodoApiKey": "${[1, 2, 3, 4].map((n) => randomChars("upperAlnum", 7, `mailmodo-api-key-2-${n}`)).join("-")}"}`,
      () =>
        `const mailmodoToken = "${[1, 2, 3, 4].map((n) => randomChars("upperAlnum", 7, `mailmodo-api-key-3-${n}`)).join("-")}";`,
    ],
    negatives: [
      "MAILMODO_API_KEY=<your Mailmodo API key>",
      () => `mailmodo_api_key: ${randomChars("upperAlnum", 21, "mailmodo-api-key-short")}`,
    ],
    references: ["https://www.mailmodo.com/developers/"],
  },
];
