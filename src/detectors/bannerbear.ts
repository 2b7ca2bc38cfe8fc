import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Bannerbear";

export const detectors: Detector[] = [
  {
    id: "bannerbear-api-key",
    name: "Bannerbear API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Bannerbear generates images, videos and PDFs from templates through an API. Project API keys are 24 characters: 22 letters and digits followed by tt, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Bannerbear.",
    security: [
      "Templates of the project can be read, changed or deleted.",
      "Images and videos can be generated against the project's paid quota.",
    ],
    mitigation: {
      revoke:
        "In Bannerbear open the project's Settings, find the API key and reset it; update the applications that used it.",
      revokeUrl: "https://app.bannerbear.com/projects",
      audit: "Review the project's API logs and generated images for requests you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["bannerbear"],
    pattern: new RegExp(
      `${vendorPhrase(["bannerbear", "bannerBear"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{22}tt)${TOKEN_END}`,
    ),
    // Checks that the key authenticates and names its project: a read that renders nothing.
    verify: {
      method: "GET",
      url: "https://api.bannerbear.com/v2/auth",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `BANNERBEAR_API_KEY=${randomChars("alnum", 22, "bannerbear-api-key-1")}tt`,
      () => `bannerbear_api_key: "${randomChars("alnum", 22, "bannerbear-api-key-2")}tt"`,
      () => `const bannerbearApiKey = "${randomChars("alnum", 22, "bannerbear-api-key-3")}tt";`,
    ],
    negatives: [
      "BANNERBEAR_API_KEY=<your API key>",
      () => `BANNERBEAR_API_KEY=${randomChars("alnum", 18, "bannerbear-api-key-short")}tt`,
    ],
    references: [
      "https://developers.bannerbear.com/#authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/bannerbear",
    ],
  },
];
