import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "bitcoinaverage-api-key",
    name: "BitcoinAverage API key",
    vendor: "BitcoinAverage",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "BitcoinAverage publishes crypto-currency price indices. Its API keys are 43 letters and digits sent in the `x-ba-key` header; they have no prefix, so a key is recognised only in a name that mentions BitcoinAverage.",
    security: [
      "The account's paid request quota can be spent by someone else, and its plan's data used without paying.",
    ],
    mitigation: {
      revoke: "In the BitcoinAverage account's API keys page, delete the leaked key and create a new one.",
      revokeUrl: "https://bitcoinaverage.com/en/account",
      audit: "Check the account's usage statistics for requests you did not make.",
      bestPractices: ["keep the key on the server side, in an environment variable or secret manager"],
    },
    keywords: ["bitcoinaverage", "bitcoin_average"],
    pattern: new RegExp(
      `${vendorPhrase(["bitcoinaverage", "bitcoinAverage", "BitcoinAverage", "bitcoin_average"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{43})${TOKEN_END}`,
    ),
    examples: [
      () => `BITCOINAVERAGE_API_KEY=${randomChars("alnum", 43, "bitcoinaverage-1")}`,
      () => `bitcoinaverage_secret: "${randomChars("alnum", 43, "bitcoinaverage-2")}"`,
      () => `BitcoinAverage key ${randomChars("alnum", 43, "bitcoinaverage-3")}`,
    ],
    negatives: [
      "BITCOINAVERAGE_API_KEY=<your public key>",
      () => `BITCOINAVERAGE_API_KEY=${randomChars("alnum", 32, "bitcoinaverage-short")}`,
    ],
    references: [
      "https://apiv2.bitcoinaverage.com/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/bitcoinaverage.yml",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/bitcoinaverage",
    ],
  },
];
