import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const b32 = "abcdefghijklmnopqrstuvwxyz234567";
/**
 * nuget.org keys (NuGetGallery's ApiKeyV4) are an id part and a password part, each base32
 * (RFC 4648, lower-cased) without padding: the id is "v4" and 10 random bytes (20 characters,
 * hence the fixed "oy2"), the password 16 bytes (26 characters). A part's last character
 * carries its last bits padded with zeros: 1 bit for the id (a or q), 3 for the password
 * (a, e, i, m, q, u, y or 4). Older keys put a GUID in the password, whose fixed bits restrict
 * a few more positions; newer ones are random bytes. The service accepts keys upper-cased too.
 */
const guidKey = (label: string) => {
  const r = (set: string, n: number, part: string) => randomChars(set, n, `${label}-${part}`);
  return `oy2${r("abcdefghijklmnop", 1, "a")}${r(b32, 15, "b")}${r("aq", 1, "c")}${r(b32, 11, "d")}${r("eu", 1, "e")}${r("bdfhjlnprtvxz357", 1, "f")}${r("abcdefghijklmnop", 1, "g")}${r(b32, 11, "h")}${r("aeimquy4", 1, "i")}`;
};
const randomKey = (label: string) =>
  `oy2${randomChars(b32, 16, `${label}-id`)}${randomChars("aq", 1, `${label}-idEnd`)}${randomChars(b32, 25, `${label}-pw`)}${randomChars("aeimquy4", 1, `${label}-pwEnd`)}`;

/** The two parts' last characters, which hold their padding bits. */
const nugetKeyValidator = (secret: string): true | string => {
  const key = secret.toLowerCase();
  if (!"aq".includes(key[19] as string)) return "the id part's last character is not base32 of its final bit";
  if (!"aeimquy4".includes(key[45] as string))
    return "the password part's last character is not base32 of its final 3 bits";
  return true;
};

export const detectors: Detector[] = [
  {
    id: "nuget-api-key",
    name: "NuGet.org API key",
    vendor: "NuGet",
    family: "API Key",
    severity: "critical",
    description:
      "NuGet.org is the package gallery for .NET. API keys (oy2 + 43 base32 characters, lower-case as issued; the padding bits that end each of its two parts are checked) push new packages and versions, or unlist existing ones, for the packages and glob patterns selected when the key was created.",
    security: [
      "An attacker can push malicious versions of the owner's packages, which dotnet restore then pulls into applications.",
      "Keys with the unlist scope can hide legitimate versions.",
    ],
    mitigation: {
      revoke:
        "Sign in to nuget.org, open the account menu > API Keys, and choose Delete (or Regenerate) on the key; unlist any version you did not publish and contact NuGet support for malicious packages.",
      revokeUrl: "https://www.nuget.org/account/apikeys",
      audit:
        "Review the Versions and activity of each package the key could push, and the key's Last used date on the API Keys page.",
      bestPractices: [
        "scope keys to specific packages or glob patterns and give them short expirations",
        "publish with Trusted Publishing from CI where available",
        "never commit keys in NuGet.config, scripts or pipeline files",
      ],
    },
    keywords: ["oy2"],
    pattern: /(?<![A-Za-z0-9])(?<secret>oy2[a-z2-7]{43}|OY2[A-Z2-7]{43})(?![A-Za-z0-9])/,
    validate: nugetKeyValidator,
    examples: [
      () =>
        `dotnet nuget push ./out/Acme.Core.1.2.0.nupkg --api-key ${guidKey("nuget-1")} --source https://api.nuget.org/v3/index.json`,
      () => `NUGET_API_KEY=${guidKey("nuget-2")}`,
      () => `<add key="nuget.org" value="${randomKey("nuget-3")}" />`,
      () =>
        `nuget push Acme.Core.nupkg ${randomKey("nuget-4").toUpperCase()} -Source https://api.nuget.org/v3/index.json`,
    ],
    negatives: [
      "NUGET_API_KEY=oy2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // Right length, but 0, 1, 8 and 9 are not base32.
      () => `NUGET_API_KEY=oy2${randomChars("0189abcdef", 43, "nuget-bad")}`,
      // Mixed case is base64 or a hash, not a key.
      () => `hash: oy2${randomChars("abcdefghijKLMNOPQRST234567", 43, "nuget-mixed")}`,
      // Base32 throughout, but the id part ends in a character its one final bit cannot make.
      () =>
        `NUGET_API_KEY=${randomKey("nuget-bad-end").slice(0, 19)}z${randomKey("nuget-bad-end").slice(20)}`,
    ],
    references: ["https://learn.microsoft.com/nuget/nuget-org/scoped-api-keys"],
  },
  {
    id: "nuget-config-password",
    name: "Package source password in NuGet.config",
    vendor: "NuGet",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "NuGet is the package manager for .NET, configured through NuGet.config files. These files can store credentials for private package sources (Azure Artifacts, GitHub Packages, Artifactory, ProGet) under <packageSourceCredentials>; a ClearTextPassword entry holds the password or personal access token in plain text.",
    security: [
      "The password or PAT gives the feed access of its owner: downloading private packages and often publishing.",
      "Feeds such as Azure Artifacts or GitHub Packages accept the same PAT for other APIs of that service.",
    ],
    mitigation: {
      revoke:
        "Identify the feed from the surrounding <packageSourceCredentials> element and revoke the credential there (Azure DevOps User settings > Personal access tokens, GitHub Settings > Developer settings > Personal access tokens, or the feed server's user settings); then reference the credential through an environment variable (%NUGET_FEED_PAT%) or a credential provider instead of storing it in clear text.",
      revokeUrl: "https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials",
      audit:
        "Check the feed's own audit or access log for downloads and pushes by the account during the exposure window.",
      bestPractices: [
        "use the Azure Artifacts Credential Provider or %ENV_VAR% references in NuGet.config",
        "keep user-level NuGet.config files out of repositories",
      ],
    },
    keywords: ["ClearTextPassword"],
    pattern:
      /<add\s{1,4}key\s{0,2}=\s{0,2}"ClearTextPassword"\s{1,4}value\s{0,2}=\s{0,2}"(?!%)(?<secret>[^"%<>\s]{8,500})"/i,
    examples: [
      () => `      <add key="ClearTextPassword" value="${randomChars("alnum", 40, "nuget-cfg-1")}" />`,
      () =>
        `<packageSourceCredentials><github><add key="Username" value="ci" /><add key="ClearTextPassword" value="${randomChars("alnum", 36, "nuget-cfg-2")}" /></github></packageSourceCredentials>`,
    ],
    negatives: [
      '<add key="ClearTextPassword" value="%NUGET_FEED_PAT%" />',
      '<add key="ClearTextPassword" value="REPLACE_ME" />',
    ],
    references: ["https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials"],
  },
];
