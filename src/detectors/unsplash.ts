import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "unsplash-secret-key",
    name: "Unsplash application secret key",
    vendor: "Unsplash",
    family: "OAuth Client Secret",
    severity: "medium",
    confidence: "medium",
    description:
      'Unsplash offers a photo library and API. Each application has an access key (public, 43 characters, sent as "Client-ID ...") and a secret key of the same shape used for the OAuth flow that acts for Unsplash users.',
    security: [
      "OAuth codes can be exchanged as the owner's application, acting for users who authorized it (liking, uploading, managing collections).",
    ],
    mitigation: {
      revoke:
        "In Unsplash open Your apps > the application and regenerate the secret key; update the server that runs the OAuth flow.",
      revokeUrl: "https://unsplash.com/oauth/applications",
      audit: "Review the application's usage and its authorized users on the application page.",
      bestPractices: ["keep the secret key on the server that exchanges OAuth codes"],
    },
    keywords: ["unsplash"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["unsplash"], ["secret", "secret_key", "secretKey"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `UNSPLASH_SECRET_KEY=${randomChars("base64url", 43, "unsplash-secret-key-1")}`,
      () => `unsplash_secret_key: "${randomChars("base64url", 43, "unsplash-secret-key-2")}"`,
      () => `const unsplashSecretKey = "${randomChars("base64url", 43, "unsplash-secret-key-3")}";`,
    ],
    negatives: [
      "UNSPLASH_SECRET_KEY=your_unsplash_secret_key_here",
      () => `UNSPLASH_SECRET_KEY=${randomChars("base64url", 40, "unsplash-secret-key-short")}`,
      () => `UNSPLASH_URL=${randomChars("base64url", 43, "unsplash-secret-key-noname")}`,
    ],
    references: [
      "https://unsplash.com/documentation#authorization",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/unsplash/unsplash.go",
    ],
  },
  {
    id: "unsplash-access-key",
    name: "Unsplash application access key",
    vendor: "Unsplash",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Unsplash offers a photo library and API. An application's access key (43 characters, sent as \"Authorization: Client-ID ...\") authenticates public requests and carries the application's hourly rate limit.",
    security: [
      "Requests made with the key count against the application's hourly limit, throttling the owner's app; abuse can get a production app's access suspended.",
    ],
    mitigation: {
      revoke:
        "In Unsplash open Your apps > the application and regenerate the access key; update the applications that use it.",
      revokeUrl: "https://unsplash.com/oauth/applications",
      audit: "Review the application's request statistics for traffic you did not send.",
      bestPractices: ["proxy requests through a server for production apps"],
    },
    keywords: ["unsplash"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["unsplash"], ["access_key", "accessKey", "client_id", "clientId", "api_key", "apiKey"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `UNSPLASH_ACCESS_KEY=${randomChars("base64url", 43, "unsplash-access-key-1")}`,
      () => `unsplash_access_key: "${randomChars("base64url", 43, "unsplash-access-key-2")}"`,
      () => `const unsplashAccessKey = "${randomChars("base64url", 43, "unsplash-access-key-3")}";`,
    ],
    negatives: [
      "UNSPLASH_ACCESS_KEY=your_unsplash_access_key_here",
      () => `UNSPLASH_ACCESS_KEY=${randomChars("base64url", 40, "unsplash-access-key-short")}`,
      () => `UNSPLASH_URL=${randomChars("base64url", 43, "unsplash-access-key-noname")}`,
    ],
    references: [
      "https://unsplash.com/documentation#public-authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/unsplash/unsplash.go",
    ],
  },
];
