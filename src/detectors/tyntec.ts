import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tyntec-api-key",
    name: "tyntec API key",
    vendor: "tyntec",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "tyntec offers SMS, WhatsApp Business, voice and two-factor APIs. Requests carry a 32-character API key in the apiKey header; it is recognised next to a tyntec name.",
    security: [
      "Messages and verification codes can be sent in the account's name and billed to it.",
      "Conversation and message logs, with customers' phone numbers and contents, can be read.",
    ],
    mitigation: {
      revoke: "In the tyntec customer portal open API Settings, delete the key and create a new one.",
      revokeUrl: "https://my.tyntec.com/api-settings",
    },
    keywords: ["tyntec"],
    pattern: new RegExp(
      `${vendorPhrase(["tyntec"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `TYNTEC_API_KEY=${randomChars("alnum", 32, "tyntec-1")}`,
      () => `tyntec secret ${randomChars("hexLower", 32, "tyntec-2")}`,
      () => `headers: { apiKey: tyntecKey }, // tyntecKey = "${randomChars("alnum", 32, "tyntec-3")}"`,
    ],
    negatives: [
      "TYNTEC_API_KEY=<your tyntec API key>",
      () => `TYNTEC_API_KEY=${randomChars("alnum", 24, "tyntec-short")}`,
    ],
    references: [
      "https://api.tyntec.com/reference/",
      "https://github.com/mongodb/kingfisher (rule tyntec: 32 letters and digits)",
    ],
  },
];
