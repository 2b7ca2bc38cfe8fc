import { mentionedNear } from "../catalog/nearby.js";
import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, MatchContext } from "../catalog/types.js";

const ALGOLIA = anyCase("algolia");
const KEY = `(?<secret>[a-f0-9]{32})${TOKEN_END}`;

/** An application ID: 10 upper-case letters and digits, set next to its name or as algoliasearch's first argument. */
const APP_ID =
  /(?:app(?:lication)?[_-]?id["']?[ \t]{0,4}[:=][ \t]{0,4}["']?|algoliasearch\([ \t]{0,4}["'])[A-Z0-9]{10}(?![A-Za-z0-9])/i;
/** Whether an application ID appears within 1 KB of the match (until the engine reports companions). */
const appIdNearby = (context: MatchContext) => mentionedNear(context, APP_ID, 1024);

const about =
  "Algolia is a hosted search and recommendation API; each application has an ID and several API keys with different rights.";
const appId = (label: string) => randomChars("upperAlnum", 10, label);
const keysPage = "https://dashboard.algolia.com/account/api-keys/all";
const audit =
  "Review the application's API logs (Dashboard > Monitoring / Search API logs) for indexing operations, settings changes and key creation you did not make, and compare record counts of your indices.";
const window = { before: 1024, after: 1024, multiline: true } as const;

