import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Azure DevOps (formerly Visual Studio Team Services) is Microsoft's platform for Git repositories (Azure Repos), pipelines, boards and package feeds (Azure Artifacts).";

/** The 84-character format: 52 random + "JQQJ" signature + 20 + "AZDO" + 4, all alphanumeric. */
const modernPat = (label: string) =>
  `${randomChars("alnum", 52, label)}JQQJ99${randomChars("alnum", 18, `${label}-mid`)}AZDO${randomChars("alnum", 4, `${label}-end`)}`;
const legacyPat = (label: string) => randomChars("abcdefghijklmnopqrstuvwxyz234567", 52, label);

const revoke =
  "The owner opens User settings (top right) > Personal access tokens, selects the token and chooses Revoke. Organization administrators can revoke any user's PATs with the PAT revocation API (Token Admin, tokenadmin/revocations) or by disabling the user, and can restrict PAT creation under Organization settings > Policies.";
const audit =
  "Open Organization settings > Auditing and filter for the token owner and for Token events (created, used from a new IP, revoked); review repository pushes, pipeline runs, service connections and feed publications during the exposure window.";
const practices = [
  "use Microsoft Entra ID tokens, managed identities or service principals instead of PATs where possible",
  "scope PATs to one organization, the minimum scopes (for example Code: Read) and a short lifetime",
  "in pipelines use $(System.AccessToken) instead of a stored PAT",
];

export const detectors: Detector[] = [
  {
    id: "azure-devops-pat",
    name: "Azure DevOps personal access token",
    vendor: "Microsoft",
    family: "Access Token",
    severity: "critical",
    description: `${about} Personal access tokens act as the user for Git over HTTPS, the REST API and feeds. Since 2024 they are 84 characters long and carry Microsoft's JQQJ signature and the fixed AZDO marker, which identify them without context.`,
    security: [
      "Repositories, work items, pipelines and feeds of the organization can be read or changed with the user's rights, within the token's scopes.",
      "Full-access tokens can create service connections, queue pipelines and reach the secrets those pipelines use.",
      "Packages in Azure Artifacts feeds can be replaced by malicious versions.",
    ],
    mitigation: {
      revoke,
      revokeUrl:
        "https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
      audit,
      bestPractices: practices,
    },
    keywords: ["AZDO"],
    pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{52}JQQJ[A-Za-z0-9]{20}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/,
    // Reads the profile of the PAT's owner (the PAT is the Basic password, user empty): a GET
    // with no side effect. Azure DevOps may answer a bad token with a 203 sign-in page, which
    // lacks the profile id and so stays unknown.
    verify: {
      method: "GET",
      url: "https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=7.1",
      basicAuth: { user: "", password: "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `AZURE_DEVOPS_EXT_PAT=${modernPat("ado-new-1")}`,
      () => `git clone https://build:${modernPat("ado-new-2")}@dev.azure.com/contoso/web/_git/web`,
      () => `{"ado": {"pat": "${modernPat("ado-new-3")}"}}`,
    ],
    negatives: [
      "AZURE_DEVOPS_EXT_PAT=abcdefghijklmnopqrstuvwxyz012345679ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnoAZDOabcd",
      // Without the JQQJ signature at position 52.
      () =>
        `AZURE_DEVOPS_EXT_PAT=${randomChars("alnum", 76, "ado-nosig")}AZDO${randomChars("alnum", 4, "ado-nosig-end")}`,
    ],
    references: [
      "https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
      "https://learn.microsoft.com/purview/sit-defn-azure-devops-personal-access-token",
      "https://learn.microsoft.com/en-us/rest/api/azure/devops/profile/profiles/get?view=azure-devops-rest-7.1",
    ],
  },
  {
    id: "azure-devops-pat-legacy",
    name: "Azure DevOps personal access token (52-character)",
    vendor: "Microsoft",
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description: `${about} Personal access tokens issued before 2024 are 52 lower-case base32 characters with no prefix, so they are found only next to an Azure DevOps name (in Git URLs they are reported by the generic URI-credential detector).`,
    security: [
      "Repositories, work items, pipelines and feeds can be read or changed with the user's rights, within the token's scopes.",
      "Older tokens were often created with full access and long lifetimes.",
    ],
    mitigation: {
      revoke,
      revokeUrl:
        "https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
      audit,
      bestPractices: [
        ...practices,
        "regenerate old tokens so that they use the 84-character identifiable format",
      ],
    },
    keywords: [
      "azure_devops",
      "azuredevops",
      "azure-devops",
      "ado_pat",
      "vsts",
      "dev.azure.com",
      "visualstudio.com",
    ],
    pattern:
      /(?:azure[_-]?devops|ado_pat|vsts)[\w.-]{0,24}["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>[a-z2-7]{52})(?![A-Za-z0-9])/i,
    // Reads the profile of the PAT's owner, as for current PATs: a GET with no side effect.
    verify: {
      method: "GET",
      url: "https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=7.1",
      basicAuth: { user: "", password: "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `AZURE_DEVOPS_PAT=${legacyPat("ado-old-1")}`,
      () => `{"azure_devops_token": "${legacyPat("ado-old-2")}"}`,
      () => `  vsts_token: '${legacyPat("ado-old-3")}'`,
    ],
    negatives: ["AZURE_DEVOPS_PAT=$(System.AccessToken)", "AZURE_DEVOPS_PAT=<personal-access-token>"],
    references: [
      "https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
      "https://learn.microsoft.com/en-us/rest/api/azure/devops/profile/profiles/get?view=azure-devops-rest-7.1",
    ],
  },
];
