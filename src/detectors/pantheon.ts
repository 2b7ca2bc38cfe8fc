import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pantheon-machine-token",
    name: "Pantheon machine token",
    vendor: "Pantheon",
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description:
      "Pantheon hosts WordPress and Drupal sites. Machine tokens authenticate the Terminus CLI and CI with the full rights of the user who created them on every site and organization they belong to.",
    security: [
      "Site code, databases and files can be downloaded from every environment the user can reach.",
      "Code can be deployed to live environments and sites' settings changed.",
    ],
    mitigation: {
      revoke:
        "In the Pantheon dashboard open Personal Settings > Machine Tokens and Revoke the token; create a new one for the CI that needs it.",
      revokeUrl: "https://docs.pantheon.io/machine-tokens",
      audit:
        "Review each site's workflow log (Terminus workflow:list) for deploys, clones and backups during the exposure window.",
      bestPractices: [
        "create machine tokens for a dedicated CI user with access to only the sites it deploys",
      ],
    },
    keywords: ["pantheon", "terminus"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["pantheon", "terminus"], ["token", "machine_token", "machineToken"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{40,64})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `PANTHEON_MACHINE_TOKEN=${randomChars("base64url", 43, "pantheon-machine-token-1")}`,
      () => `pantheon_machine_token: "${randomChars("base64url", 43, "pantheon-machine-token-2")}"`,
      () => `const pantheonMachineToken = "${randomChars("base64url", 43, "pantheon-machine-token-3")}";`,
    ],
    negatives: [
      "PANTHEON_MACHINE_TOKEN=your_pantheon_machine_token_here",
      () => `PANTHEON_MACHINE_TOKEN=${randomChars("base64url", 30, "pantheon-short")}`,
    ],
    references: [
      "https://docs.pantheon.io/machine-tokens",
      "https://docs.pantheon.io/terminus/install#machine-token",
    ],
  },
];
