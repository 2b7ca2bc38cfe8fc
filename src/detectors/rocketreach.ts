import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "rocketreach-api-key",
    name: "RocketReach API key",
    vendor: "RocketReach",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "RocketReach sells contact data (e-mail addresses and phone numbers of professionals) through a web app and an API. Its API key (39 characters, sent as the Api-Key header) spends the account's lookup credits.",
    security: [
      "Contact lookups can be run on the owner's plan, spending paid credits.",
      "Contact data the owner has already purchased can be exported.",
    ],
    mitigation: {
      revoke:
        "In RocketReach open Account > API, regenerate the API key and update the integrations that use it.",
      revokeUrl: "https://rocketreach.co/account?section=nav_gen_api",
      audit: "Review the account's lookup history and credit usage for the exposure window.",
      bestPractices: ["keep the key on servers and give integrations their own account where possible"],
    },
    keywords: ["rocketreach", "rocket_reach"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["rocketreach", "rocket_reach", "rocketReach"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9-]{39})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `ROCKETREACH_API_KEY=${randomChars("lowerAlnum", 39, "rocketreach-api-key-1")}`,
      () => `rocketreach_api_key: "${randomChars("lowerAlnum", 39, "rocketreach-api-key-2")}"`,
      () => `const rocketreachApiKey = "${randomChars("lowerAlnum", 39, "rocketreach-api-key-3")}";`,
    ],
    negatives: [
      "ROCKETREACH_API_KEY=your_rocketreach_api_key_here",
      () => `ROCKETREACH_API_KEY=${randomChars("lowerAlnum", 36, "rocketreach-api-key-short")}`,
      () => `ROCKETREACH_URL=${randomChars("lowerAlnum", 39, "rocketreach-api-key-noname")}`,
    ],
    references: [
      "https://rocketreach.co/api/docs",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/rocketreach.yml",
    ],
  },
];
