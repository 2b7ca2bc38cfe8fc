import { ALNUM_END, ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

// Keys in Microsoft's identifiable format carry "AzSe" at offset 42 and are reported, with or
// without a name, as azure-search-identifiable-key: they are left to that detector.
const NOT_IDENTIFIABLE = "(?![A-Za-z0-9]{42}AzSe)";

/** A 52-character key that is not in the identifiable format. */
const searchKey = (label: string) => {
  const key = randomChars("alnum", 52, label);
  return key.slice(42, 46) === "AzSe" ? `${key.slice(0, 42)}AzSf${key.slice(46)}` : key;
};

export const detectors: Detector[] = [
  {
    id: "azure-search-api-key",
    name: "Azure AI Search API key",
    vendor: "Microsoft Azure",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Azure AI Search (formerly Azure Cognitive Search) authenticates data-plane requests with admin keys (full read-write access to indexes, indexers and data sources) and query keys (search only), sent in the api-key header. Both are 52 random letters and digits with no prefix, so a key is recognised only in a name that mentions Azure Search; keys in the newer identifiable format are reported as azure-search-identifiable-key.",
    security: [
      "With an admin key, indexes, indexers, skillsets and data sources (with their connection strings) can be read, changed or deleted.",
      "With either key, every document in the service's indexes can be searched and read.",
    ],
    mitigation: {
      revoke:
        "In the Azure portal open the search service > Settings > Keys: regenerate the leaked primary or secondary admin key, or delete the leaked query key and create a new one (CLI: `az search admin-key renew`, `az search query-key delete`); update the apps that used it.",
      revokeUrl: "https://portal.azure.com/#browse/Microsoft.Search%2FsearchServices",
      audit:
        "Enable diagnostic logs (OperationLogs) and review index operations and queries from unknown addresses.",
      bestPractices: [
        "use Microsoft Entra ID role-based access and disable API keys on the service",
        "give client apps query keys, never admin keys",
      ],
    },
    keywords: ["azure_search", "azuresearch", "azure_ai_search", "azureaisearch", "azure_cognitive_search"],
    pattern: new RegExp(
      `${vendorName(["azure_search", "azureSearch", "azure_ai_search", "azureAiSearch", "azureAISearch", "azure_cognitive_search"], ["key", "Key"])}${ASSIGN_LOOSE}(?<secret>${NOT_IDENTIFIABLE}[A-Za-z0-9]{52})${ALNUM_END}`,
    ),
    minEntropy: 4,
    // No verify: the key is checked only against its own service's URL, which is not part of it.
    examples: [
      () => `AZURE_SEARCH_ADMIN_KEY=${searchKey("azure-search-1")}`,
      () => `"AzureSearchQueryKey": "${searchKey("azure-search-2")}"`,
      () => `azure_ai_search_api_key: ${searchKey("azure-search-3")}`,
    ],
    negatives: [
      "AZURE_SEARCH_ADMIN_KEY=<admin key>",
      () => `AZURE_SEARCH_ENDPOINT=${randomChars("lowerAlnum", 52, "azure-search-endpoint")}`,
      () => `AZURE_SEARCH_KEY=${randomChars("alnum", 40, "azure-search-short")}`,
    ],
    references: [
      "https://learn.microsoft.com/en-us/azure/search/search-security-api-keys",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/azuresearchquery.yml",
    ],
  },
];
