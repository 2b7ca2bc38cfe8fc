import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "reddit-client-secret",
    name: "Reddit OAuth client secret",
    vendor: "Reddit",
    family: "OAuth Client Secret",
    severity: "medium",
    confidence: "medium",
    description:
      "Reddit's API uses OAuth2. A script or web app has a client id and a client secret (27 to 30 characters); for script apps the secret with the owner's password yields tokens acting as the owner.",
    security: [
      "Tokens can be obtained as the owner's application, using its rate limits and API terms.",
      "For a script app whose owner's password also leaked, the attacker can post, vote and moderate as that account.",
    ],
    mitigation: {
      revoke:
        "In Reddit open Preferences > Apps (reddit.com/prefs/apps), edit the application and regenerate the secret (or delete the app).",
      revokeUrl: "https://www.reddit.com/prefs/apps",
      audit: "Review the account's post and moderation history for actions during the exposure window.",
      bestPractices: ["use a dedicated account for bots and keep its credentials in a secret store"],
    },
    keywords: ["reddit"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["reddit"], ["secret", "client_secret", "clientSecret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{27,30})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `REDDIT_CLIENT_SECRET=${randomChars("base64url", 27, "reddit-client-secret-1")}`,
      () => `reddit_client_secret: "${randomChars("base64url", 27, "reddit-client-secret-2")}"`,
      () => `const redditClientSecret = "${randomChars("base64url", 27, "reddit-client-secret-3")}";`,
    ],
    negatives: [
      "REDDIT_CLIENT_SECRET=your_reddit_client_secret_here",
      () => `REDDIT_CLIENT_SECRET=${randomChars("base64url", 19, "reddit-client-secret-short")}`,
      () => `REDDIT_URL=${randomChars("base64url", 27, "reddit-client-secret-noname")}`,
    ],
    references: [
      "https://github.com/reddit-archive/reddit/wiki/OAuth2",
      "https://praw.readthedocs.io/en/stable/getting_started/authentication.html",
    ],
  },
];
