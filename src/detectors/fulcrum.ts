import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "fulcrum-api-token",
    name: "Fulcrum API token",
    vendor: "Fulcrum",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Fulcrum (fulcrumapp.com) is a field data collection platform. Its API tokens are 80 lower-case letters and digits, sent in the X-ApiToken header, and act with the creating user's rights in one organization. They have no prefix, so a token is recognised only in a name that mentions Fulcrum.",
    security: [
      "Forms, records, photos and the locations collected in the field can be read and exported.",
      "Records and forms can be created, changed or deleted, and webhooks added to stream new data elsewhere.",
    ],
    mitigation: {
      revoke:
        "In Fulcrum, open Settings > API and delete the token (or the user's API access); create a new one for the integrations that need it.",
      revokeUrl: "https://web.fulcrumapp.com/settings/api",
      audit:
        "Review the organization's audit log for record and form changes, exports and new webhooks during the exposure.",
      bestPractices: [
        "create tokens for a dedicated user with only the roles the integration needs",
        "keep the token in a secret manager, never in a mobile app or front-end code",
      ],
    },
    keywords: ["fulcrum"],
    pattern: new RegExp(
      `${vendorName(["fulcrum"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{80})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the forms the token can see: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.fulcrumapp.com/api/v2/forms.json?per_page=1",
      headers: { "X-ApiToken": "{secret}", Accept: "application/json" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `FULCRUM_API_TOKEN=${randomChars("hexLower", 80, "fulcrum-1")}`,
      () => `fulcrum_token: "${randomChars("lowerAlnum", 80, "fulcrum-2")}"`,
      () => `const fulcrumApiKey = '${randomChars("hexLower", 80, "fulcrum-3")}';`,
    ],
    negatives: [
      "FULCRUM_API_TOKEN=<your fulcrum api token>",
      () => `FULCRUM_API_TOKEN=${randomChars("hexLower", 64, "fulcrum-short")}`,
      () => `fulcrum_record_id = "${randomChars("hexLower", 80, "fulcrum-id")}"`,
    ],
    references: [
      "https://www.fulcrumapp.com/developers/api/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/fulcrum.yml",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/fulcrum",
    ],
  },
];
