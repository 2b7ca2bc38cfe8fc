import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Netlify";
const about = "Netlify is a platform for building, deploying and hosting web sites and serverless functions.";

const mitigation = {
  revoke:
    "In the Netlify UI open User settings > Applications > Personal access tokens, find the token by description and select Delete; OAuth grants to applications are removed under Authorized applications on the same page. Update NETLIFY_AUTH_TOKEN in CI with a new token.",
  revokeUrl: "https://app.netlify.com/user/applications#personal-access-tokens",
  audit:
    "Review the team's audit log (Team settings > Audit log) and each site's Deploys list for deploys, environment-variable reads or changes, and DNS edits you did not make.",
  bestPractices: [
    "give tokens an expiration date and one purpose each",
    "use deploy keys or build hooks where a full personal token is not needed",
    "store NETLIFY_AUTH_TOKEN only in CI secret storage",
  ],
};
const security = [
  "The token acts as the user on every team and site they belong to: deploying arbitrary content to production domains.",
  "Site environment variables, which often hold other secrets, can be read and changed.",
  "DNS zones managed by Netlify can be edited, and sites deleted.",
];
const verify = bearerCheck("https://api.netlify.com/api/v1/user", {
  live: [200],
  dead: [401],
  liveRequires: { field: "id" },
  analyze: { facts: { identity: [{ field: "email" }, { field: "full_name" }] } },
});

export const detectors: Detector[] = [
  {
    id: "netlify-personal-access-token",
    name: "Netlify personal access token",
    vendor,
    family: "Access Token",
    severity: "critical",
    description: `${about} Personal access tokens authenticate the Netlify API and CLI (NETLIFY_AUTH_TOKEN) as a user; current tokens start with nfp_ followed by 36 letters and digits.`,
    security,
    mitigation,
    keywords: ["nfp_"],
    window: { before: 8, after: 48 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>nfp_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
    verify,
    examples: [
      () => `NETLIFY_AUTH_TOKEN=nfp_${randomChars("alnum", 36, "nfp-1")}`,
      () => `netlify deploy --prod --dir=dist --auth nfp_${randomChars("alnum", 36, "nfp-2")}`,
      () => `env:\n  NETLIFY_AUTH_TOKEN: "nfp_${randomChars("alnum", 36, "nfp-3")}"`,
    ],
    negatives: [
      "NETLIFY_AUTH_TOKEN=nfp_YOUR_TOKEN_HERE",
      "NETLIFY_AUTH_TOKEN=nfp_xxx",
      () => `NETLIFY_AUTH_TOKEN=nfp_${randomChars("alnum", 30, "nfp-short")}`,
    ],
    references: [
      "https://open-api.netlify.com/#tag/user/operation/getCurrentUser",
      "https://docs.netlify.com/api/get-started/#authentication",
    ],
  },
  {
    id: "netlify-access-token-legacy",
    name: "Netlify access token (unprefixed)",
    vendor,
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description: `${about} Personal access and OAuth tokens issued before the nfp_ prefix are 40 to 46 URL-safe characters without a prefix, recognised by names such as NETLIFY_AUTH_TOKEN or NETLIFY_ACCESS_TOKEN.`,
    security,
    mitigation,
    keywords: ["netlify"],
    window: { before: 48, after: 96 },
    pattern: new RegExp(
      `${vendorName(["netlify"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{40,46})${TOKEN_END}`,
    ),
    verify,
    examples: [
      () => `NETLIFY_AUTH_TOKEN=${randomChars("base64url", 43, "netlify-legacy-1")}`,
      () => `{"netlifyToken": "${randomChars("base64url", 43, "netlify-legacy-2")}"}`,
      () => `netlify_key=${randomChars("base64url", 43, "netlify-legacy-3")}`,
    ],
    negatives: [
      "NETLIFY_AUTH_TOKEN=${{ secrets.NETLIFY_AUTH_TOKEN }}",
      () => `NETLIFY_AUTH_TOKEN=${randomChars("base64url", 30, "netlify-legacy-short")}`,
      // A site id is a UUID (36 characters with hyphens in fixed places), not a token.
      () =>
        `NETLIFY_SITE_ID=${[8, 4, 4, 4, 12].map((n, i) => randomChars("hexLower", n, `netlify-site-${i}`)).join("-")}`,
    ],
    references: [
      "https://open-api.netlify.com/#tag/user/operation/getCurrentUser",
      "https://docs.netlify.com/api/get-started/#authentication",
    ],
  },
];
