import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "boostnote-api-token",
    name: "Boost Note API token",
    vendor: "Boost Note",
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Boost Note is a document and wiki workspace for developer teams. Its API tokens are 64 lower-case hexadecimal characters sent as a bearer token; they have no prefix, so a token is recognised only in a name that mentions Boost Note.",
    security: [
      "Every document and folder of the team's workspaces can be read, which may include internal runbooks and credentials pasted into notes.",
      "Documents can be created, changed or deleted in the name of the token's owner.",
    ],
    mitigation: {
      revoke:
        "In Boost Note open the team's settings, API tokens, and delete the leaked token; create a new one if an integration needs it.",
      revokeUrl: "https://boostnote.io/",
      audit: "Review document revision history for changes the team did not make.",
      bestPractices: ["keep the token in a secret manager or an environment variable"],
    },
    keywords: ["boostnote", "boost_note"],
    pattern: new RegExp(
      `${vendorPhrase(["boostnote", "boostNote", "BoostNote", "BOOSTNOTE", "boost_note", "BOOST_NOTE"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Lists the documents the token can see: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://boostnote.io/api/docs",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "docs" },
    },
    examples: [
      () => `BOOSTNOTE_TOKEN=${randomChars("hexLower", 64, "boostnote-1")}`,
      () => `boostnote_api_key: "${randomChars("hexLower", 64, "boostnote-2")}"`,
      () => `boostnote token ${randomChars("hexLower", 64, "boostnote-3")}`,
    ],
    negatives: [
      "BOOSTNOTE_TOKEN=<token>",
      () => `BOOSTNOTE_TOKEN=${randomChars("hexLower", 40, "boostnote-short")}`,
    ],
    references: [
      "https://intercom.help/boostnote-for-teams/en/articles/4590937-public-api-documentation",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/boostnote.yml",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/boostnote",
    ],
  },
];
