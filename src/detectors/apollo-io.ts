import { ASSIGN_LOOSE, TOKEN_END, variableNames } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

// "apollo" alone is everywhere in GraphQL code (Apollo Client, Apollo Server), so the key is
// recognised only in the names Apollo.io's docs and integrations give it. Apollo GraphQL's own
// keys (`service:<graph>:<secret>`, `user:...`) begin with a word and a colon, so they never
// read as the bare 22 characters matched here.
const names = variableNames([
  "APOLLO_API_KEY",
  "APOLLO_IO_API_KEY",
  "APOLLOIO_API_KEY",
  "apollo_api_key",
  "apollo_io_api_key",
  "apolloApiKey",
  "apolloIoApiKey",
  "ApolloApiKey",
]);

export const detectors: Detector[] = [
  {
    id: "apollo-io-api-key",
    name: "Apollo.io API key",
    vendor: "Apollo.io",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Apollo.io is a sales intelligence platform with a database of B2B contacts and a CRM with sequences. Its API keys, created under Settings > Integrations > API Keys, are 22 letters and digits sent in the x-api-key header; a master key reaches every endpoint. They have no prefix, so they are recognised only in a name such as APOLLO_API_KEY.",
    security: [
      "People and company search and enrichment can be run on the account, spending its credits.",
      "With a master key, the account's contacts, accounts, deals and sequences can be read, changed or deleted, and contacts added to sequences that send email.",
    ],
    mitigation: {
      revoke:
        "In Apollo open Settings > Integrations > API Keys, delete the key and create a new one with only the endpoints the integration needs, then update every integration that used it.",
      revokeUrl: "https://developer.apollo.io/#/keys",
      audit:
        "Review credit usage and the CRM's contacts, deals and sequences for activity you did not start.",
      bestPractices: [
        "prefer standard keys limited to the endpoints needed over a master key",
        "keep the key server-side in a secret manager",
      ],
    },
    keywords: names.keywords,
    pattern: new RegExp(`${names.source}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{22})${TOKEN_END}`),
    minEntropy: 3.3,
    // auth/health is Apollo's documented key check: it reads nothing and spends no credits.
    verify: {
      method: "GET",
      url: "https://api.apollo.io/api/v1/auth/health",
      headers: { "x-api-key": "{secret}", "Cache-Control": "no-cache" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "is_logged_in", equals: true },
    },
    examples: [
      () => `APOLLO_API_KEY=${randomChars("alnum", 22, "apollo-io-api-key-1")}`,
      () => `apollo_io_api_key: "${randomChars("alnum", 22, "apollo-io-api-key-2")}"`,
      () => `const apolloApiKey = "${randomChars("alnum", 22, "apollo-io-api-key-3")}";`,
    ],
    negatives: [
      "APOLLO_API_KEY=your-api-key-here",
      () => `APOLLO_KEY=service:my-graph:${randomChars("alnum", 22, "apollo-graphql-key")}`,
      () => `APOLLO_API_KEY=${randomChars("alnum", 30, "apollo-io-api-key-long")}`,
    ],
    references: [
      "https://docs.apollo.io/reference/authentication",
      "https://docs.apollo.io/docs/create-api-key",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/apollo",
    ],
  },
];
