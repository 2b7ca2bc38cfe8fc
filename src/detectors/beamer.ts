import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const beamerKey = (label: string) => `b_${randomChars("alnum", 44, label)}`;

export const detectors: Detector[] = [
  {
    id: "beamer-api-key",
    name: "Beamer API key",
    vendor: "Beamer",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Beamer is a changelog and in-app announcement service. Its REST API keys start with `b_` and 44 more characters, and are sent in the `Beamer-Api-Key` header; the prefix is short, so a key is recognised in a name that mentions Beamer.",
    security: [
      "Posts, announcements, feature requests and NPS answers of the product can be read, and with a key that has write permissions created, edited or deleted.",
      "Users' feedback and the identities attached to it can be listed.",
    ],
    mitigation: {
      revoke:
        "In Beamer open Settings > API, delete the leaked key (or turn off its permissions) and create a new one for the integration.",
      revokeUrl: "https://app.getbeamer.com/settings#api",
      audit: "Review recent posts, requests and their edit history for changes nobody on the team made.",
      bestPractices: [
        "give each integration its own key with only the permissions it needs",
        "keep keys in a secret manager, never in the front-end embed code",
      ],
    },
    keywords: ["beamer"],
    pattern: new RegExp(
      `(?:BEAMER|[Bb]eamer)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>b_[A-Za-z0-9=_+/-]{44})${TOKEN_END}`,
    ),
    // Reads the product's public URL: a GET that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.getbeamer.com/v0/url",
      headers: { "Beamer-Api-Key": "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "url" },
    },
    examples: [
      () => `BEAMER_API_KEY=${beamerKey("beamer-1")}`,
      () => `beamer_key: '${beamerKey("beamer-2")}'`,
      () => `const beamer = new BeamerClient("${beamerKey("beamer-3")}");`,
    ],
    negatives: [
      "BEAMER_API_KEY=b_your_api_key_here",
      () => `BEAMER_API_KEY=b_${randomChars("alnum", 30, "beamer-short")}`,
    ],
    references: [
      "https://www.getbeamer.com/api",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/beamer.yml",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/beamer",
    ],
  },
];
