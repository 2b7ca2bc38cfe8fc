import { base64url, randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `IST.` + an RS256 JWT whose payload wraps the key's identity, as Wix issues API keys. */
const key = (label: string) =>
  `IST.${base64url(JSON.stringify({ kid: randomChars("base64url", 8, `${label}-kid`), alg: "RS256" }))}.${base64url(
    JSON.stringify({
      data: JSON.stringify({
        id: randomChars("hexLower", 32, `${label}-id`),
        identity: { type: "application" },
      }),
      iat: 1767225600,
    }),
  )}.${randomChars("base64url", 342, label)}`;

export const detectors: Detector[] = [
  {
    id: "wix-api-key",
    name: "Wix API key",
    vendor: "Wix",
    family: "API Key",
    severity: "high",
    description:
      "Wix is a website builder with stores, bookings, blogs and CMS collections. API keys made in the account's API Keys Manager are IST. followed by a signed JWT; sent in the Authorization header with a wix-site-id or wix-account-id header, they reach every site of the account within the permissions chosen for the key.",
    security: [
      "Store orders, contacts, members and bookings of the account's sites can be read, exposing customers' personal data.",
      "Products, prices, coupons, blog posts and CMS collections can be changed or deleted.",
      "An account-level key can manage sites and domains of the whole account.",
    ],
    mitigation: {
      revoke:
        "Sign in to Wix, open the account's API Keys Manager (Account Settings > API Keys), and delete the leaked key; create a new key with only the permissions and sites it needs and update WIX_API_KEY.",
      revokeUrl: "https://manage.wix.com/account/api-keys",
      audit:
        "Review the sites' activity logs, store orders, contacts and content for changes made during the exposure window.",
      bestPractices: [
        "grant each key only the permission sets and sites it needs",
        "never ship API keys to the browser; Velo front-end code should call backend functions",
      ],
    },
    keywords: ["IST.eyJ"],
    caseSensitiveKeywords: true,
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>IST\.eyJ[A-Za-z0-9_-]{10,200}\.eyJ[A-Za-z0-9_-]{20,3000}\.[A-Za-z0-9_-]{40,1000})(?![A-Za-z0-9_.-])/,
    // The JWT runs to well over a kilobyte.
    window: { after: 4400 },
    examples: [
      () => `WIX_API_KEY=${key("wix-1")}`,
      () => `headers: { Authorization: "${key("wix-2")}", "wix-site-id": siteId }`,
    ],
    negatives: [
      "WIX_API_KEY=IST.your-token-here",
      "WIX_API_KEY=IST.eyJ...",
      "VITE_WIX_API_KEY=IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0...",
    ],
    references: [
      "https://dev.wix.com/docs/go-headless/develop-your-project/admin-operations/make-admin-api-calls-with-api-keys",
      "https://support.wix.com/en/article/generating-api-keys-for-your-wix-account",
    ],
  },
];
