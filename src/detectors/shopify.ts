import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Shopify is an e-commerce platform; its Admin API manages a store's products, orders, customers, fulfilment and settings.";
const audit =
  "In the Shopify admin review Settings > Apps and sales channels for apps you do not recognise, and check recent orders, customers, staff accounts, themes and discount codes for changes; partners can review app installs and API activity in the Partner Dashboard.";
const practices = [
  "grant apps only the access scopes they use",
  "keep Admin API tokens on your server; storefront code needs only a Storefront API token",
  "uninstall custom apps that are no longer used, which also invalidates their tokens",
];
const hexToken = (prefix: string, label: string) => `${prefix}${randomChars("hexLower", 32, label)}`;

export const detectors: Detector[] = [
  {
    id: "shopify-admin-access-token",
    name: "Shopify Admin API access token",
    vendor: "Shopify",
    family: "Access Token",
    severity: "critical",
    description: `${about} Admin API access tokens (shpat_ followed by 32 hexadecimal characters) are issued to custom apps and apps installed in a store, and are sent in the X-Shopify-Access-Token header.`,
    security: [
      "Within the app's scopes an attacker can read and export customers, orders and addresses of the store.",
      "Products, prices, discounts, themes and scripts can be changed, for example to inject a card skimmer into the storefront.",
      "The token stays valid until the app is uninstalled or the token is rotated.",
    ],
    mitigation: {
      revoke:
        'In the Shopify admin go to Settings > Apps and sales channels > Develop apps, open the custom app and under API credentials use "Rotate" (or uninstall the app) to invalidate the Admin API access token; then install again to get a new token.',
      revokeUrl: "https://help.shopify.com/en/manual/apps/app-types/custom-apps",
      audit,
      bestPractices: practices,
    },
    keywords: ["shpat_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>shpat_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/,
    examples: [
      () => `SHOPIFY_ACCESS_TOKEN=${hexToken("shpat_", "shpat-1")}`,
      () => `headers = {"X-Shopify-Access-Token": "${hexToken("shpat_", "shpat-2")}"}`,
      () => `shopify:\n  admin_token: ${hexToken("shpat_", "shpat-3")}`,
    ],
    negatives: [
      "SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `SHOPIFY_ACCESS_TOKEN=shpat_${randomChars("hexLower", 24, "shpat-short")}`,
      () => `SHOPIFY_ACCESS_TOKEN=shpat_${randomChars("alpha", 32, "shpat-nothex")}`,
    ],
    references: ["https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens"],
  },
  {
    id: "shopify-custom-app-access-token",
    name: "Shopify custom app access token (Partner)",
    vendor: "Shopify",
    family: "Access Token",
    severity: "critical",
    description: `${about} Access tokens starting shpca_ are issued to custom apps created in the Partner Dashboard for a single merchant's store.`,
    security: [
      "An attacker can use the app's Admin API scopes on the merchant's store: read customers and orders, change products and themes.",
      "Changes made with the token appear as the app's work, which delays detection.",
    ],
    mitigation: {
      revoke:
        "Ask the merchant to uninstall the app from Settings > Apps and sales channels, or as the partner rotate the app's credentials in the Partner Dashboard (Apps > the app > API access / Client credentials) and reinstall to obtain a new token.",
      revokeUrl: "https://partners.shopify.com/",
      audit,
      bestPractices: practices,
    },
    keywords: ["shpca_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>shpca_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/,
    examples: [
      () => `SHOPIFY_TOKEN="${hexToken("shpca_", "shpca-1")}"`,
      () => `{"access_token":"${hexToken("shpca_", "shpca-2")}","scope":"read_orders"}`,
    ],
    negatives: ["SHOPIFY_TOKEN=shpca_...", () => `shpca_${randomChars("hexLower", 31, "shpca-short")}`],
    references: ["https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens"],
  },
  {
    id: "shopify-private-app-password",
    name: "Shopify private app password",
    vendor: "Shopify",
    family: "Password",
    severity: "critical",
    description: `${about} Legacy private apps authenticate to the Admin API with an API key and a password that starts with shppa_; Shopify has replaced private apps with custom apps, but many stores still run them.`,
    security: [
      "The password gives the private app's Admin API permissions, often read and write access to orders, customers and products.",
      "Legacy private apps usually have broad permissions and no owner who reviews them.",
    ],
    mitigation: {
      revoke:
        "In the Shopify admin go to Settings > Apps and sales channels > Develop apps (legacy private apps are listed there after migration), open the app and delete or uninstall it; recreate the integration as a custom app with a new token.",
      revokeUrl: "https://help.shopify.com/en/manual/apps/app-types/custom-apps",
      audit,
      bestPractices: practices,
    },
    keywords: ["shppa_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>shppa_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/,
    examples: [
      () => `SHOPIFY_PASSWORD=${hexToken("shppa_", "shppa-1")}`,
      () =>
        `url = "https://apikey:${hexToken("shppa_", "shppa-2")}@example-store.myshopify.com/admin/api/2024-01/orders.json"`,
    ],
    negatives: [
      "SHOPIFY_PASSWORD=shppa_<password>",
      () => `shppa_${randomChars("hexLower", 20, "shppa-short")}`,
    ],
    references: ["https://help.shopify.com/en/manual/apps/app-types/custom-apps"],
  },
  {
    id: "shopify-shared-secret",
    name: "Shopify app shared secret",
    vendor: "Shopify",
    family: "Client Secret",
    severity: "high",
    description: `${about} The shared secret (shpss_), also called the app's client secret or API secret key, signs OAuth requests and webhooks between Shopify and an app.`,
    security: [
      "An attacker can forge webhooks and app proxy requests that the app accepts as coming from Shopify.",
      "Together with the client ID the attacker can complete OAuth exchanges as the app and obtain access tokens for stores that install it.",
    ],
    mitigation: {
      revoke:
        "In the Partner Dashboard (or the Dev Dashboard) open the app, go to Client credentials / API access and rotate the client secret; deploy the new secret to the app's servers and then retire the old secret.",
      revokeUrl: "https://partners.shopify.com/",
      audit:
        "Review webhook deliveries and app installations in the Partner Dashboard and your app's logs for requests that were signed while the secret was exposed.",
      bestPractices: [
        "verify the X-Shopify-Hmac-SHA256 header of every webhook with the secret and reject failures",
        "store the secret only on the app's servers",
      ],
    },
    keywords: ["shpss_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>shpss_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/,
    examples: [
      () => `SHOPIFY_API_SECRET=${hexToken("shpss_", "shpss-1")}`,
      () => `[shopify]\napi_secret_key = "${hexToken("shpss_", "shpss-2")}"`,
    ],
    negatives: [
      "SHOPIFY_API_SECRET=shpss_YOUR_SECRET",
      () => `shpss_${randomChars("hexLower", 16, "shpss-short")}`,
    ],
    references: ["https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets"],
  },
];
