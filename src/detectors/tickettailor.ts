import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `sk_`, four digits, six digits and 32 hex characters, as Ticket Tailor issues a key. */
const key = (label: string) =>
  `sk_${randomChars("0123456789", 4, `${label}a`)}_${randomChars("0123456789", 6, `${label}b`)}_${randomChars("hexLower", 32, `${label}c`)}`;

export const detectors: Detector[] = [
  {
    id: "tickettailor-api-key",
    name: "Ticket Tailor API key",
    vendor: "Ticket Tailor",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Ticket Tailor sells event tickets. Its API keys read sk_, four digits, _, six digits, _ and 32 hexadecimal characters, and are sent as the Basic-auth user name; because Stripe keys also begin with sk_, the key is recognised next to a Ticket Tailor name.",
    security: [
      "Orders, attendees' names and e-mail addresses, and event details can be read.",
      "Events, ticket types and vouchers can be changed.",
    ],
    mitigation: {
      revoke: "In Ticket Tailor open Box office settings > API, delete the key and create a new one.",
      revokeUrl: "https://app.tickettailor.com/box-office/api",
    },
    keywords: ["tickettailor", "ticket_tailor"],
    pattern: new RegExp(
      `${vendorPhrase(["tickettailor", "ticketTailor", "ticket_tailor", "TicketTailor"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>sk_[0-9]{4}_[0-9]{6}_[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the box office's orders: a read that sells, refunds or changes nothing.
    verify: {
      method: "GET",
      url: "https://api.tickettailor.com/v1/orders",
      headers: { Accept: "application/json" },
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401, 403],
    },
    examples: [() => `TICKET_TAILOR_API_KEY=${key("tt-1")}`, () => `ticketTailorKey: "${key("tt-2")}"`],
    negatives: [
      "TICKET_TAILOR_API_KEY=sk_<your key>",
      () =>
        `STRIPE_SECRET_KEY=sk_${randomChars("0123456789", 4, "tt-n1")}_${randomChars("0123456789", 6, "tt-n2")}_${randomChars("hexLower", 32, "tt-n3")}`,
    ],
    references: [
      "https://developers.tickettailor.com/docs/api/authentication",
      "https://github.com/mongodb/kingfisher (rule tickettailor: sk_NNNN_NNNNNN_ + 32 hex)",
    ],
  },
];
