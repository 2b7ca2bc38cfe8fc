import { bearerCheck } from "../catalog/patterns.js";
import { checksummedToken, crc32Base62, randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Polar is a merchant of record and billing platform for developers (subscriptions, license keys, usage billing).";
const mitigation = {
  revoke:
    "In the Polar dashboard open the organization's Settings > Developers (Organization Access Tokens), revoke the leaked token, and create a new one with only the scopes it needs and an expiry; update POLAR_ACCESS_TOKEN. Polar also revokes tokens reported by GitHub secret scanning.",
  revokeUrl: "https://polar.sh/dashboard",
  audit:
    "Review the organization's orders, subscriptions, refunds, discounts, products, webhooks and payout account for changes made during the exposure window.",
  bestPractices: [
    "give each token only the scopes the integration needs and an expiry date",
    "use the sandbox environment and its own tokens for development",
    "keep tokens server-side; the checkout uses public links or client secrets",
  ],
};

export const detectors: Detector[] = [
  {
    id: "polar-organization-access-token",
    name: "Polar organization access token",
    vendor: "Polar",
    family: "Access Token",
    severity: "critical",
    description: `${about} Organization access tokens are polar_oat_, 37 random alphanumerics and a 6-character base-62 CRC32 checksum of them, sent as a Bearer token to the Polar API with the scopes chosen at creation.`,
    security: [
      "Customers, orders and subscriptions of the organization can be read, exposing names and e-mail addresses.",
      "Products, prices and discounts can be changed, and refunds issued, within the token's scopes.",
      "Webhook endpoints can be added to receive every billing event.",
    ],
    mitigation,
    keywords: ["polar_oat_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>polar_oat_[A-Za-z0-9]{43})(?![A-Za-z0-9_-])/,
    // The last six characters are the CRC32 of the first 37, in base 62, as GitHub tokens are built.
    validate: (secret) => {
      const body = secret.slice("polar_oat_".length);
      return crc32Base62(body.slice(0, 37)) === body.slice(37) ? true : "checksum does not match";
    },
    // Listing the organizations the token belongs to is a read with no side effect.
    verify: bearerCheck("https://api.polar.sh/v1/organizations/?limit=1", { live: [200], dead: [401] }),
    examples: [
      () => `POLAR_ACCESS_TOKEN=${checksummedToken("polar_oat_", 37, "polar-1")}`,
      () =>
        `const polar = new Polar({ accessToken: "${checksummedToken("polar_oat_", 37, "polar-2")}", server: "production" });`,
      () => `polar:\n  access_token: '${checksummedToken("polar_oat_", 37, "polar-3")}'`,
    ],
    negatives: [
      "POLAR_ACCESS_TOKEN=polar_oat_...",
      "'polar.access_token' => 'polar_oat_de_prueba'",
      // Right shape, wrong checksum.
      () => `POLAR_ACCESS_TOKEN=polar_oat_${randomChars("alnum", 43, "polar-bad")}`,
    ],
    references: ["https://docs.polar.sh/integrate/oat", "https://docs.polar.sh/api-reference/introduction"],
  },
];
