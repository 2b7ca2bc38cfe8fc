import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "uclassify-api-key",
    name: "uClassify API key",
    vendor: "uClassify",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "uClassify hosts text classifiers (sentiment, topics, language). Its read and write API keys are 12 letters and digits sent as 'Authorization: Token <key>'; they are recognised next to a uClassify name.",
    security: [
      "Classification calls are counted against the account's quota.",
      "A write key can train, change or delete the account's own classifiers.",
    ],
    mitigation: {
      revoke:
        "In the uClassify account page under API Keys, generate new read and write keys; the old ones stop working.",
      revokeUrl: "https://www.uclassify.com/account/apikeys",
    },
    keywords: ["uclassify"],
    pattern: new RegExp(
      `${vendorPhrase(["uclassify", "uClassify", "u_classify"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{12})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `UCLASSIFY_READ_KEY=${randomChars("alnum", 12, "uclassify-1")}`,
      () => `uClassifyWriteKey = "${randomChars("alnum", 12, "uclassify-2")}"`,
    ],
    negatives: [
      "UCLASSIFY_READ_KEY=<read key>",
      () => `UCLASSIFY_READ_KEY=${randomChars("alnum", 20, "uclassify-long")}`,
    ],
    references: [
      "https://www.uclassify.com/docs/restapi",
      "https://github.com/mongodb/kingfisher (rule uclassify: 12 characters)",
    ],
  },
];
