import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const apiKey = (label: string) => randomChars("upperAlnum", 16, label);
const apiSecret = (label: string) => randomChars("base64", 64, label);

export const detectors: Detector[] = [
  {
    id: "confluent-api-secret",
    name: "Confluent Cloud API secret",
    vendor: "Confluent",
    family: "API Secret",
    severity: "critical",
    confidence: "medium",
    description:
      "Confluent Cloud is the managed Apache Kafka and data streaming platform from Confluent. API keys are pairs of a 16-character upper-case key and a 64-character secret, scoped to a Kafka cluster, Schema Registry, Flink or the Cloud resource-management API; the secret has no prefix, so it is recognised next to a Confluent secret setting or a Kafka PLAIN login with a Confluent-style key (written out, or filled into the JAAS line by str.format).",
    security: [
      "A cluster key can read every topic its owner's ACLs or RBAC roles allow, exposing event streams with customer data.",
      "It can produce forged events into topics and delete topics or consumer groups, corrupting downstream systems.",
      "A Cloud (resource-management) key can create or delete clusters, service accounts and other API keys in the organization.",
    ],
    mitigation: {
      revoke:
        "In Confluent Cloud Console open Administration > API keys (or the cluster's API keys page), select the key and delete it; with the CLI run `confluent api-key delete <key>`. Create a new key for the service account and update the client configuration.",
      revokeUrl: "https://confluent.cloud/settings/api-keys",
      audit:
        "Review the organization's audit logs (the confluent-audit-log-events topic) for authentication and authorization events of the key, and cluster metrics for unusual consumers or producers during the exposure window.",
      bestPractices: [
        "own API keys by service accounts with least-privilege RBAC role bindings or ACLs, not by users",
        "use separate keys per application and environment",
        "prefer OAuth/OIDC identity pools for clients where possible",
      ],
    },
    // Also where the pair's shape says Confluent: a Schema Registry client's
    // basic.auth.user.info=KEY:SECRET, a username of the key's shape with the secret as its
    // password (the Metrics API's basic_auth in a Prometheus scrape), and the key file the
    // Console downloads ("API secret:" and the secret on the next line).
    keywords: ["confluent", "plainloginmodule", "basic.auth.user.info"],
    window: { before: 256, after: 1536, multiline: true },
    pattern:
      /(?:(?:CONFLUENT|[Cc]onfluent)[\w.-]{0,30}(?:SECRET|[Ss]ecret)[\w.-]{0,20}["']?\s{0,3}(?:=>|[:=])\s{0,3}["']?|PlainLoginModule\s{1,3}required\s{1,3}username\s{0,2}=\s{0,2}\\?["'](?:[A-Z0-9]{16}\\?["']\s{1,3}password\s{0,2}=\s{0,2}\\?["']|\{\}\\?["']\s{1,3}password\s{0,2}=\s{0,2}\\?["']\{\}\\?["'];?["'][ \t]{0,3}\)?\.format\([ \t]{0,3}["'][A-Z0-9]{16}["'][ \t]{0,3},[ \t]{0,3}["'])|basic\.auth\.user\.info["']?[ \t]{0,3}[=:][ \t]{0,3}(?:["']?[A-Z0-9]{16}:|["']\{\}:\{\}["']\.format\([ \t]{0,3}["'][A-Z0-9]{16}["'][ \t]{0,3},[ \t]{0,3}["'])|(?<![\w-])user(?:name)?["']?[ \t]{0,3}[=:][ \t]{0,3}["']?[A-Z0-9]{16}["']?,?\s{1,40}(?:password|pass)["']?[ \t]{0,3}[=:][ \t]{0,3}["']?|API secret:[ \t]{0,3}\r?\n[ \t]{0,8})(?<secret>[A-Za-z0-9+/]{64})(?![A-Za-z0-9+/=])/,
    companions: [
      {
        name: "API key",
        pattern:
          /(?:API_KEY|[Aa]pi_?[Kk]ey|username\s{0,2}=\s{0,2}\\?["'])["']?\s{0,3}[:=]?\s{0,3}["']?(?<value>[A-Z0-9]{16})(?![A-Za-z0-9])/,
        within: 512,
      },
    ],
    examples: [
      () =>
        `CONFLUENT_CLOUD_API_KEY=${apiKey("confluent-1k")}\nCONFLUENT_CLOUD_API_SECRET=${apiSecret("confluent-1")}`,
      () =>
        `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${apiKey("confluent-2k")}" password="${apiSecret("confluent-2")}";`,
      () => `  confluent_api_secret: "${apiSecret("confluent-3")}"`,
      () =>
        `schema.registry.url=https://psrc-8kz20.eu-west-1.aws.confluent.cloud\nbasic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=${apiKey("confluent-4k")}:${apiSecret("confluent-4")}`,
      () =>
        `  - job_name: confluent-cloud\n    metrics_path: /v2/metrics/cloud/export\n    basic_auth:\n      username: ${apiKey("confluent-5k")}\n      password: ${apiSecret("confluent-5")}`,
      () =>
        `=== Confluent Cloud API key ===\n\nAPI key:\n${apiKey("confluent-6k")}\n\nAPI secret:\n${apiSecret("confluent-6")}\n`,
      () =>
        `sr_conf = {'url': SR_URL, 'basic.auth.user.info': '${apiKey("confluent-7k")}:${apiSecret("confluent-7")}'}`,
      () =>
        `'basic.auth.user.info': '{}:{}'.format('${apiKey("confluent-8k")}', '${apiSecret("confluent-8")}'),`,
      // Spark Structured Streaming's Kafka source, the JAAS line filled in by str.format.
      () =>
        `  .option("kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username='{}' password='{}';".format("${apiKey("confluent-9k")}", "${apiSecret("confluent-9")}")) \\`,
    ],
    negatives: [
      "CONFLUENT_CLOUD_API_SECRET=<api-secret>",
      'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{{ CLUSTER_API_KEY }}" password="{{ CLUSTER_API_SECRET }}";',
      () => `CONFLUENT_CLOUD_API_SECRET=${randomChars("base64", 40, "confluent-short")}`,
      "basic.auth.user.info=${SR_API_KEY}:${SR_API_SECRET}",
    ],
    references: [
      "https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html",
    ],
  },
];
