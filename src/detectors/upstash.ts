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
  {
    id: "upstash-qstash-signing-key",
    name: "Upstash QStash signing key",
    vendor: "Upstash",
    family: "Signing Secret",
    severity: "medium",
    description:
      "QStash signs every message it delivers to an endpoint with the account's current signing key (and the next one, for rotation): sig_ followed by random characters, kept by the receiving app as QSTASH_CURRENT_SIGNING_KEY and QSTASH_NEXT_SIGNING_KEY or passed to the SDK's Receiver as currentSigningKey and nextSigningKey.",
    security: [
      "Anyone with the key signs requests that the endpoint accepts as QStash deliveries: scheduled jobs, workflow steps and queued work run on the attacker's payload.",
    ],
    mitigation: {
      revoke:
        "In the Upstash console open QStash and choose Roll Signing Keys (the next key becomes current and a new next key is made); update both variables in every deployment.",
      revokeUrl: "https://upstash.com/docs/qstash/howto/roll-signing-keys",
      audit:
        "Compare the requests the endpoint handled during the exposure window with QStash's message logs; a request QStash never sent was forged.",
      bestPractices: [
        "verify every delivery with the SDK's Receiver, which also checks the body hash and the expiry",
      ],
    },
    keywords: ["signing_key", "signingkey"],
    pattern: new RegExp(
      `(?:QSTASH_(?:CURRENT|NEXT)_SIGNING_KEY|(?:current|next)SigningKey)${ASSIGN}(?<secret>sig_[A-Za-z0-9]{20,48})(?![A-Za-z0-9_-])`,
    ),
    examples: [
      () => `QSTASH_CURRENT_SIGNING_KEY=sig_${randomChars("alnum", 28, "qstash-sig-1")}`,
      () =>
        `const receiver = new Receiver({\n  currentSigningKey: "sig_${randomChars("alnum", 28, "qstash-sig-2")}",`,
    ],
    negatives: [
      "QSTASH_CURRENT_SIGNING_KEY=sig_xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "QSTASH_NEXT_SIGNING_KEY=${QSTASH_NEXT_SIGNING_KEY}",
    ],
    references: ["https://upstash.com/docs/qstash/howto/signature"],
  },
];
