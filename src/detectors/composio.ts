import { randomnessReason } from "../catalog/language.js";
import { TOKEN_END, TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `ak_${randomChars("base64url", 20, label)}`;

export const detectors: Detector[] = [
  {
    id: "composio-api-key",
    name: "Composio project API key",
    vendor: "Composio",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Composio is a tool-calling platform that lets AI agents act on third-party applications (GitHub, Gmail, Slack, Notion and hundreds more) through accounts that end users connect to it. Its project API keys, read from COMPOSIO_API_KEY and sent in the x-api-key header, are ak_ followed by 20 URL-safe base64 characters; the short prefix is recognised next to a Composio name or host.",
    security: [
      "Tools can be executed on every account connected to the project, reading mail, repositories and documents or acting in them as the end users.",
      "Auth configs, connected accounts and triggers of the project can be listed, changed or deleted.",
      "Tool executions made with the key count against the owner's plan.",
    ],
    mitigation: {
      revoke:
        "Sign in to composio.dev, open Settings, then Project Settings, and delete or regenerate the leaked key in the API Keys section; update COMPOSIO_API_KEY wherever it is deployed. Review the project's connected accounts afterwards.",
      revokeUrl: "https://app.composio.dev/settings",
      audit:
        "Review the project's execution logs and connected accounts for tool calls and connections made during the exposure window.",
      bestPractices: [
        "use scoped project keys that reach only the tools an application needs",
        "restrict keys with the per-key IP allowlist where the caller's addresses are known",
      ],
    },
    keywords: ["composio"],
    // `COMPOSIO_API_KEY=ak_…` or a key next to `composio` / `backend.composio.dev` on nearby lines.
    window: { before: 300, after: 300, multiline: true },
    pattern: new RegExp(`${TOKEN_START}(?<secret>ak_[A-Za-z0-9_-]{20})${TOKEN_END}`),
    // A generated body is random; `ak_live_fake_key_for` spells its purpose out in words.
    validate: (secret) => randomnessReason(secret.slice(3)) ?? true,
    examples: [
      () => `COMPOSIO_API_KEY=${key("composio-1")}`,
      () => `from composio import Composio\n\ncomposio = Composio(api_key="${key("composio-2")}")`,
      () => `const composio = new Composio({ apiKey: "${key("composio-3")}" });`,
      () => `composio:\n  api_key: '${key("composio-4")}'`,
    ],
    negatives: [
      "COMPOSIO_API_KEY=ak_your_key_here",
      "COMPOSIO_API_KEY=ak_xxxxxxxxxxxxxxxx",
      'const API_KEY: &str = "ak_live_fake_key_for_ab"; // composio',
      () => `COMPOSIO_API_KEY=ak_${randomChars("base64url", 14, "composio-short")}`,
      // The same shape far from any Composio name is not claimed.
      () => `ACCESS_KEY=${key("composio-nocontext")}`,
    ],
    references: [
      "https://docs.composio.dev/reference/authenticating-to-composio",
      "https://docs.composio.dev/patterns/howtos/get_api_key",
    ],
  },
];
