import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** 64 random bytes in URL-safe base64: 86 characters and `==`. */
const token = (label: string) => `${randomChars("base64url", 86, label)}==`;

export const detectors: Detector[] = [
  {
    id: "influxdb-api-token",
    name: "InfluxDB API token",
    vendor: "InfluxData",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "InfluxDB is InfluxData's time series database (InfluxDB Cloud, OSS 2.x and 3.x). API tokens (86 base64 characters and ==) authenticate writes, queries and management calls with all-access, operator or bucket-scoped read/write permissions; they are found next to an InfluxDB name.",
    security: [
      "An attacker can query the buckets the token reaches, which hold metrics, IoT readings and business data.",
      "With write permission data can be forged or deleted; with all-access or operator tokens buckets, users and further tokens can be created or removed.",
    ],
    mitigation: {
      revoke:
        "In the InfluxDB UI open Load Data > API Tokens, find the token by description and delete it (or disable it); with the CLI, `influx auth list` then `influx auth delete --id <id>`. Create a scoped replacement and update the agents (Telegraf, clients) that used it.",
      revokeUrl: "https://docs.influxdata.com/influxdb/cloud/admin/tokens/delete-token/",
      audit:
        "Review the organization's buckets, tasks and tokens for changes, and the usage pages (InfluxDB Cloud) for query and write volume you cannot explain.",
      bestPractices: [
        "create bucket-scoped read or write tokens for each client instead of sharing the all-access token",
        "keep the operator token offline",
      ],
    },
    keywords: ["influx"],
    pattern: new RegExp(
      `${vendorName(["influx", "influxdb", "influxDB", "InfluxDB", "INFLUX_DB", "influx_db"], ["token", "key", "secret", "auth"])}${ASSIGN_LOOSE}(?:Token[ \\t]{1,3})?(?<secret>[A-Za-z0-9_+/-]{86}==)(?![A-Za-z0-9_+/=-])`,
    ),
    examples: [
      () => `INFLUX_TOKEN=${token("influx-1")}`,
      () =>
        `[[outputs.influxdb_v2]]\n  urls = ["https://us-east-1-1.aws.cloud2.influxdata.com"]\n  influxdb_token = "${token("influx-2")}"`,
      () => `client = InfluxDBClient(url=url, org="acme", influxToken="${token("influx-3")}")`,
    ],
    negatives: [
      "INFLUX_TOKEN=my-super-secret-auth-token",
      () => `INFLUX_TOKEN=${randomChars("base64url", 60, "influx-short")}==`,
    ],
    references: [
      "https://docs.influxdata.com/influxdb/cloud/admin/tokens/",
      "https://docs.influxdata.com/influxdb/v2/api-guide/api_intro/#authentication",
    ],
  },
];
