import { ASSIGN_LOOSE, BASE64_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A private key is 64 random bytes in base64: 86 characters and `==`. */
const privateKey = (label: string) => Buffer.from(randomChars("alnum", 64, label)).toString("base64");

export const detectors: Detector[] = [
  {
    id: "kraken-api-private-key",
    name: "Kraken API private key",
    vendor: "Kraken",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Kraken is a cryptocurrency exchange. Its REST API takes an API key (the public part, sent in API-Key) and a private key, 64 random bytes in base64 (88 characters ending in ==) that signs every private request; together they act with the permissions chosen when the key was made.",
    security: [
      "Balances, open orders, trade history and ledger entries of the account can be read.",
      "With trading permissions the attacker can place orders, for example to pump an illiquid market they hold.",
      "With withdrawal permissions funds can be withdrawn to addresses already allowlisted on the account.",
    ],
    mitigation: {
      revoke:
        "Sign in to Kraken, open Settings > API (Connections & API), and delete the leaked key; create a new key with only the permissions needed, an IP allowlist and, if possible, no withdrawal rights.",
      revokeUrl: "https://pro.kraken.com/app/settings/api",
      audit:
        "Review Activity > Ledger, trade history and withdrawals for operations made during the exposure window, and the account's withdrawal address list for new entries.",
      bestPractices: [
        "never grant withdrawal permission to keys used by trading bots",
        "restrict each key to your servers' IP addresses",
        "set a key expiry date",
      ],
    },
    keywords: ["kraken"],
    pattern: new RegExp(
      `${vendorName(["kraken"], ["secret", "private", "priv"])}[A-Za-z0-9_.-]{0,16}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9+/]{86}==)${BASE64_END}`,
    ),
    validate: (secret) =>
      Buffer.from(secret, "base64").length === 64 ? true : "does not decode to 64 bytes",
    examples: [
      () => `KRAKEN_API_SECRET=${privateKey("kraken-1")}`,
      () => `  kraken_private_key: "${privateKey("kraken-2")}"`,
      () =>
        `exchange = ccxt.kraken({"apiKey": key, "secret": x})\nkrakenSecret = "${privateKey("kraken-3")}"`,
    ],
    negatives: [
      "KRAKEN_API_SECRET=your_private_key",
      // The public API key part is 56 characters, not a private key.
      () => `KRAKEN_API_KEY=${randomChars("base64", 56, "kraken-public")}`,
    ],
    references: [
      "https://docs.kraken.com/api/docs/guides/spot-rest-auth",
      "https://support.kraken.com/articles/360000919966-how-to-create-an-api-key",
    ],
  },
];
