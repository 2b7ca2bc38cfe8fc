import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** Four groups of seven base32 characters, as Helicone generates its keys. */
const body = (label: string) =>
  [0, 1, 2, 3].map((i) => randomChars("abcdefghijklmnopqrstuvwxyz234567", 7, `${label}-${i}`)).join("-");

export const detectors: Detector[] = [
  {
    id: "helicone-api-key",
    name: "Helicone API key",
    vendor: "Helicone",
    family: "API Key",
    severity: "high",
    description:
      "Helicone is an observability gateway for LLM applications: requests to OpenAI, Anthropic and other providers pass through it (Helicone-Auth: Bearer <key>) or are logged to it, with their prompts and completions. Its keys are sk-helicone- (write) or pk-helicone- (read), optionally eu- or proxy-, then four dash-separated groups of seven lower-case letters and digits (base32).",
    security: [
      "The key reads the organization's request logs: every prompt and completion the applications sent, with users' messages, documents and any secrets pasted into them.",
      "A write key logs requests into the organization and, through the gateway, spends the provider keys stored in Helicone's vault.",
    ],
    mitigation: {
      revoke:
        "In the Helicone dashboard open Settings > API Keys, delete the leaked key and create a new one; update the gateway headers and SDK configuration that use it.",
      revokeUrl: "https://us.helicone.ai/settings/api-keys",
      audit:
        "Review the organization's request log for requests from unknown sources, and which logged prompts the key could read during the exposure window.",
      bestPractices: [
        "give dashboards and read-only tools pk- keys, and servers their own sk- key",
        "omit or redact sensitive prompts from logging (Helicone-Omit-Request and Helicone-Omit-Response headers)",
      ],
    },
    keywords: ["k-helicone-"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>[sp]k-helicone-(?:eu-|proxy-)?[a-z0-9]{7}(?:-[a-z0-9]{7}){3})(?![A-Za-z0-9_-])/,
    examples: [
      () => `HELICONE_API_KEY=sk-helicone-${body("helicone-1")}`,
      () => `{ "name": "Helicone-Auth", "value": "Bearer sk-helicone-${body("helicone-2")}" }`,
      () => `headers = {"Helicone-Auth": "Bearer pk-helicone-eu-${body("helicone-3")}"}`,
    ],
    negatives: [
      "HELICONE_API_KEY=sk-helicone-...",
      "HELICONE_API_KEY=sk-helicone-xxxxxxx-xxxxxxx-xxxxxxx-xxxxxxx",
      () => `sk-helicone-${randomChars("lower", 12, "helicone-short")}`,
    ],
    references: ["https://docs.helicone.ai/getting-started/quick-start"],
  },
];
