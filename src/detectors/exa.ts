import { ASSIGN_LOOSE, UUID } from "../catalog/patterns.js";
import { randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/**
 * `EXA`/`Exa`/`exa` as a whole word at the start of a name (not `example`, `EXAMPLE`, `hexa`),
 * then the rest of the name up to a kind: `EXA_API_KEY`, `exaApiKey`, `exa.api_key`.
 */
const EXA_NAME =
  "(?:EXA(?![A-Za-z])|[Ee]xa(?![a-z]))(?<![A-Za-z0-9](?:EXA|[Ee]xa))[A-Za-z0-9_.-]{0,24}?(?:key|Key|KEY|token|Token|TOKEN)";
/** The SDK client: `Exa("…")`, `Exa(api_key="…")`, `new Exa({ apiKey: "…" })`. */
const EXA_CLIENT = String.raw`Exa\((?<![A-Za-z0-9_]Exa\()[ \t]{0,3}(?:\{[ \t]{0,3})?(?:api_?[Kk]ey[ \t]{0,2}[=:][ \t]{0,2})?["']`;

export const detectors: Detector[] = [
  {
    id: "exa-api-key",
    name: "Exa API key",
    vendor: "Exa",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Exa (formerly Metaphor) is a web search engine built for AI applications: its API returns search results, page contents, answers and research for LLM agents, and is billed per request. Its API keys are UUIDs, sent in the x-api-key header and read from EXA_API_KEY by the exa-py and exa-js SDKs; a UUID has no prefix, so the key is recognised by the name it is assigned to or by the Exa client it is passed to.",
    security: [
      "Searches, content retrieval and research tasks run with the key are billed to the owner's Exa account.",
      "The account's Websets and research results can be read.",
      "Abuse sent through the key is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Exa dashboard, open API Keys, delete the leaked key and create a new one; update EXA_API_KEY wherever it is deployed.",
      revokeUrl: "https://dashboard.exa.ai",
      audit: "Review the dashboard's usage and billing for requests made during the exposure window.",
      bestPractices: [
        "read the key from EXA_API_KEY rather than passing it to Exa(...) in code",
        "create one key per application, so that one can be deleted without the others",
      ],
    },
    keywords: ["exa_", "exa-", "exa.", "exa(", "exaapi", "exakey", "exatoken"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    pattern: new RegExp(`(?:${EXA_NAME}${ASSIGN_LOOSE}|${EXA_CLIENT})(?<secret>${UUID})(?![A-Za-z0-9-])`),
    examples: [
      () => `EXA_API_KEY=${randomUuid("exa-1")}`,
      () => `from exa_py import Exa\n\nexa = Exa(api_key="${randomUuid("exa-2")}")`,
      () => `const exa = new Exa("${randomUuid("exa-3")}");`,
      () => `search:\n  exa_api_key: '${randomUuid("exa-4")}'`,
    ],
    negatives: [
      'exa = Exa(api_key="your-api-key")',
      "EXA_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      // Names that merely begin with the same letters.
      () => `EXAMPLE_API_KEY=${randomUuid("exa-example")}`,
      () => `example_key = "${randomUuid("exa-example-2")}"`,
      () => `EXA_API_KEY=${randomUuid("exa-short").slice(0, 30)}`,
    ],
    references: ["https://exa.ai", "https://github.com/exa-labs/exa-py"],
  },
];
