import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "render-api-key",
    name: "Render API key",
    vendor: "Render",
    family: "API Key",
    severity: "critical",
    description:
      "Render is a cloud platform for web services, static sites, background workers, cron jobs and managed Postgres and Key Value stores. Its REST API, CLI and Terraform provider authenticate with user API keys that start with rnd_ followed by letters and digits.",
    security: [
      "The key acts as the user on every workspace they belong to: deploying, suspending and deleting services and databases.",
      "Environment variables and secret files of services, with their database URLs and API keys, can be read and changed.",
      "Postgres connection details and backups are reachable through the API.",
    ],
    mitigation: {
      revoke:
        "In the Render Dashboard open Account Settings > API Keys and Revoke (delete) the leaked key, then create a new one for the integration that needs it.",
      revokeUrl: "https://dashboard.render.com/u/settings#api-keys",
      audit:
        "Review the workspace's audit logs (Enterprise and Organization plans) and each service's Events tab for deploys, environment changes or restarts you did not initiate.",
      bestPractices: [
        "create one API key per integration and revoke keys you no longer use",
        "use deploy hooks for CI deploys where the full API is not needed",
        "keep RENDER_API_KEY in CI secret storage only",
      ],
    },
    keywords: ["rnd_"],
    window: { before: 8, after: 56 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>rnd_(?=[A-Za-z0-9]{0,39}[a-z])[A-Za-z0-9]{26,40})(?![A-Za-z0-9_-])/,
    verify: bearerCheck("https://api.render.com/v1/owners?limit=1", {
      live: [200],
      dead: [401],
      headers: { Accept: "application/json" },
    }),
    examples: [
      () => `RENDER_API_KEY=rnd_${randomChars("alnum", 28, "rnd-1")}`,
      () =>
        `provider "render" {\n  api_key  = "rnd_${randomChars("alnum", 32, "rnd-2")}"\n  owner_id = "tea-${randomChars("lowerAlnum", 20, "rnd-owner")}"\n}`,
    ],
    negatives: [
      "RENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "RENDER_API_KEY=rnd_...",
      () => `x = rnd_${randomChars("alnum", 10, "rnd-short")}`,
    ],
    references: ["https://render.com/docs/api#1-create-an-api-key"],
  },
  {
    id: "render-deploy-hook-url",
    name: "Render deploy hook URL",
    vendor: "Render",
    family: "Webhook URL",
    severity: "high",
    description:
      "Render gives each service a deploy hook, https://api.render.com/deploy/srv-<service id>?key=<key>: a request to it starts a deploy, with no other credential. CI pipelines and chat bots keep it in a variable or paste it into curl commands.",
    security: [
      "Anyone with the URL redeploys the service at will, interrupting it or rolling it to another commit (ref=).",
      "For a service deployed from a prebuilt image, the hook takes an image URL (imgURL=): the attacker's image runs with the service's environment variables and secrets.",
    ],
    mitigation: {
      revoke:
        "In the Render dashboard open the service > Settings > Deploy Hook and regenerate it; update the CI secret or integration that calls it.",
      revokeUrl: "https://render.com/docs/deploy-hooks",
      audit:
        "Review the service's Events and deploy history for deploys started by the hook during the exposure window.",
      bestPractices: [
        "keep the hook URL in the CI provider's secret store, never in a workflow file or README",
      ],
    },
    keywords: ["api.render.com/deploy/"],
    pattern:
      /api\.render\.com\/deploy\/(?<service>srv-[a-z0-9]{20})\?key=(?<secret>[A-Za-z0-9_-]{8,64})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `curl -X POST "https://api.render.com/deploy/srv-${randomChars("lowerAlnum", 20, "rdh-srv")}?key=${randomChars("alnum", 11, "rdh-1")}"`,
    ],
    negatives: [
      "RENDER_DEPLOY_HOOK=https://api.render.com/deploy/srv-xxxxxxxxxxxxxxxxxxxx?key=xxxxxxxxxxx",
      "curl https://api.render.com/deploy/srv-abcdefghij1234567890?key=${RENDER_KEY}",
    ],
    references: ["https://render.com/docs/deploy-hooks"],
  },
];
