import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Commerce.js (Chec)";

export const detectors: Detector[] = [
  {
    id: "commercejs-api-key",
    name: "Commerce.js API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Commerce.js, by Chec, is a headless e-commerce backend. API keys are 48 lower-case letters, digits and underscores (public keys start pk_, secret keys sk_), sent in the X-Authorization header. It has no prefix, so it is recognised only in a name that mentions Commerce.js (Chec).",
    security: ["A secret key can read orders and customers and change products, prices and discounts."],
    mitigation: {
      revoke:
        "In the Chec dashboard open Developer > API keys, regenerate the key and update the servers that used it.",
      revokeUrl: "https://dashboard.chec.io/settings/developer",
      audit: "Review products, orders and customers in the Chec dashboard for changes made through the API.",
      bestPractices: ["use the public key in storefronts; keep the secret key on servers"],
    },
    keywords: ["commercejs", "commerce_js", "chec_api", "checapi", "chec_secret", "checsecret"],
    pattern: new RegExp(
      `${vendorName(["commercejs", "commerceJs", "CommerceJs", "commerce_js", "chec_api", "CHEC_API", "checApi", "chec_secret", "CHEC_SECRET", "checSecret"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>(?:pk|sk)_[a-z0-9_]{45})${TOKEN_END}`,
    ),
    // Lists the store's categories: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.chec.io/v1/categories",
      headers: { "X-Authorization": "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `CHEC_SECRET_KEY=sk_${randomChars("hexLower", 45, "commercejs-api-key-1")}`,
      () => `chec_secret_key: "sk_${randomChars("hexLower", 45, "commercejs-api-key-2")}"`,
      () => `const checSecretKey = "sk_${randomChars("hexLower", 45, "commercejs-api-key-3")}";`,
    ],
    negatives: [
      "CHEC_SECRET_KEY=<your API key>",
      () => `CHEC_SECRET_KEY=sk_${randomChars("hexLower", 36, "commercejs-api-key-short")}`,
    ],
    references: [
      "https://commercejs.com/docs/api/#authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/commercejs",
    ],
  },
];
