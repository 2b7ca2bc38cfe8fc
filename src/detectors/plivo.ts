import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** Auth IDs are MA (main account) or SA (subaccount) and 18 upper-case letters and digits. */
const AUTH_ID = /(?<![A-Za-z0-9])(?<value>[MS]A[A-Z0-9]{18})(?![A-Za-z0-9])/;
const authId = (label: string) => `MA${randomChars("upperAlnum", 18, label)}`;
const authToken = (label: string) => randomChars("alnum", 40, label);

export const detectors: Detector[] = [
  {
    id: "plivo-auth-token",
    name: "Plivo auth token",
    vendor: "Plivo",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Plivo is a cloud communications platform for SMS, voice and phone numbers. API requests use HTTP Basic authentication with the Auth ID (MA... or SA..., 20 characters) as user and the Auth Token (40 alphanumerics) as password; the token has no prefix and is recognised by the Plivo name next to it.",
    security: [
      "The attacker can send SMS and make calls billed to the account, including premium-rate fraud.",
      "Numbers can be bought or released, and applications' answer URLs changed to take over calls.",
      "Message and call logs, recordings and customers' phone numbers can be read.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Plivo console, open Account > Overview (or the subaccount's page), and regenerate the Auth Token; the old token stops working. Update PLIVO_AUTH_TOKEN wherever it is used.",
      revokeUrl: "https://console.plivo.com/dashboard/",
      audit:
        "Review the console's Logs (Messaging and Voice), number inventory, applications and billing for usage and changes made during the exposure window.",
      bestPractices: [
        "give each application a subaccount with its own Auth ID and token",
        "enable geo permissions only for the countries you call and message",
        "set low auto-recharge limits and balance alerts",
      ],
    },
    keywords: ["plivo"],
    pattern: new RegExp(
      `(?:PLIVO|[Pp]livo)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    window: { before: 512, after: 512, multiline: true },
    minEntropy: 3.5,
    companions: [{ name: "auth ID", pattern: AUTH_ID, within: 512 }],
    // Reading the account's own details changes nothing.
    verify: {
      method: "GET",
      url: "https://api.plivo.com/v1/Account/{companion:auth ID}/",
      basicAuth: { user: "{companion:auth ID}", password: "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `PLIVO_AUTH_ID=${authId("plivo-1")}\nPLIVO_AUTH_TOKEN=${authToken("plivo-1")}`,
      () => `plivoAuthID := "${authId("plivo-2")}"\nplivoAuthToken := "${authToken("plivo-2")}"`,
      () => `plivo_auth_token: "${authToken("plivo-3")}"`,
    ],
    negatives: [
      "PLIVO_AUTH_TOKEN=your_auth_token",
      () => `PLIVO_AUTH_TOKEN=${randomChars("alnum", 30, "plivo-short")}`,
      () => `PLIVO_AUTH_ID=${authId("plivo-id")}`,
    ],
    references: [
      "https://www.plivo.com/docs/messaging/api/overview/authentication",
      "https://www.plivo.com/docs/account/api/account",
    ],
  },
];
