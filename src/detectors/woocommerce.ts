import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const CONSUMER_KEY = /(?<![A-Za-z0-9_-])(?<value>ck_[a-f0-9]{40})(?![A-Za-z0-9_-])/;
const consumerKey = (label: string) => `ck_${randomChars("hexLower", 40, label)}`;
const consumerSecret = (label: string) => `cs_${randomChars("hexLower", 40, label)}`;

export const detectors: Detector[] = [
  {
    id: "woocommerce-consumer-secret",
    name: "WooCommerce REST API consumer secret",
    vendor: "WooCommerce",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "WooCommerce is the e-commerce plugin for WordPress. Its REST API authenticates with a consumer key (ck_ and 40 hexadecimal characters) and a consumer secret (cs_ and 40 hexadecimal characters), created per WordPress user with Read, Write or Read/Write permission; the pair acts on that store as that user.",
    security: [
      "Orders, customers' names, addresses, phone numbers and e-mail addresses can be read.",
      "With write permission the attacker can change prices, create coupons, mark orders paid or refunded, and add webhooks that copy every new order out.",
      "Store settings and payment gateway options can be read and, with write permission, changed.",
    ],
    mitigation: {
      revoke:
        "In WordPress admin open WooCommerce > Settings > Advanced > REST API, find the key by its description and truncated key (ck_…), and click Revoke; create a new key with the narrowest permission and update the integration.",
      revokeUrl: "https://woocommerce.com/document/woocommerce-rest-api/",
      audit:
        "Review orders, coupons, products, customers and WooCommerce > Settings > Advanced > Webhooks for changes made during the exposure window, and the web server logs for /wp-json/wc/ requests from unknown addresses.",
      bestPractices: [
        "create Read-only keys for reporting and sync tools",
        "tie each key to a dedicated WordPress user with the least role needed",
        "serve the REST API over HTTPS only",
      ],
    },
    keywords: ["cs_"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_-]/,
    // `cs_` begins many names; a consumer secret has exactly 40 lower-case hex after it.
    keywordGate: /(?=[a-f0-9]{40}(?![A-Za-z0-9_-]))/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>cs_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    window: { before: 512, after: 512, multiline: true },
    minEntropy: 3.2,
    companions: [{ name: "consumer key", pattern: CONSUMER_KEY, within: 512 }],
    examples: [
      () =>
        `WOOCOMMERCE_CONSUMER_KEY=${consumerKey("woo-1")}\nWOOCOMMERCE_CONSUMER_SECRET=${consumerSecret("woo-1")}`,
      () =>
        `const api = new WooCommerceRestApi({ url: "https://shop.example.com", consumerKey: "${consumerKey("woo-2")}", consumerSecret: "${consumerSecret("woo-2")}", version: "wc/v3" });`,
      () => `wcapi = API(url=url, consumer_key=ck, consumer_secret="${consumerSecret("woo-3")}")`,
    ],
    negatives: [
      "WOOCOMMERCE_CONSUMER_SECRET=cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "WOOCOMMERCE_CONSUMER_SECRET=cs_your_consumer_secret",
      // The consumer key alone is only half of the pair.
      () => `WOOCOMMERCE_CONSUMER_KEY=${consumerKey("woo-key")}`,
    ],
    references: [
      "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication",
      "https://woocommerce.com/document/woocommerce-rest-api/",
    ],
  },
];
