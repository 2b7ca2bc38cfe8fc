import { ASSIGN_LOOSE, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const prefixed = (label: string) => `atsk_${randomChars("hexLower", 72, label)}`;
const legacy = (label: string) => randomChars("hexLower", 64, label);

export const detectors: Detector[] = [
  {
    id: "africastalking-api-key",
    name: "Africa's Talking API key",
    vendor: "Africa's Talking",
    family: "API Key",
    severity: "high",
    confidence: "high",
    description:
      "Africa's Talking sends SMS, voice calls, USSD sessions, airtime and mobile data across African networks. An API key, sent with the account's username in the apiKey header, spends the account's balance. Keys are atsk_ followed by 72 hexadecimal characters (64 are accepted too); older keys are 64 hexadecimal characters without a prefix, recognised under an Africa's Talking name.",
    security: [
      "An attacker can send SMS and make calls billed to the account, for spam and fraud under the account's sender IDs and short codes.",
      "Airtime and mobile data can be sent to any number, turning the balance straight into money.",
      "Delivery reports and USSD sessions can expose customers' phone numbers.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Africa's Talking dashboard, open the app (or the sandbox), go to Settings > API Key and generate a new key: the old one stops working. Update the service's configuration with the new key.",
      revokeUrl: "https://account.africastalking.com/",
      audit:
        "Review the SMS, voice, airtime and payments logs and the balance history in the dashboard for activity you did not start during the exposure window.",
      bestPractices: [
        "call Africa's Talking from a server only; never ship the key in a mobile app",
        "use the sandbox app and its own key outside production",
        "set a low balance alert so that abuse shows early",
      ],
    },
    keywords: ["atsk_", "africastalking", "africas_talking", "africa_talking", "african_talking"],
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_])(?=atsk_)|(?:africas?_?talking|AFRICAS?_?TALKING|AfricasTalking|AFRICAN_TALKING|african_talking)[A-Za-z0-9_.-]{0,20}(?:key|KEY|Key)${ASSIGN_LOOSE})(?<secret>atsk_[0-9a-f]{64}(?:[0-9a-f]{8})?|[0-9a-f]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `const credentials = {\n    apiKey: "${prefixed("at-1")}",\n    username: "shopname"\n};`,
      () => `AFRICASTALKING_API_KEY=${prefixed("at-2")}`,
      () => `AFRICAS_TALKING_API_KEY = "${legacy("at-3")}"`,
    ],
    negatives: [
      'apiKey: "atsk_test",',
      "AFRICASTALKING_API_KEY=your_api_key_here",
      // Cut short.
      () => `apiKey: "atsk_${randomChars("hexLower", 20, "at-short")}"`,
    ],
    references: ["https://developers.africastalking.com/"],
  },
];
