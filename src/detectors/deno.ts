import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "deno-deploy-token",
    name: "Deno Deploy personal access token",
    vendor: "Deno",
    family: "Access Token",
    severity: "critical",
    description:
      "Deno Deploy is Deno's serverless hosting platform. Personal access tokens (ddp_ followed by 36 letters and digits) authenticate deployctl, the deno deploy command and the Deploy API (DENO_DEPLOY_TOKEN) as a user across their organizations.",
    security: [
      "The token deploys new code to the user's projects and production domains.",
      "Project environment variables and KV databases can be read or changed through the API.",
      "Projects can be deleted or reconfigured.",
    ],
    mitigation: {
      revoke:
        "In the Deno Deploy dashboard open Account settings > Access Tokens, find the token and Delete it; create a new token for the CI job or machine that needs one.",
      revokeUrl: "https://dash.deno.com/account#access-tokens",
      audit:
        "Review each project's deployment list and settings (environment variables, domains) for changes you did not make.",
      bestPractices: [
        "use the GitHub integration with OIDC (deployctl in GitHub Actions) instead of personal tokens",
        "keep DENO_DEPLOY_TOKEN in CI secrets only and give tokens an expiry",
      ],
    },
    keywords: ["ddp_"],
    window: { before: 8, after: 48 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>ddp_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
    examples: [
      () => `export DENO_DEPLOY_TOKEN=ddp_${randomChars("alnum", 36, "ddp-1")}`,
      () =>
        `      - run: deployctl deploy --project=api main.ts\n        env:\n          DENO_DEPLOY_TOKEN: ddp_${randomChars("alnum", 36, "ddp-2")}`,
    ],
    negatives: [
      "DENO_DEPLOY_TOKEN=ddp_your_token_here",
      "DENO_DEPLOY_TOKEN=ddp_YOUR_ACTUAL_TOKEN_HERE",
      () => `DENO_DEPLOY_TOKEN=ddp_${randomChars("alnum", 20, "ddp-short")}`,
    ],
    references: ["https://docs.deno.com/deploy/classic/api/"],
  },
];
