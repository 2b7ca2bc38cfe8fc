import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const budibaseKey = (label: string) =>
  `${randomChars("hexLower", 32, `${label}-a`)}-${randomChars("hexLower", 80, `${label}-b`)}`;

export const detectors: Detector[] = [
  {
    id: "budibase-api-key",
    name: "Budibase API key",
    vendor: "Budibase",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Budibase is a low-code platform for internal tools. Its public API keys are two hexadecimal parts joined by a hyphen (32, then about 80 characters) and are sent in the `x-budibase-api-key` header; they are recognised in a name that mentions Budibase.",
    security: [
      "Applications, tables and rows of the tenant can be read, created, changed and deleted through the public API, with the key owner's role.",
      "Internal tools often sit on top of production databases, so their data is reachable too.",
    ],
    mitigation: {
      revoke:
        "In Budibase open the user menu, View API key, and regenerate it; the old key stops working at once.",
      revokeUrl: "https://docs.budibase.com/docs/public-api",
      audit: "Review the audit log (Enterprise) or app and row changes for actions you did not take.",
      bestPractices: [
        "store the key in a secret manager and use a user with the least role the integration needs",
      ],
    },
    keywords: ["budibase"],
    pattern: new RegExp(
      `${vendorPhrase(["budibase", "Budibase", "BUDIBASE"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32}-[a-f0-9]{78,80})${TOKEN_END}`,
    ),
    examples: [
      () => `BUDIBASE_API_KEY=${budibaseKey("budibase-1")}`,
      () => `budibase_api_key: "${budibaseKey("budibase-2")}"`,
      () => `headers: { "x-budibase-api-key": "${budibaseKey("budibase-3")}" }`,
    ],
    negatives: [
      "BUDIBASE_API_KEY=<your api key>",
      () => `BUDIBASE_API_KEY=${randomChars("hexLower", 32, "budibase-half")}`,
    ],
    references: [
      "https://docs.budibase.com/docs/public-api",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/budibase.yml",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/budibase",
    ],
  },
];
