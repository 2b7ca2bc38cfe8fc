import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "qubole-api-token",
    name: "Qubole API token",
    vendor: "Qubole",
    family: "API Token",
    severity: "critical",
    confidence: "medium",
    description:
      "Qubole is a managed data-lake platform running Spark, Hive and Presto clusters on public clouds. Account API tokens are 64 lower-case letters and digits sent in the X-AUTH-TOKEN header with the user's rights in the account; they are recognised next to a Qubole name.",
    security: [
      "Commands can be run on the account's clusters, reading every table their cloud credentials reach.",
      "Clusters can be started, resized or deleted, running up cloud costs.",
    ],
    mitigation: {
      revoke:
        "In Qubole open Control Panel > My Accounts and click Reset next to the API token; update the clients that used it.",
      revokeUrl: "https://api.qubole.com/v2/control-panel#my-accounts",
    },
    keywords: ["qubole"],
    pattern: new RegExp(
      `${vendorPhrase(["qubole", "Qubole"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Reads the account's own settings: a GET that changes nothing and starts no cluster.
    verify: {
      method: "GET",
      url: "https://api.qubole.com/api/v1.2/account",
      headers: { "X-AUTH-TOKEN": "{secret}", Accept: "application/json" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `QUBOLE_API_TOKEN=${randomChars("lowerAlnum", 64, "qubole-1")}`,
      () => `qubole_api_token: ${randomChars("lowerAlnum", 64, "qubole-2")}`,
    ],
    negatives: [
      "QUBOLE_API_TOKEN=<your token>",
      () => `qubole_token = "${randomChars("lowerAlnum", 40, "qubole-short")}"`,
    ],
    references: [
      "https://docs.qubole.com/en/latest/rest-api/api_overview.html",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/qubole.yml",
    ],
  },
];
