import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "virustotal-api-key",
    name: "VirusTotal API key",
    vendor: "VirusTotal",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "VirusTotal (Google) analyses files and URLs with many antivirus engines. Its API key (64 hexadecimal characters, sent as x-apikey) carries the user's quota and, for premium accounts, Intelligence search, downloads and hunting rules.",
    security: [
      "The user's quota, or a premium account's paid Intelligence searches and file downloads, can be consumed.",
      "Private hunting rules, retrohunt jobs and collections of the account can be read.",
    ],
    mitigation: {
      revoke:
        "In VirusTotal open your profile > API Key and reset it; update the tools and integrations that use it.",
      revokeUrl: "https://www.virustotal.com/gui/my-apikey",
      audit: "Review the account's API usage graphs (and group usage for premium) for the exposure window.",
      bestPractices: ["use one key per integration through group service accounts"],
    },
    keywords: ["virustotal", "virus_total"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["virustotal", "virus_total", "virusTotal"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `VIRUSTOTAL_API_KEY=${randomChars("hexLower", 64, "virustotal-api-key-1")}`,
      () => `virustotal_api_key: "${randomChars("hexLower", 64, "virustotal-api-key-2")}"`,
      () => `const virustotalApiKey = "${randomChars("hexLower", 64, "virustotal-api-key-3")}";`,
    ],
    negatives: [
      "VIRUSTOTAL_API_KEY=your_virustotal_api_key_here",
      () => `VIRUSTOTAL_API_KEY=${randomChars("hexLower", 61, "virustotal-api-key-short")}`,
      () => `VIRUSTOTAL_URL=${randomChars("hexLower", 64, "virustotal-api-key-noname")}`,
    ],
    references: [
      "https://docs.virustotal.com/reference/authentication",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/virustotal.yml",
    ],
  },
];
