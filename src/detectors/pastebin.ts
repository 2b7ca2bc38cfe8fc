import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pastebin-api-dev-key",
    name: "Pastebin API developer key",
    vendor: "Pastebin",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Pastebin is a text-sharing site. Its API developer key (api_dev_key, 32 characters) identifies the account in every API call; together with a user session key it creates, lists and deletes that user's pastes. It has no prefix, so it is recognised next to a Pastebin name.",
    security: [
      "Pastes can be created under the owner's developer key, for instance to host spam or malware links that are then traced to the owner.",
      "With the account's login the attacker can also list, read and delete the user's private pastes.",
    ],
    mitigation: {
      revoke:
        "Pastebin shows the account's api_dev_key on its API page and offers no self-service reset: change the account password (so no new api_user_key can be obtained) and ask Pastebin support to issue a new developer key.",
      revokeUrl: "https://pastebin.com/doc_api",
      audit: "Review My Pastes for pastes you did not create during the exposure window.",
      bestPractices: ["keep the developer key in server-side configuration, never in published scripts"],
    },
    keywords: ["pastebin"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["pastebin"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `PASTEBIN_API_KEY=${randomChars("alnum", 32, "pastebin-api-dev-key-1")}`,
      () => `pastebin_api_key: "${randomChars("alnum", 32, "pastebin-api-dev-key-2")}"`,
      () => `const pastebinApiKey = "${randomChars("alnum", 32, "pastebin-api-dev-key-3")}";`,
    ],
    negatives: [
      "PASTEBIN_API_KEY=your_pastebin_api_key_here",
      () => `PASTEBIN_API_KEY=${randomChars("alnum", 29, "pastebin-api-dev-key-short")}`,
      () => `PASTEBIN_URL=${randomChars("alnum", 32, "pastebin-api-dev-key-noname")}`,
    ],
    references: [
      "https://pastebin.com/doc_api",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/pastebin/pastebin.go",
    ],
  },
];