export const detectors: Detector[] = [
  {
    id: "algolia-admin-api-key",
    name: "Algolia admin API key",
    vendor: "Algolia",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} The admin API key (32 hexadecimal characters) has every right on the application: indexing, settings, analytics and API key management. It is only usable with the application ID, which is required nearby.`,
    security: [
      "An attacker can delete or overwrite every index, taking search offline or injecting content.",
      "All records, including fields hidden from search results, can be browsed and exported.",
      "New API keys can be created for lasting access, and the application's usage billed to you.",
    ],
    mitigation: {
      revoke:
        'In the Algolia Dashboard go to Settings > API Keys, and next to the Admin API Key click "Regenerate"; update every backend that uses it. Then review the All API Keys tab for keys you did not create and delete them.',
      revokeUrl: keysPage,
      audit,
      bestPractices: [
        "never use the admin key in applications: create keys restricted to the ACLs and indices they need",
        "give front-ends only search-only or secured API keys",
      ],
    },
    keywords: ["algolia"],
    window,
    pattern: new RegExp(
      `${ALGOLIA}[A-Za-z0-9_.-]{0,24}(?:${anyCase("admin")}|${anyCase("write")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}${KEY}`,
    ),
    // A name that says Algolia and admin (or write) is enough: the application ID is public (it
    // ships in every front-end), so the key alone opens the indices. Verified only with the ID.
    companions: [{ name: "application ID", pattern: APP_ID }],
    // Reads the key's own ACL (any key may read its own): a GET that runs no search, so it is not
    // counted as a search request.
    verify: {
      method: "GET",
      url: "https://{companion:application ID}-dsn.algolia.net/1/keys/{secret}",
      headers: { "X-Algolia-Application-Id": "{companion:application ID}", "X-Algolia-API-Key": "{secret}" },
      live: [200],
      dead: [403],
      liveRequires: { field: "acl" },
    },
    examples: [
      () =>
        `ALGOLIA_APP_ID=${appId("alg-1")}\nALGOLIA_ADMIN_API_KEY=${randomChars("hexLower", 32, "alg-admin-1")}`,
      () =>
        `algolia:\n  application_id: "${appId("alg-2")}"\n  algolia_admin_key: "${randomChars("hexLower", 32, "alg-admin-2")}"`,
      () => `ALGOLIA_ADMIN_API_KEY=${randomChars("hexLower", 32, "alg-admin-alone")}`,
    ],
    negatives: [
      () => `ALGOLIA_APP_ID=${appId("alg-neg")}\nALGOLIA_ADMIN_API_KEY=YourAdminAPIKey`,
      () => `ALGOLIA_ADMIN_API_KEY=${randomChars("hexLower", 24, "alg-admin-short")}`,
    ],
    references: [
      "https://www.algolia.com/doc/guides/security/api-keys/",
      "https://www.algolia.com/doc/rest-api/search/#tag/Api-Keys/operation/getApiKey",
    ],
  },
  {
    id: "algolia-search-api-key",
    name: "Algolia search-only API key",
    vendor: "Algolia",
    family: "API Key",
    severity: "info",
    confidence: "medium",
    description: `${about} Search-only API keys are meant for front-end code: they can only search the indices they are allowed to, so finding one is low risk unless its rights were widened. Being public by design, it is at info severity: scans report it only when asked (\`--severity info\`, or the detector named with \`--detectors\`), for an inventory of which accounts a code base talks to.`,
    security: [
      "Anyone can run searches on your quota, which costs money on usage-based plans.",
      "If the key was given more ACLs than search, it can expose or change data.",
    ],
    mitigation: {
      revoke:
        "If the key is abused or has more than the search ACL, delete it in the Algolia Dashboard under Settings > API Keys > All API Keys and create a restricted replacement (rate limit, referrers, indices).",
      revokeUrl: keysPage,
      audit,
      bestPractices: [
        "set a rate limit and HTTP referrer restrictions on search keys",
        "use secured API keys for per-user filtering",
      ],
    },
    keywords: ["algolia"],
    pattern: new RegExp(
      `${ALGOLIA}[A-Za-z0-9_.-]{0,24}${anyCase("search")}[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}${KEY}`,
    ),
    examples: [
      () => `NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=${randomChars("hexLower", 32, "alg-search-1")}`,
      () => `algoliaSearchApiKey: '${randomChars("hexLower", 32, "alg-search-2")}',`,
    ],
    negatives: [
      "ALGOLIA_SEARCH_KEY=YourSearchOnlyAPIKey",
      () => `ALGOLIA_SEARCH_INDEX=${randomChars("lowerAlnum", 12, "alg-index")}`,
    ],
    references: ["https://www.algolia.com/doc/guides/security/api-keys/"],
  },
  {
    id: "algolia-api-key",
    name: "Algolia API key (rights unknown)",
    vendor: "Algolia",
    family: "API Key",
    severity: "high",
    confidence: "low",
    description: `${about} A 32-character key set as an Algolia API key, or passed to algoliasearch() with an application ID, whose rights cannot be told from its name; it may be the admin key.`,
    security: [
      "If the key has write ACLs, an attacker can change or delete indices and settings.",
      "Any key can run searches on your quota; keys with browse rights expose whole indices.",
    ],
    mitigation: {
      revoke:
        "Look the key up in the Algolia Dashboard under Settings > API Keys > All API Keys to see its ACLs; delete it (or regenerate the admin key if it is that one) and create a restricted replacement.",
      revokeUrl: keysPage,
      audit,
      bestPractices: [
        "name key settings after their rights (admin, search) so that reviews can tell them apart",
        "create restricted keys per use instead of sharing one key",
      ],
    },
    keywords: ["algolia"],
    window,
    pattern: new RegExp(
      `(?:${ALGOLIA}[A-Za-z0-9_.-]{0,24}(?:${anyCase("api")}|${anyCase("key")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}|algoliasearch\\([ \\t]{0,4}["'][A-Z0-9]{10}["'][ \\t]{0,4},[ \\t]{0,4}["'])${KEY}`,
    ),
    companions: [{ name: "application ID", pattern: APP_ID, required: true }],
    validate: (_secret, context) => (appIdNearby(context) ? true : "no Algolia application ID nearby"),
    // Reads the key's own ACL (any key may read its own): a GET that runs no search, so it is not
    // counted as a search request.
    verify: {
      method: "GET",
      url: "https://{companion:application ID}-dsn.algolia.net/1/keys/{secret}",
      headers: { "X-Algolia-Application-Id": "{companion:application ID}", "X-Algolia-API-Key": "{secret}" },
      live: [200],
      dead: [403],
      liveRequires: { field: "acl" },
    },
    examples: [
      () =>
        `const client = algoliasearch("${appId("alg-gen-1")}", "${randomChars("hexLower", 32, "alg-gen-1")}");`,
      () =>
        `ALGOLIA_APPLICATION_ID=${appId("alg-gen-2")}\nALGOLIA_API_KEY=${randomChars("hexLower", 32, "alg-gen-2")}`,
    ],
    negatives: [
      'const client = algoliasearch("YourApplicationID", "YourWriteAPIKey");',
      () => `ALGOLIA_API_KEY=${randomChars("hexLower", 32, "alg-gen-alone")}`,
    ],
    references: [
      "https://www.algolia.com/doc/guides/security/api-keys/",
      "https://www.algolia.com/doc/rest-api/search/#tag/Api-Keys/operation/getApiKey",
    ],
  },
];
