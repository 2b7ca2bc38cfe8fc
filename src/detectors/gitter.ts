import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "gitter-access-token",
    name: "Gitter access token",
    vendor: "Gitter",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Gitter is a developer chat service, now part of the Matrix/Element network. Personal access tokens are 40 hexadecimal characters sent as a Bearer token; they act as the user. They are recognised next to a Gitter name.",
    security: [
      "Private rooms and direct messages of the user can be read.",
      "Messages can be posted as the user.",
    ],
    mitigation: {
      revoke:
        "Sign in at developer.gitter.im and revoke the personal access token (or the OAuth application).",
      revokeUrl: "https://developer.gitter.im/apps",
    },
    keywords: ["gitter"],
    pattern: new RegExp(
      `${vendorPhrase(["gitter"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads the token owner's own user record: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.gitter.im/v1/user/me",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `GITTER_API_KEY=${randomChars("hexLower", 40, "gitter-access-token-1")}`,
      () => `{"gitterApiKey": "${randomChars("hexLower", 40, "gitter-access-token-2")}"}`,
      () => `const gitterToken = "${randomChars("hexLower", 40, "gitter-access-token-3")}";`,
    ],
    negatives: [
      "GITTER_API_KEY=<your Gitter API key>",
      () => `gitter_api_key: ${randomChars("hexLower", 36, "gitter-access-token-short")}`,
    ],
    references: ["https://developer.gitter.im/docs/authentication"],
  },
];
