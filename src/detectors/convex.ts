import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A deploy key: its kind and deployment (or team and project), `|`, then base64 of {"v2":"<hex>"}. */
const deployKey = (kind: string, target: string, label: string) =>
  `${kind}:${target}|${Buffer.from(JSON.stringify({ v2: randomChars("hexLower", 32, label) }))
    .toString("base64")
    .replace(/=+$/, "")}`;

export const detectors: Detector[] = [
  {
    id: "convex-deploy-key",
    name: "Convex deploy key",
    vendor: "Convex",
    family: "Deploy Key",
    severity: "critical",
    description:
      "Convex is a reactive backend (database, functions, file storage). Deploy keys let the convex CLI act on a deployment without logging in, in CI and hosting builds (CONVEX_DEPLOY_KEY): the kind and the deployment they open (prod:happy-animal-123, preview:team:project, dev:...), a bar, then the key itself.",
    security: [
      "A production deploy key pushes any code to the production deployment: functions that read, change or export every table and stored file.",
      "It also reads and sets the deployment's environment variables, which hold the app's other secrets.",
    ],
    mitigation: {
      revoke:
        "In the Convex dashboard open the deployment's Settings > URL & Deploy Key (or the project's Preview deploy keys), delete the leaked key and generate a new one, then update the hosting provider's CONVEX_DEPLOY_KEY.",
      revokeUrl: "https://docs.convex.dev/cli/deploy-key-types",
      audit:
        "Review the deployment's History in the dashboard for pushes, environment-variable changes and data imports during the exposure window.",
      bestPractices: [
        "give preview builds preview deploy keys, never the production one",
        "set the key only in the hosting provider's environment settings, never in a committed .env file",
      ],
    },
    keywords: ["convex_deploy_key", "|eyJ2MiI6"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>(?:prod|preview|dev|project):[a-z0-9][a-z0-9-]{2,80}(?::[a-z0-9][a-z0-9-]{0,80})?\|[A-Za-z0-9+/_-]{24,400}={0,2})(?![A-Za-z0-9+/=_-])/,
    examples: [
      () => `CONVEX_DEPLOY_KEY=${deployKey("prod", "gentle-badger-968", "convex-1")}`,
      () => `CONVEX_DEPLOY_KEY='${deployKey("preview", "acme:orbit", "convex-2")}' npx convex deploy`,
    ],
    negatives: [
      "CONVEX_DEPLOY_KEY=prod:your-deployment|your-key",
      "CONVEX_DEPLOYMENT=prod:gentle-badger-968",
    ],
    references: ["https://docs.convex.dev/cli/deploy-key-types"],
  },
];
