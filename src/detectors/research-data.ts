import { mentionRequired } from "../catalog/nearby.js";
import { ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars, randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/*
 * Services of research computing: NCBI's E-utilities, REDCap (clinical and survey data),
 * Neptune (ML experiment tracking) and anaconda.org private channels.
 */

/** R's assignment, `token <- "..."`: REDCap's R clients (REDCapR, redcapAPI) are used as much as PyCap. */
const R_ASSIGN = String.raw`[ \t]{1,4}<-[ \t]{1,4}["']`;

const neptuneToken = (label: string) =>
  Buffer.from(
    JSON.stringify({
      api_address: "https://app.neptune.ai",
      api_url: "https://app.neptune.ai",
      api_key: randomUuid(label),
    }),
  ).toString("base64");

export const detectors: Detector[] = [
  {
    id: "ncbi-api-key",
    name: "NCBI E-utilities API key",
    vendor: "NCBI (NIH)",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "The US National Center for Biotechnology Information's API key (36 hexadecimal characters) raises an account's E-utilities and Datasets rate limit. Recognised under NCBI_API_KEY or ENTREZ_KEY, in rentrez's set_entrez_key() and Biopython's Entrez.api_key.",
    security: [
      "Requests made with the key count against its owner's rate limit and are attributed to the owner's NCBI account; abuse can get the key or account blocked.",
    ],
    mitigation: {
      revoke:
        "Sign in to NCBI, open Account settings > API Key Management, replace the key, and update the scripts and .Renviron files that use it.",
      revokeUrl: "https://support.nlm.nih.gov/kbArticle/?pn=KA-05317",
      audit: "NCBI shows no per-key usage; watch for rate-limit errors your own jobs do not explain.",
      bestPractices: ["keep the key in ~/.Renviron or the environment, outside shared notebooks and scripts"],
    },
    keywords: ["ncbi", "entrez"],
    pattern: new RegExp(
      `(?:(?:(?<![A-Za-z0-9])(?:${commonCases("ncbi")})[_.-]?(?:${commonCases("api")})?[_.-]?(?:${commonCases("key")})|(?<![A-Za-z0-9])(?:ENTREZ_KEY|Entrez\\.api_key))${ASSIGN_LOOSE}|set_entrez_key\\([ \\t]{0,3}["'])(?<secret>[0-9a-f]{36})${TOKEN_END}`,
    ),
    examples: [
      () => `ENTREZ_KEY=${randomChars("hexLower", 36, "ncbi-1")}`,
      () => `set_entrez_key("${randomChars("hexLower", 36, "ncbi-2")}")`,
      () => `Entrez.api_key = "${randomChars("hexLower", 36, "ncbi-3")}"`,
      () => `NCBI_API_KEY: ${randomChars("hexLower", 36, "ncbi-4")}`,
    ],
    negatives: ['Entrez.api_key = os.environ["NCBI_API_KEY"]', "NCBI_API_KEY=ABCD123"],
    references: ["https://support.nlm.nih.gov/kbArticle/?pn=KA-05317"],
  },
  {
    id: "redcap-api-token",
    name: "REDCap API token",
    vendor: "REDCap (Vanderbilt)",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "REDCap, the research data capture platform of hospitals and universities, gives each user of each project an API token of 32 upper-case hexadecimal characters. The token has no prefix, so it is recognised where the code names REDCap nearby (its API's URL, a REDCapR or PyCap call).",
    security: [
      "The token exports the project's records (often identifiable clinical or survey data), and with import rights changes them, as the user it was issued to.",
    ],
    mitigation: {
      revoke:
        "In the REDCap project open API, then regenerate (or delete) the token; update the scripts that use it. A project's administrators can revoke any user's token.",
      revokeUrl: "https://redcap.vumc.org/",
      audit:
        "Review the project's Logging page for API exports and imports made with the token during the exposure; participant data read with it is a breach to assess.",
      bestPractices: [
        "keep tokens in .Renviron, the environment or a keyring, never in analysis scripts that are shared",
      ],
    },
    keywords: ["redcap"],
    window: { before: 400, after: 600, multiline: true },
    pattern: new RegExp(
      `(?:(?<![\\w$])(?:${commonCases("token", "api_token", "apiToken", "key")})|["'][\\w .-]{1,40}["'])(?:${ASSIGN_LOOSE}|${R_ASSIGN})(?<secret>[0-9A-F]{32})${TOKEN_END}`,
    ),
    validate: mentionRequired(/redcap/i, 400, 600, "no mention of REDCap near the token"),
    examples: [
      () =>
        `uri   <- "https://redcap.example-university.edu/api/"\ntoken <- "${randomChars("hexUpper", 32, "redcap-1")}"`,
      () =>
        `import redcap\nARM_TOKENS = {\n    "baseline": "${randomChars("hexUpper", 32, "redcap-2")}",\n}\nproject = redcap.Project(URL, ARM_TOKENS["baseline"])`,
    ],
    negatives: [
      'token <- Sys.getenv("REDCAP_API_TOKEN")',
      () => `# redcap export\nsha = "${randomChars("hexLower", 32, "redcap-n1")}"`,
    ],
    references: ["https://ouhscbbmc.github.io/REDCapR/articles/SecurityDatabase.html"],
  },
  {
    id: "neptune-api-token",
    name: "Neptune.ai API token",
    vendor: "Neptune.ai",
    family: "API Token",
    severity: "high",
    confidence: "high",
    description:
      'Neptune.ai tracks machine-learning experiments. Its API tokens are base64 of a small JSON document naming the API\'s address and the key, so they begin eyJhcGlfYWRkcmVzcyI6 ({"api_address":); the token is checked by decoding it.',
    security: [
      "The token reads and changes the workspace's projects and runs: metrics, logged artifacts and data, source snapshots, and the parameters of every experiment.",
    ],
    mitigation: {
      revoke:
        "In the Neptune app open your user menu > Get your API token and reset it (for a service account, its settings), then update the jobs and notebooks that use it.",
      revokeUrl: "https://docs.neptune.ai/setup/setting_api_token/",
      audit: "Review the workspace's projects for runs and changes you did not make during the exposure.",
      bestPractices: [
        "set NEPTUNE_API_TOKEN in the environment rather than in init_run() calls in notebooks",
      ],
    },
    keywords: ["eyJhcGlfYWRkcmVzcyI6"],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/]{40,400}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (secret) => {
      try {
        const claims = JSON.parse(Buffer.from(secret, "base64").toString("utf8")) as Record<string, unknown>;
        return typeof claims.api_key === "string" && claims.api_key.length >= 16
          ? true
          : "no api_key in the decoded token";
      } catch {
        return "does not decode to JSON";
      }
    },
    examples: [
      () => `run = neptune.init_run(project="lab/abstracts", api_token="${neptuneToken("neptune-1")}")`,
      () => `NEPTUNE_API_TOKEN=${neptuneToken("neptune-2")}`,
    ],
    negatives: [
      `NEPTUNE_API_TOKEN=${Buffer.from('{"api_address":"https://app.neptune.ai"}').toString("base64")}`,
    ],
    references: ["https://docs.neptune.ai/setup/setting_api_token/"],
  },
  {
    id: "anaconda-channel-token",
    name: "anaconda.org access token in a channel URL",
    vendor: "Anaconda",
    family: "Access Token",
    severity: "medium",
    confidence: "high",
    description:
      "anaconda.org gives access to private channels and packages with tokens (two letters, a hyphen and a UUID) that conda takes inside the channel's URL: https://conda.anaconda.org/t/<token>/<channel>, in .condarc, environment.yml files and install scripts.",
    security: [
      "The token downloads the private channel's packages, and with write scopes uploads new ones that every environment using the channel then installs.",
    ],
    mitigation: {
      revoke:
        "On anaconda.org open Settings > Access, revoke the token and create one with the scopes needed; update the .condarc files and CI variables that hold it.",
      revokeUrl: "https://docs.anaconda.com/anacondaorg/user-guide/work-with-tokens/",
      audit: "Review the channel's packages for uploads you did not make and its download statistics.",
      bestPractices: [
        "give installs a read-only token, kept in conda's configuration outside the repository",
      ],
    },
    keywords: ["anaconda.org/t/", "anaconda.cloud/t/"],
    pattern:
      /anaconda\.(?:org|cloud)\/t\/(?<secret>[A-Za-z]{2}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\//,
    examples: [
      () =>
        `channels:\n  - https://conda.anaconda.org/t/${randomChars("alpha", 2, "anaconda-1p")}-${randomUuid("anaconda-1")}/lab-private\n  - conda-forge`,
    ],
    negatives: ["  - https://conda.anaconda.org/t/<TOKEN>/lab-private"],
    references: ["https://docs.anaconda.com/anacondaorg/user-guide/work-with-tokens/"],
  },
];
