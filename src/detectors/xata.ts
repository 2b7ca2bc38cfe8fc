import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string, length = 33) => `xau_${randomChars("alnum", length, label)}`;

export const detectors: Detector[] = [
  {
    id: "xata-api-key",
    name: "Xata API key",
    vendor: "Xata",
    family: "API Key",
    severity: "high",
    description:
      "Xata is a serverless PostgreSQL data platform with branching, search and file attachments. API keys (xau_) authenticate the Xata API, SDK and CLI as the user or workspace that created them.",
    security: [
      "An attacker can read, change and delete the data of every database in the workspaces the key reaches.",
      "Branches, schemas and workspace members can be changed, and databases deleted.",
    ],
    mitigation: {
      revoke:
        "In the Xata dashboard open Account settings > Personal API keys (or the workspace's Settings > API keys), find the key by name and delete it; create a new key and update XATA_API_KEY where it is used.",
      revokeUrl: "https://app.xata.io/settings",
      audit:
        "Review the workspace's databases, branches and members for changes made during the exposure window.",
      bestPractices: [
        "use workspace API keys limited to the databases an application needs",
        "keep XATA_API_KEY in server-side environment variables, never in browser bundles",
      ],
    },
    keywords: ["xau_"],
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>xau_[A-Za-z0-9]{32,40})(?![A-Za-z0-9_])/,
    // Reads the profile of the key's own user.
    verify: bearerCheck("https://api.xata.io/user", { live: [200], dead: [401, 403] }),
    examples: [
      () => `XATA_API_KEY=${key("xata-1")}`,
      () => `const xata = new XataClient({ apiKey: "${key("xata-2")}", branch: "main" });`,
    ],
    negatives: ["XATA_API_KEY=xau_<your-api-key>", () => `XATA_API_KEY=${key("xata-short", 20)}`],
    references: ["https://xata.io/docs/concepts/api-keys"],
  },
];
