import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "meistertask-access-token",
    name: "MeisterTask personal access token",
    vendor: "MeisterTask",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "MeisterTask, by Meister, is a task and project management tool. Personal access tokens are 43 letters and digits sent as a Bearer token, with the user's access; they are recognised next to a MeisterTask name.",
    security: [
      "Projects, tasks, comments and attachments of the user can be read.",
      "Tasks and projects can be created, changed or deleted.",
    ],
    mitigation: {
      revoke: "In Meister open Account settings > Developers (Personal Access Tokens) and revoke the token.",
      revokeUrl: "https://accounts.meister.co/settings/api",
    },
    keywords: ["meistertask", "meister_task"],
    pattern: new RegExp(
      `${vendorName(["meistertask", "meisterTask", "meister_task"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists projects: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://www.meistertask.com/api/projects",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `MEISTERTASK_API_KEY=${randomChars("alnum", 43, "meistertask-access-token-1")}`,
      () => `{"meistertaskApiKey": "${randomChars("alnum", 43, "meistertask-access-token-2")}"}`,
      () => `const meistertaskToken = "${randomChars("alnum", 43, "meistertask-access-token-3")}";`,
    ],
    negatives: [
      "MEISTERTASK_API_KEY=<your MeisterTask API key>",
      () => `meistertask_api_key: ${randomChars("alnum", 39, "meistertask-access-token-short")}`,
    ],
    references: ["https://developers.meistertask.com/reference/authentication"],
  },
];
