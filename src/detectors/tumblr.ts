import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tumblr-consumer-secret",
    name: "Tumblr OAuth consumer secret",
    vendor: "Tumblr",
    family: "OAuth Client Secret",
    severity: "medium",
    confidence: "medium",
    description:
      "Tumblr's API uses OAuth 1.0a: each registered application has a consumer key and a consumer secret (50 letters and digits) that sign requests, together with users' token secrets when acting for them.",
    security: [
      "Requests can be signed as the owner's application, using its rate limits and, with user tokens, posting as those users.",
    ],
    mitigation: {
      revoke:
        "In Tumblr open the applications page (tumblr.com/oauth/apps), regenerate the consumer secret or delete the application.",
      revokeUrl: "https://www.tumblr.com/oauth/apps",
      audit:
        "Review the application's activity and the posts of users who authorized it for the exposure window.",
      bestPractices: ["keep the consumer secret on servers"],
    },
    keywords: ["tumblr"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["tumblr"], ["secret", "consumer_secret", "consumerSecret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{50})${TOKEN_END}`,
    ),
    examples: [
      () => `TUMBLR_CONSUMER_SECRET=${randomChars("alnum", 50, "tumblr-consumer-secret-1")}`,
      () => `tumblr_consumer_secret: "${randomChars("alnum", 50, "tumblr-consumer-secret-2")}"`,
      () => `const tumblrConsumerSecret = "${randomChars("alnum", 50, "tumblr-consumer-secret-3")}";`,
    ],
    negatives: [
      "TUMBLR_CONSUMER_SECRET=your_tumblr_consumer_secret_here",
      () => `TUMBLR_CONSUMER_SECRET=${randomChars("alnum", 47, "tumblr-consumer-secret-short")}`,
      () => `TUMBLR_URL=${randomChars("alnum", 50, "tumblr-consumer-secret-noname")}`,
    ],
    references: ["https://www.tumblr.com/docs/en/api/v2#authentication"],
  },
];
