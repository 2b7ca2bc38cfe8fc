import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "API2Cart";

export const detectors: Detector[] = [
  {
    id: "api2cart-api-key",
    name: "API2Cart API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "API2Cart is a unified API to 40+ shopping cart platforms (Shopify, Magento, WooCommerce ...). Account API keys are 32 lower-case hexadecimal characters, passed as api_key with each connected store's key. It has no prefix, so it is recognised only in a name that mentions API2Cart.",
    security: [
      "The list of connected stores can be read; with a store key, orders, customers and products of that store can be read and changed.",
    ],
    mitigation: {
      revoke:
        "In the API2Cart account open the API key page, regenerate the key and update the integrations that used it.",
      revokeUrl: "https://app.api2cart.com/",
      audit: "Review the account's connected stores and request logs for access you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["api2cart"],
    pattern: new RegExp(
      `${vendorName(["api2cart", "api2Cart", "Api2Cart", "API2CART", "API2Cart"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Lists the account's connected carts: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.api2cart.com/v1.1/account.cart.list.json?api_key={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "return_code", equals: 0 },
    },
    examples: [
      () => `API2CART_API_KEY=${randomChars("hexLower", 32, "api2cart-api-key-1")}`,
      () => `api2cart_api_key: "${randomChars("hexLower", 32, "api2cart-api-key-2")}"`,
      () => `const api2cartApiKey = "${randomChars("hexLower", 32, "api2cart-api-key-3")}";`,
    ],
    negatives: [
      "API2CART_API_KEY=<your API key>",
      () => `API2CART_API_KEY=${randomChars("hexLower", 28, "api2cart-api-key-short")}`,
    ],
    references: [
      "https://api2cart.com/docs/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/api2cart",
    ],
  },
];
