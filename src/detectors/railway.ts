import { ASSIGN, UUID, variableNames } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const uuid = (label: string) =>
  `${randomChars("hexLower", 8, `${label}a`)}-${randomChars("hexLower", 4, `${label}b`)}-4${randomChars("hexLower", 3, `${label}c`)}-b${randomChars("hexLower", 3, `${label}d`)}-${randomChars("hexLower", 12, `${label}e`)}`;

/** The variables a token is set in. */
const TOKEN_NAMES = variableNames([
  "RAILWAY_TOKEN",
  "RAILWAY_API_TOKEN",
  "RAILWAY_PROJECT_TOKEN",
  "railway_token",
  "railway_api_token",
  "railwayToken",
]);

export const detectors: Detector[] = [
  {
    id: "railway-api-token",
    name: "Railway API / project token",
    vendor: "Railway",
    family: "API Token",
    severity: "critical",
    confidence: "medium",
    description:
      "Railway is a platform for deploying applications and databases. Its CLI and GraphQL API authenticate with account or team tokens (RAILWAY_API_TOKEN) and project tokens scoped to one environment (RAILWAY_TOKEN); both are UUIDs, recognised by those names.",
    security: [
      "An account or team token deploys, modifies and deletes every project the owner can access.",
      "Service variables, including database URLs and third-party keys, can be read through the API.",
      "A project token deploys to and reads variables of its environment.",
    ],
    mitigation: {
      revoke:
        "For account and team tokens open Account Settings > Tokens (or the team's Settings > Tokens) in the Railway dashboard and delete the token; for project tokens open the project > Settings > Tokens and delete it. Update RAILWAY_TOKEN / RAILWAY_API_TOKEN in CI with a new token.",
      revokeUrl: "https://railway.com/account/tokens",
      audit:
        "Review the project's deployment history and activity feed, and each service's variables, for changes you did not make.",
      bestPractices: [
        "use project tokens scoped to one environment in CI instead of account tokens",
        "mark sensitive variables as sealed so that they cannot be read back",
      ],
    },
    keywords: TOKEN_NAMES.keywords,
    window: { before: 48, after: 80 },
    pattern: new RegExp(`${TOKEN_NAMES.source}${ASSIGN}(?<secret>${UUID})(?![A-Za-z0-9-])`),
    examples: [
      () => `RAILWAY_TOKEN=${uuid("railway-1")}`,
      () =>
        `      - run: railway up --service api\n        env:\n          RAILWAY_TOKEN: ${uuid("railway-2")}`,
    ],
    negatives: ["RAILWAY_TOKEN=${{ secrets.RAILWAY_TOKEN }}", "RAILWAY_API_TOKEN=<your-token>"],
    references: ["https://docs.railway.com/guides/public-api#creating-a-token"],
  },
];
