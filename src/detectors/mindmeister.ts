import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "mindmeister-access-token",
    name: "MindMeister personal access token",
    vendor: "MindMeister",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "MindMeister, by Meister, is an online mind-mapping tool. Personal access tokens are 43 letters and digits sent as a Bearer token, with the user's access to maps; they are recognised next to a MindMeister name.",
    security: [
      "The user's mind maps, often plans and meeting notes, can be read and exported.",
      "Maps can be changed or deleted.",
    ],
    mitigation: {
      revoke: "In Meister open Account settings > Developers (Personal Access Tokens) and revoke the token.",
      revokeUrl: "https://accounts.meister.co/settings/api",
    },
    keywords: ["mindmeister", "mind_meister"],
    pattern: new RegExp(
      `${vendorName(["mindmeister", "mindMeister", "mind_meister"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `MINDMEISTER_API_KEY=${randomChars("alnum", 43, "mindmeister-access-token-1")}`,
      () => `{"mindmeisterApiKey": "${randomChars("alnum", 43, "mindmeister-access-token-2")}"}`,
      () => `const mindmeisterToken = "${randomChars("alnum", 43, "mindmeister-access-token-3")}";`,
    ],
    negatives: [
      "MINDMEISTER_API_KEY=<your MindMeister API key>",
      () => `mindmeister_api_key: ${randomChars("alnum", 39, "mindmeister-access-token-short")}`,
    ],
    references: ["https://developers.mindmeister.com/docs/authentication"],
  },
];
