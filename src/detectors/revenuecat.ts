import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const secretKey = (label: string) => `sk_${randomChars("alnum", 29, label)}`;

export const detectors: Detector[] = [
  {
    id: "revenuecat-secret-key",
    name: "RevenueCat secret API key",
    vendor: "RevenueCat",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "RevenueCat manages in-app purchases and subscriptions for iOS, Android and web apps. Its public app-specific keys (appl_, goog_, amzn_, strp_) ship in apps by design; its secret API keys (sk_ and letters and digits) belong on servers and call the REST API for the whole project. The sk_ prefix is shared with other vendors, so the key is recognised under a RevenueCat name.",
    security: [
      "A secret key reads every customer's purchase history and subscription status, and with v2 write permissions grants or revokes entitlements: free premium access, or cancelled access for paying users.",
    ],
    mitigation: {
      revoke:
        "In the RevenueCat dashboard open Project settings > API keys, delete the leaked secret key and create a new one with only the permissions the server needs.",
      revokeUrl: "https://app.revenuecat.com/",
      audit:
        "Review customers' entitlement changes and the project's integrations for grants or changes you did not make.",
      bestPractices: [
        "ship only the public app-specific key in apps",
        "give server keys v2 permissions limited to what they do",
      ],
    },
    keywords: ["revenuecat", "revenue_cat"],
    pattern: new RegExp(
      `${vendorName(["revenuecat", "revenue_cat", "revenueCat", "RevenueCat"], ["key", "secret", "token"])}${ASSIGN_LOOSE}(?<secret>sk_[A-Za-z0-9]{24,40})${TOKEN_END}`,
    ),
    examples: [
      () => `REVENUECAT_SECRET_API_KEY=${secretKey("rc-1")}`,
      () => `    static let revenueCatSecretKey = "${secretKey("rc-2")}"`,
    ],
    negatives: [
      () => `REVENUECAT_API_KEY=appl_${randomChars("alnum", 27, "rc-public")}`,
      "REVENUECAT_SECRET_KEY=sk_your_secret_key_here",
    ],
    references: ["https://www.revenuecat.com/docs/projects/authentication"],
  },
];
