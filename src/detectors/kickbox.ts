import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "kickbox-api-key",
    name: "Kickbox API key",
    vendor: "Kickbox",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Kickbox verifies e-mail addresses. API keys are live_ or test_ followed by 64 letters and digits, passed as apikey; verifications spend the account's credits. They are recognised next to a Kickbox name.",
    security: ["Verification credits can be spent by others until the balance is gone."],
    mitigation: {
      revoke: "In the Kickbox app open Integrations > API Keys, delete the key and create a new one.",
      revokeUrl: "https://app.kickbox.com/settings/keys",
    },
    keywords: ["kickbox"],
    pattern: new RegExp(
      `${vendorPhrase(["kickbox"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>(?:live|test)_[A-Za-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // The balance endpoint reports remaining credits; it is free and changes nothing
    verify: {
      method: "GET",
      url: "https://api.kickbox.com/v2/balance?apikey={secret}",
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "balance" },
    },
    examples: [
      () => `KICKBOX_API_KEY=${`live_${randomChars("hexLower", 64, "kickbox-api-key-1")}`}`,
      () => `{"kickboxApiKey": "${`live_${randomChars("hexLower", 64, "kickbox-api-key-2")}`}"}`,
      () => `const kickboxToken = "${`live_${randomChars("hexLower", 64, "kickbox-api-key-3")}`}";`,
    ],
    negatives: [
      "KICKBOX_API_KEY=<your Kickbox API key>",
      () => `kickbox_api_key: ${`live_${randomChars("hexLower", 60, "kickbox-api-key-short")}`}`,
    ],
    references: ["https://docs.kickbox.com/docs/using-the-api"],
  },
];
