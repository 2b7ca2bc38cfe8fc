import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "platformsh-api-token",
    name: "Upsun (Platform.sh) API token",
    vendor: "Platform.sh",
    family: "API Token",
    severity: "critical",
    confidence: "medium",
    description:
      "Upsun, formerly Platform.sh, hosts applications in git-driven environments. API tokens (set as PLATFORMSH_CLI_TOKEN or UPSUN_CLI_TOKEN for the CLI) act with the user's rights on every project they can reach.",
    security: [
      "Environments can be branched, redeployed or deleted, and code pushed to production.",
      "Environment variables, which often hold database passwords and third-party secrets, can be read.",
    ],
    mitigation: {
      revoke:
        "In the Console open My profile > API Tokens and delete the token; create a new one for the CI that needs it.",
      revokeUrl: "https://docs.upsun.com/administration/cli/api-tokens.html",
      audit:
        "Review each project's activity log for deployments, variable changes and backups during the exposure window.",
      bestPractices: [
        "use a machine user with the viewer or contributor role on only the projects it deploys",
      ],
    },
    keywords: ["platformsh", "platform_sh", "upsun"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["platformsh", "platform_sh", "upsun"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{40,64})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `PLATFORMSH_CLI_TOKEN=${randomChars("base64url", 43, "platformsh-api-token-1")}`,
      () => `platformsh_cli_token: "${randomChars("base64url", 43, "platformsh-api-token-2")}"`,
      () => `const platformshCliToken = "${randomChars("base64url", 43, "platformsh-api-token-3")}";`,
    ],
    negatives: [
      "PLATFORMSH_CLI_TOKEN=your_platformsh_cli_token_here",
      () => `PLATFORMSH_CLI_TOKEN=${randomChars("base64url", 30, "psh-short")}`,
    ],
    references: [
      "https://docs.upsun.com/administration/cli/api-tokens.html",
      "https://docs.platform.sh/administration/cli/api-tokens.html",
    ],
  },
];
