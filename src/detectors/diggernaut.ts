import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "diggernaut-api-key",
    name: "Diggernaut API key",
    vendor: "Diggernaut",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Diggernaut is a cloud web-scraping service. Its API key is 40 lower-case letters and digits without a prefix, sent as `Authorization: Token <key>`, so it is recognised next to a Diggernaut name.",
    security: [
      "The account's scrapers (diggers) can be listed, started and stopped, spending its paid run time.",
      "Scraped datasets stored in the account can be downloaded.",
    ],
    mitigation: {
      revoke:
        "Sign in to Diggernaut, open the account settings and regenerate the API key, which invalidates the old one; update the scripts that use it.",
      revokeUrl: "https://www.diggernaut.com/dashboard/settings/",
      audit: "Check the diggers' run history for sessions you did not start.",
    },
    keywords: ["diggernaut"],
    pattern: new RegExp(
      `(?:DIGGERNAUT|[Dd]iggernaut)${NAME_TAIL_ASSIGN_OR_CALL}(?:Token\\s{1,3})?(?<secret>[a-z0-9]{40})${TOKEN_END}`,
    ),
    // Lists the account's projects: a read that starts no scraper.
    verify: {
      method: "GET",
      url: "https://www.diggernaut.com/api/projects",
      headers: { Authorization: "Token {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `DIGGERNAUT_API_KEY=${randomChars("lowerAlnum", 40, "digg-1")}`,
      () => `diggernaut_token: "${randomChars("lowerAlnum", 40, "digg-2")}"`,
    ],
    negatives: [
      "DIGGERNAUT_API_KEY=<your diggernaut key>",
      () => `DIGGERNAUT_API_KEY=${randomChars("lowerAlnum", 32, "digg-short")}`,
    ],
    references: ["https://www.diggernaut.com/dev/api-endpoints.html"],
  },
];
