import { NAME_TAIL_ASSIGN_OR_CALL, UUID } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** 32 hexadecimal characters, a hyphen and a UUID, as the Infobip portal shows API keys. */
const key = (label: string) =>
  `${randomChars("hexLower", 32, label)}-${[8, 4, 4, 4, 12].map((n, i) => randomChars("hexLower", n, `${label}-${i}`)).join("-")}`;

export const detectors: Detector[] = [
  {
    id: "infobip-api-key",
    name: "Infobip API key",
    vendor: "Infobip",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      'Infobip is a cloud communications platform: SMS, WhatsApp, voice, e-mail, Viber and RCS. API keys are 32 hexadecimal characters, a hyphen and a UUID, sent as "Authorization: App <key>" to the account\'s personal base URL (<id>.api.infobip.com), with the API scopes chosen at creation.',
    security: [
      "The attacker can send SMS, WhatsApp and voice messages billed to the account, including premium-rate traffic.",
      "Message logs and delivery reports expose customers' phone numbers and message content.",
      "Keys with account-management scopes can create users, API keys and sender settings.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Infobip portal, open Developers (Developer Tools) > API keys, and revoke the leaked key; create a new key with only the scopes it needs and an IP allowlist, then update INFOBIP_API_KEY.",
      revokeUrl: "https://portal.infobip.com/dev/api-keys",
      audit:
        "Review Analyze > Logs and Reports for traffic you did not send and the account's balance and audit log for changes during the exposure window.",
      bestPractices: [
        "give each key only the API scopes it needs",
        "restrict keys to your servers' IP addresses and set an expiry",
        "enable traffic limits and country restrictions against SMS pumping",
      ],
    },
    keywords: ["infobip", "authorization: app "],
    pattern: new RegExp(
      `(?:[Aa]uthorization["']?:[ \\t]{0,3}["']?App[ \\t]{1,3}|(?:INFOBIP|[Ii]nfobip)${NAME_TAIL_ASSIGN_OR_CALL}(?:App[ \\t])?)(?<secret>[a-f0-9]{32}-${UUID})(?![A-Za-z0-9-])`,
    ),
    minEntropy: 3,
    examples: [
      () => `INFOBIP_API_KEY=${key("infobip-1")}`,
      () => `curl -H "Authorization: App ${key("infobip-2")}" https://xyz123.api.infobip.com/sms/3/messages`,
      () => `infobip:\n  infobip_api_key: "${key("infobip-3")}"`,
    ],
    negatives: [
      "INFOBIP_API_KEY=your_infobip_api_key_here",
      "'Authorization: App ' . $this->apiKey,",
      () =>
        `INFOBIP_MESSAGE_ID=${[8, 4, 4, 4, 12].map((n, i) => randomChars("hexLower", n, `infobip-msg-${i}`)).join("-")}`,
    ],
    references: [
      "https://www.infobip.com/docs/essentials/api-essentials/api-authentication",
      "https://www.infobip.com/docs/essentials/api-essentials/api-authorization",
    ],
  },
];
