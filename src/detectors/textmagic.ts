import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "textmagic-api-key",
    name: "TextMagic API key",
    vendor: "TextMagic",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "TextMagic sends and receives business SMS. Its API keys (30 letters and digits, sent as X-TM-Key with the username in X-TM-Username) have full access to the account's messaging.",
    security: [
      "SMS can be sent from the account, billed to the owner and usable for phishing.",
      "Inbound and outbound messages and contacts can be read.",
    ],
    mitigation: {
      revoke: "In TextMagic open Services > API > API keys, delete the key and generate a new one.",
      revokeUrl: "https://my.textmagic.com/online/api/rest-api/keys",
      audit: "Review sent messages and the account balance for activity during the exposure window.",
      bestPractices: ["use separate keys per integration"],
    },
    keywords: ["textmagic", "text_magic"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["textmagic", "text_magic", "textMagic"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{30})${TOKEN_END}`,
    ),
    examples: [
      () => `TEXTMAGIC_API_KEY=${randomChars("alnum", 30, "textmagic-api-key-1")}`,
      () => `textmagic_api_key: "${randomChars("alnum", 30, "textmagic-api-key-2")}"`,
      () => `const textmagicApiKey = "${randomChars("alnum", 30, "textmagic-api-key-3")}";`,
    ],
    negatives: [
      "TEXTMAGIC_API_KEY=your_textmagic_api_key_here",
      () => `TEXTMAGIC_API_KEY=${randomChars("alnum", 27, "textmagic-api-key-short")}`,
      () => `TEXTMAGIC_URL=${randomChars("alnum", 30, "textmagic-api-key-noname")}`,
    ],
    references: [
      "https://docs.textmagic.com/#section/Authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/textmagic/textmagic.go",
    ],
  },
];
