import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "monkeylearn-api-key",
    name: "MonkeyLearn API key",
    vendor: "MonkeyLearn",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      'MonkeyLearn is a text-analysis platform (classifiers and extractors). API keys are 40 hexadecimal characters sent as "Authorization: Token <key>"; they have no prefix, so they are recognised next to a MonkeyLearn name.',
    security: [
      "The account's custom classifiers and extractors, with their training data, can be read or changed.",
      "Every query is billed to the account's plan.",
    ],
    mitigation: {
      revoke:
        "In MonkeyLearn open Account > API Keys, regenerate the key and update the applications that used it.",
      revokeUrl: "https://app.monkeylearn.com/main/my-account/tab/api-keys/",
    },
    keywords: ["monkeylearn", "monkey_learn"],
    pattern: new RegExp(
      `${vendorPhrase(["monkeylearn", "monkeyLearn", "monkey_learn", "MonkeyLearn"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Lists the account's own classifiers: a read that changes nothing and spends no query credit.
    verify: {
      method: "GET",
      url: "https://api.monkeylearn.com/v3/classifiers/",
      headers: { Authorization: "Token {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `MONKEYLEARN_API_KEY=${randomChars("hexLower", 40, "monkeylearn-1")}`,
      () => `monkeylearn_token = "${randomChars("hexLower", 40, "monkeylearn-2")}"`,
    ],
    negatives: [
      "MONKEYLEARN_API_KEY=<your api key>",
      () => `monkeylearn_key = "${randomChars("hexLower", 32, "monkeylearn-short")}"`,
    ],
    references: [
      "https://monkeylearn.com/api/v3/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/monkeylearn.yml",
    ],
  },
];
