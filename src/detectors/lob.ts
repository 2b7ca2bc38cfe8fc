import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (env: string, label: string) => `${env}_${randomChars("hexLower", 35, label)}`;

export const detectors: Detector[] = [
  {
    id: "lob-api-key",
    name: "Lob live secret API key",
    vendor: "Lob",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Lob is an API for printing and mailing letters, postcards and checks, and for verifying postal addresses. Secret API keys are live_ (or test_, for mail that is never printed) followed by 35 hexadecimal characters, used as the HTTP Basic username; publishable keys (live_pub_) are meant for the browser. Live secret keys are reported, recognised by the Lob name next to them.",
    security: [
      "The attacker can send letters, postcards and checks that are printed, posted and billed to the account.",
      "Recipients' names and postal addresses, mail pieces and bank accounts on file can be read.",
      "Address verification calls consume the account's paid quota.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Lob dashboard, open Settings > API Keys, and roll (regenerate) the leaked live secret key; update LOB_API_KEY.",
      revokeUrl: "https://dashboard.lob.com/settings/api-keys",
      audit:
        "Review the dashboard's letters, postcards, checks and their billing for mail you did not send, and the bank accounts and webhooks for changes.",
      bestPractices: [
        "use test keys outside production; test mail is never printed",
        "keep secret keys on the server; publishable keys are the only ones for front ends",
      ],
    },
    keywords: ["lob"],
    // `lob` is inside many words (global, blob): the name must start a word.
    keywordPrecededBy: /[^A-Za-z0-9]/,
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?:LOB|[Ll]ob)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>live_[a-f0-9]{35})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Listing one saved address is read-only and sends no mail.
    verify: {
      method: "GET",
      url: "https://api.lob.com/v1/addresses?limit=1",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `LOB_API_KEY=${key("live", "lob-1")}`,
      () => `lob = Lob("${key("live", "lob-2")}")`,
      () => `{"lobSecretKey": "${key("live", "lob-3")}"}`,
    ],
    negatives: [
      // Publishable keys are public by design.
      () => `LOB_PUBLISHABLE_KEY=live_pub_${randomChars("hexLower", 31, "lob-pub")}`,
      () => `GLOBAL_KEY=live_${randomChars("hexLower", 35, "lob-global")}`,
      "LOB_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `LOB_API_KEY=${key("test", "lob-test")}`,
    ],
    references: ["https://docs.lob.com/#tag/Authentication"],
  },
];
