import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "ticketmaster-consumer-key",
    name: "Ticketmaster API consumer key",
    vendor: "Ticketmaster",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Ticketmaster publishes event, venue and attraction data through its Discovery and partner APIs. Its API key (32 letters and digits, sent as the apikey parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a Ticketmaster name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        "In the Ticketmaster Developer portal open My Apps, regenerate the app's consumer key (or delete the app) and update the applications that use it.",
      revokeUrl: "https://developer-acct.ticketmaster.com/user/login",
      audit:
        "Compare the usage shown in the Ticketmaster dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["ticketmaster", "ticket_master"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["ticketmaster", "ticket_master"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `TICKETMASTER_API_KEY=${randomChars("alnum", 32, "ticketmaster-consumer-key-1")}`,
      () => `ticketmaster_api_key: "${randomChars("alnum", 32, "ticketmaster-consumer-key-2")}"`,
      () => `const ticketmasterApiKey = "${randomChars("alnum", 32, "ticketmaster-consumer-key-3")}";`,
    ],
    negatives: [
      "TICKETMASTER_API_KEY=your_ticketmaster_api_key_here",
      () => `TICKETMASTER_API_KEY=${randomChars("alnum", 29, "ticketmaster-consumer-key-short")}`,
      () => `TICKETMASTER_URL=${randomChars("alnum", 32, "ticketmaster-consumer-key-noname")}`,
    ],
    references: [
      "https://developer.ticketmaster.com/products-and-docs/apis/getting-started/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/ticketmaster/ticketmaster.go",
    ],
  },
];
