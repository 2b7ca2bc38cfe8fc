import { ASSIGN } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "upstash-rest-token",
    name: "Upstash REST / QStash token",
    vendor: "Upstash",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Upstash provides serverless Redis, Vector, QStash (HTTP messaging) and Workflow. Their REST APIs authenticate with database or account tokens (base64 strings, often starting with A) recognised by names such as UPSTASH_REDIS_REST_TOKEN, KV_REST_API_TOKEN (Vercel KV), UPSTASH_VECTOR_REST_TOKEN and QSTASH_TOKEN.",
    security: [
      "A Redis REST token runs any command on the database: reading sessions and cached data, FLUSHALL.",
      "A QStash token publishes messages and schedules that call your endpoints, billed to the account.",
      "Vector tokens read, upsert and delete embeddings and their metadata.",
    ],
    mitigation: {
      revoke:
        "In the Upstash console open the database (or QStash / Vector index) > Details and select Reset (rotate) password/token, which invalidates the REST tokens; for QStash use Reset Token under the QStash tab. Update the environment variables of every deployment (and the Vercel integration, which syncs KV_REST_API_TOKEN).",
      revokeUrl: "https://console.upstash.com/",
      audit:
        "Review the database's usage metrics (commands, bandwidth) and QStash logs for requests you did not make.",
      bestPractices: [
        "give browsers and edge clients read-only tokens only",
        "keep REST tokens in server-side environment variables",
      ],
    },
    keywords: [
      "upstash_redis_rest_token",
      "kv_rest_api_token",
      "upstash_vector_rest_token",
      "qstash_token",
      "upstash_token",
    ],
    window: { before: 48, after: 240 },
    pattern: new RegExp(
      `(?:UPSTASH_REDIS_REST_TOKEN|KV_REST_API_TOKEN|UPSTASH_VECTOR_REST_TOKEN|QSTASH_TOKEN|UPSTASH_TOKEN|upstash_redis_rest_token|upstashRedisRestToken)${ASSIGN}(?<secret>(?=[A-Za-z0-9+/_=-]{0,199}[A-Z])[A-Za-z0-9+/_=-]{32,200})(?![A-Za-z0-9+/_=-])`,
    ),
    examples: [
      () =>
        `UPSTASH_REDIS_REST_URL=https://eager-lemur-31832.upstash.io\nUPSTASH_REDIS_REST_TOKEN=AX${randomChars("base64", 58, "upstash-1")}=`,
      () => `KV_REST_API_TOKEN="Ad${randomChars("base64", 62, "upstash-2")}"`,
      () => `QSTASH_TOKEN=eyJVc2VySUQiOiI${randomChars("base64", 90, "upstash-3")}=`,
    ],
    negatives: [
      "UPSTASH_REDIS_REST_TOKEN=AXxxxxxx",
      "UPSTASH_REDIS_REST_TOKEN=AXxxACQgxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // Read-only tokens have their own variable and are meant for less trusted clients.
      () => `KV_REST_API_READ_ONLY_TOKEN=Ap${randomChars("base64", 62, "upstash-ro")}`,
    ],
    references: ["https://upstash.com/docs/redis/features/restapi"],
  },
];
