import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "kanbantool-api-token",
    name: "Kanban Tool API token",
    vendor: "Kanban Tool",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Kanban Tool is an online kanban board service. API tokens are 12 upper-case letters and digits used with the account's subdomain; they are short, so only a Kanban Tool name marks them.",
    security: [
      "Boards, tasks and comments of the user can be read.",
      "Tasks can be created, moved or deleted.",
    ],
    mitigation: {
      revoke: "In Kanban Tool open My Profile > API access and regenerate the token.",
      revokeUrl: "https://kanbantool.com/developer/api-v3",
    },
    keywords: ["kanbantool", "kanban_tool"],
    pattern: new RegExp(
      `${vendorName(["kanbantool", "kanbanTool", "kanban_tool"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{12})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `KANBANTOOL_API_KEY=${randomChars("upperAlnum", 12, "kanbantool-api-token-1")}`,
      () => `{"kanbantoolApiKey": "${randomChars("upperAlnum", 12, "kanbantool-api-token-2")}"}`,
      () => `const kanbantoolToken = "${randomChars("upperAlnum", 12, "kanbantool-api-token-3")}";`,
    ],
    negatives: [
      "KANBANTOOL_API_KEY=<your Kanban Tool API key>",
      () => `kanbantool_api_key: ${randomChars("upperAlnum", 9, "kanbantool-api-token-short")}`,
    ],
    references: ["https://kanbantool.com/developer/api-v3"],
  },
];
