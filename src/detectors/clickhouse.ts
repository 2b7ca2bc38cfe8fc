import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** Key secrets are `4b1d` + 38 random alphanumerics; one upper-case letter is forced so examples are realistic. */
const secret = (label: string) => `4b1d${randomChars("alnum", 37, label)}K`;

export const detectors: Detector[] = [
  {
    id: "clickhouse-cloud-api-secret",
    name: "ClickHouse Cloud API key secret",
    vendor: "ClickHouse",
    family: "API Key",
    severity: "critical",
    description:
      "ClickHouse Cloud is the managed service of the ClickHouse column-oriented analytics database. Its OpenAPI keys are a key id and a key secret; secrets start with 4b1d followed by 38 alphanumerics and, with the id, authenticate the Cloud management API with the key's organization role.",
    security: [
      "With an Admin or Developer role, services can be created, scaled, stopped or deleted, destroying analytics databases or running up costs.",
      "Service IP access lists and passwords can be changed, opening databases to the attacker.",
      "Organization members, invitations and other API keys can be managed with an admin key.",
    ],
    mitigation: {
      revoke:
        "In the ClickHouse Cloud console open Organization > API Keys, find the key by its id and delete it (or disable it); create a new key with the narrowest role and an expiry, then review services' IP access lists and database users.",
      revokeUrl: "https://console.clickhouse.cloud/",
      audit:
        "Review the organization's Audit log in the ClickHouse Cloud console for service, access-list, user and key events performed with the API key during the exposure window.",
      bestPractices: [
        "give keys the Developer or Member role unless administration is required, and set an expiration",
        "restrict keys to known IP addresses where the console allows it",
        "store the key id and secret in CI secrets for Terraform or scripts",
      ],
    },
    keywords: ["4b1d"],
    // Hashes in hex can start with 4b1d, so a key secret must contain an upper-case letter.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>4b1d(?=[a-z0-9]{0,37}[A-Z])[A-Za-z0-9]{38})(?![A-Za-z0-9_-])/,
    companions: [
      {
        name: "key id",
        pattern:
          /(?:KEY_ID|[Kk]ey_?[Ii][Dd]|token_key)["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[A-Za-z0-9]{20})(?![A-Za-z0-9])/,
        within: 512,
      },
    ],
    // Lists the organizations the key belongs to: a GET that starts no service and spends nothing.
    verify: {
      method: "GET",
      url: "https://api.clickhouse.cloud/v1/organizations",
      basicAuth: { user: "{companion:key id}", password: "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "result" },
    },
    examples: [
      () =>
        `CLICKHOUSE_KEY_ID=${randomChars("alnum", 20, "clickhouse-1id")}\nCLICKHOUSE_KEY_SECRET=${secret("clickhouse-1")}`,
      () =>
        `provider "clickhouse" {\n  token_key    = "${randomChars("alnum", 20, "clickhouse-2id")}"\n  token_secret = "${secret("clickhouse-2")}"\n}`,
    ],
    negatives: [
      // A hex digest that happens to start with 4b1d.
      () => `sha1 = "4b1d${randomChars("hexLower", 38, "clickhouse-hash")}"`,
      "CLICKHOUSE_KEY_SECRET=4b1dXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    ],
    references: [
      "https://clickhouse.com/docs/cloud/manage/openapi",
      "https://clickhouse.com/docs/cloud/manage/api/swagger#tag/Organization/operation/organizationGetList",
    ],
  },
];
