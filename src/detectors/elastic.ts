import { ASSIGN_OR_CALL, anyCase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/** The encoded form of an API key is base64("<id>:<api_key>"). */
const encodedKey = (label: string) =>
  Buffer.from(
    `${randomChars("base64url", 20, `${label}-id`)}:${randomChars("base64url", 22, label)}`,
  ).toString("base64");
const idColonKey: Validator = (secret) => {
  const decoded = Buffer.from(secret, "base64").toString("latin1");
  return /^[A-Za-z0-9_-]{16,40}:[A-Za-z0-9_-]{16,64}$/.test(decoded)
    ? true
    : "does not decode to <id>:<api key>";
};

export const detectors: Detector[] = [
  {
    id: "elastic-api-key",
    name: "Elasticsearch / Elastic Cloud API key",
    vendor: "Elastic",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      'Elastic runs Elasticsearch, Kibana and Elastic Cloud. Elasticsearch API keys are sent as "Authorization: ApiKey <encoded>", where the encoded value is base64 of the key ID, a colon and the key; their privileges are a subset of the creating user\'s.',
    security: [
      "An attacker can read and, with write privileges, change or delete the indices the key can reach, often logs and business data.",
      "Keys with cluster privileges can create further keys, change roles or snapshot data out of the cluster.",
    ],
    mitigation: {
      revoke:
        "In Kibana open Stack Management > Security > API keys, select the key by name or ID and click Delete (invalidate); or call DELETE /_security/api_key with its id. Elastic Cloud organization keys are deleted under Organization > API keys in the Cloud console.",
      revokeUrl:
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-invalidate-api-key.html",
      audit:
        "Enable and review the Elasticsearch audit log (xpack.security.audit) for requests authenticated with the key's ID during the exposure window.",
      bestPractices: [
        "create keys with explicit role descriptors limited to the indices needed",
        "set an expiration on every API key",
      ],
    },
    keywords: ["apikey ", "elastic"],
    pattern: new RegExp(
      `(?:ApiKey[ \\t]{1,4}|${anyCase("elastic")}[A-Za-z0-9_.-]{0,24}(?:${anyCase("api")}[_-]?${anyCase("key")}|${anyCase("apikey")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL})(?<secret>[A-Za-z0-9+/]{40,120}={0,2})(?![A-Za-z0-9+/=_-])`,
    ),
    validate: idColonKey,
    examples: [
      () => `curl -H "Authorization: ApiKey ${encodedKey("es-1")}" https://es.acme.io:9200/_search`,
      () => `ELASTICSEARCH_API_KEY=${encodedKey("es-2")}`,
      () => `elasticsearch:\n  elastic_api_key: "${encodedKey("es-3")}"`,
    ],
    negatives: [
      "Authorization: ApiKey <encoded api key>",
      // Base64 of something other than <id>:<key>.
      () => `Authorization: ApiKey ${Buffer.from(randomChars("alnum", 44, "es-bad")).toString("base64")}`,
    ],
    references: [
      "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html",
    ],
  },
];
