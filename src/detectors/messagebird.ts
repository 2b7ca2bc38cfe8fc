import { NESTED_KEY_NAME, nestedUnder } from "../catalog/nearby.js";
import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "messagebird-api-key",
    name: "MessageBird (Bird) API access key",
    vendor: "MessageBird",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "MessageBird, now Bird, is a communications platform for SMS, WhatsApp, voice and e-mail. Its classic REST API authenticates with an access key of 25 alphanumeric characters sent as Authorization: AccessKey <key>; live and test keys look alike.",
    security: [
      "An attacker can send SMS and messages billed to the account, including to premium destinations.",
      "Message history, contacts and conversations can be read.",
      "Webhooks and numbers can be reconfigured to intercept inbound traffic.",
    ],
    mitigation: {
      revoke:
        "In the MessageBird (Bird) dashboard go to Developers > API access (API keys), find the leaked live key and delete it, then create a new key for the application.",
      revokeUrl: "https://dashboard.messagebird.com/en/developers/access",
      audit:
        "Review the message and call logs and the balance history in the dashboard for traffic you did not send.",
      bestPractices: [
        "use test keys outside production",
        "create a separate key per application so that each can be revoked alone",
      ],
    },
    // Also the Authorization header's own scheme, AccessKey, which only MessageBird uses.
    keywords: ["messagebird", "message_bird", "message-bird", "accesskey "],
    // A [messagebird] section's or messagebird: block's access_key, a few lines on.
    window: { before: 64, after: 600, multiline: true },
    pattern: new RegExp(
      `(?:${anyCase("message")}[_-]?${anyCase("bird")}[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?:AccessKey[ \\t])?|[Aa]uthorization["']?[ \\t]{0,3}[:=,][ \\t]{0,3}["']?AccessKey[ \\t]{1,3}|${NESTED_KEY_NAME})(?<secret>[A-Za-z0-9]{25})${TOKEN_END}`,
    ),
    validate: nestedUnder(/message[_-]?bird/i, "a key of no vendor's name, not in a MessageBird block"),
    // Reads the account balance: a GET that sends no message and spends no credit.
    verify: {
      method: "GET",
      url: "https://rest.messagebird.com/balance",
      headers: { Authorization: "AccessKey {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "payment" },
    },
    examples: [
      () => `MESSAGEBIRD_API_KEY=${randomChars("alnum", 25, "mb-1")}`,
      () => `messageBird.accessKey = "${randomChars("alnum", 25, "mb-2")}";`,
      () => `message_bird:\n  message_bird_access_key: '${randomChars("alnum", 25, "mb-3")}'`,
      () =>
        `curl https://rest.messagebird.com/balance -H "Authorization: AccessKey ${randomChars("alnum", 25, "mb-4")}"`,
      () =>
        `[twilio]\naccount_sid = "AC${randomChars("hexLower", 32, "mb-5a")}"\n\n[messagebird]\naccess_key = "${randomChars("alnum", 25, "mb-5")}"`,
    ],
    negatives: [
      "MESSAGEBIRD_API_KEY=YOUR_ACCESS_KEY",
      () => `MESSAGEBIRD_API_KEY=${randomChars("alnum", 20, "mb-short")}`,
      // The section after MessageBird's is another provider's.
      () =>
        `[messagebird]\naccess_key = "\${MB_KEY}"\n\n[sinch]\naccess_key = "${randomChars("alnum", 25, "mb-other")}"`,
    ],
    references: [
      "https://developers.messagebird.com/api/#authentication",
      "https://developers.messagebird.com/api/balance/#get-your-balance",
    ],
  },
];
