import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Disqus";

export const detectors: Detector[] = [
  {
    id: "disqus-api-secret",
    name: "Disqus API secret",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Disqus hosts comment threads embedded in websites. Each API application has a public key and a secret key of 64 letters and digits; the secret authenticates server-side calls and single sign-on. It has no prefix, so it is recognised only in a name that mentions Disqus.",
    security: [
      "Single sign-on payloads can be forged, posting comments as any user of the site.",
      "API calls are made with the application's identity and rate limit.",
    ],
    mitigation: {
      revoke:
        "In Disqus open the application under API > Applications, regenerate its secret key and update the site's configuration.",
      revokeUrl: "https://disqus.com/api/applications/",
      audit: "Review the forum's moderation log and the application's usage in the Disqus admin.",
      bestPractices: ["use the public key in browsers; keep the secret key on servers"],
    },
    keywords: ["disqus"],
    pattern: new RegExp(
      `${vendorName(["disqus"], ["secret", "SECRET", "api_secret", "apiSecret", "ApiSecret", "secret_key", "secretKey", "SecretKey"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `DISQUS_SECRET_KEY=${randomChars("alnum", 64, "disqus-api-secret-1")}`,
      () => `disqus_secret_key: "${randomChars("alnum", 64, "disqus-api-secret-2")}"`,
      () => `const disqusSecretKey = "${randomChars("alnum", 64, "disqus-api-secret-3")}";`,
    ],
    negatives: [
      "DISQUS_SECRET_KEY=<your API secret>",
      () => `DISQUS_SECRET_KEY=${randomChars("alnum", 48, "disqus-api-secret-short")}`,
    ],
    references: [
      "https://disqus.com/api/docs/auth/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/disqus",
    ],
  },
];
