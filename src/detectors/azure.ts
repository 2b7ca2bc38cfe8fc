import { ALNUM_END, ASSIGN, BASE64_END, KEY64 } from "../catalog/patterns.js";
import { key64, randomChars, randomUuid } from "../catalog/synth.js";
import type { Detector, Severity } from "../catalog/types.js";

const vendor = "Microsoft Azure";
const about = "Microsoft Azure is Microsoft's cloud computing platform.";

/** 32 random bytes in base64: 42 free characters, a last character holding 4 bits, `=`. */
const key32 = (label: string) =>
  `${randomChars("base64", 42, label)}${randomChars("AEIMQUYcgkosw048", 1, label)}=`;
const KEY32 = "[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=";

interface IdentifiableSpec {
  id: string;
  name: string;
  service: string;
  family?: string;
  severity: Severity;
  signature: string;
  shape: ShapeName;
  what: string;
  security: string[];
  revoke: string;
  revokeUrl: string;
  audit: string;
  bestPractices: string[];
  envName: string;
  jsonName: string;
  references?: string[];
}

/**
 * The layouts of Microsoft's identifiable keys: a fixed 4-character service signature at a
 * fixed offset (plus a checksum, not verified here). 32-byte keys: 33 base64 characters, the
 * signature, one of A-P, 5 characters, `=`. 64-byte keys: 76 characters, the signature, 5
 * characters, one of A/Q/g/w, `==`. Search and registry keys: 42 characters, the signature,
 * one of A-D, 5 characters. Functions keys: URL-safe, 44 characters, the signature, 5
 * characters, one of A/Q/g/w, `==` (URL-encoded in query strings).
 */
const SHAPES = {
  "32": { head: 33, length: 44, chars: "base64", tail: (sig: string) => `${sig}[A-P][A-Za-z0-9+/]{5}=` },
  "64": { head: 76, length: 88, chars: "base64", tail: (sig: string) => `${sig}[A-Za-z0-9+/]{5}[AQgw]==` },
  ac52: { head: 42, length: 52, chars: "base64", tail: (sig: string) => `${sig}[A-D][A-Za-z0-9+/]{5}` },
  url56: {
    head: 44,
    length: 56,
    chars: "base64url",
    tail: (sig: string) => `${sig}[A-Za-z0-9_-]{5}[AQgw](?:==|%3[Dd]%3[Dd])?`,
  },
} as const;
type ShapeName = keyof typeof SHAPES;

const escapeRegex = (text: string) => text.replace(/[+/]/g, (c) => `\\${c}`);

function makeIdentifiable(shape: ShapeName, signature: string, label: string): string {
  switch (shape) {
    case "32":
      return `${randomChars("base64", 33, label)}${signature}${randomChars("ABCDEFGHIJKLMNOP", 1, label)}${randomChars("base64", 5, label)}=`;
    case "64":
      return `${randomChars("base64", 76, label)}${signature}${randomChars("base64", 5, label)}${randomChars("AQgw", 1, label)}==`;
    case "ac52":
      return `${randomChars("alnum", 42, label)}${signature}${randomChars("ABCD", 1, label)}${randomChars("alnum", 5, label)}`;
    case "url56":
      return `${randomChars("base64url", 44, label)}${signature}${randomChars("base64url", 5, label)}${randomChars("AQgw", 1, label)}==`;
  }
}

function identifiable(spec: IdentifiableSpec): Detector {
  const shape = SHAPES[spec.shape];
  const urlSafe = shape.chars === "base64url";
  const cls = urlSafe ? "[A-Za-z0-9_-]" : "[A-Za-z0-9+/]";
  const body = `${cls}{${shape.head}}${shape.tail(escapeRegex(spec.signature))}`;
  const before = urlSafe ? "(?<![A-Za-z0-9_-])" : "(?<![A-Za-z0-9+/])";
  const after = urlSafe ? "(?![A-Za-z0-9_=%-])" : "(?![A-Za-z0-9+/=])";
  const make = (label: string) => makeIdentifiable(spec.shape, spec.signature, label);
  const sigAt = shape.head;
  const length = shape.length;
  return {
    id: spec.id,
    name: spec.name,
    vendor,
    family: spec.family ?? "API Key",
    severity: spec.severity,
    description: `${about} ${spec.what} Keys issued in Microsoft's identifiable format embed the signature "${spec.signature}" at a fixed position (characters ${sigAt + 1} to ${sigAt + 4} of ${length}), which identifies them as ${spec.service} keys without any surrounding context.`,
    security: spec.security,
    mitigation: {
      revoke: spec.revoke,
      revokeUrl: spec.revokeUrl,
      audit: spec.audit,
      bestPractices: spec.bestPractices,
    },
    keywords: [spec.signature],
    window: { before: sigAt + 8, after: length - sigAt + 16 },
    pattern: new RegExp(`${before}(?<secret>${body})${after}`),
    examples: [
      () => `${spec.envName}=${make(`${spec.id}-1`)}`,
      () => `{"${spec.jsonName}": "${make(`${spec.id}-2`)}"}`,
      () => `  ${spec.jsonName}: '${make(`${spec.id}-3`)}'`,
    ],
    negatives: [
      // The signature shifted by one position.
      () => `${spec.envName}=${make(`${spec.id}-shift`).slice(1)}Q`,
      // Too short to be a key.
      () => `${spec.envName}=${make(`${spec.id}-short`).slice(8)}`,
      `${spec.envName}=<${spec.service} key>`,
    ],
    references: spec.references ?? [
      "https://github.com/microsoft/security-utilities/blob/main/docs/ReleaseHistory.md",
    ],
  };
}

const storageRevoke =
  "In the Azure portal open the storage account > Security + networking > Access keys and select Rotate key for the leaked key (key1 or key2), after switching applications to the other key; CLI: `az storage account keys renew --account-name <account> --key key1`. Rotating the key also invalidates every account and service SAS signed with it.";
const storageAudit =
  "Enable diagnostic settings for the blob, file, queue and table services and query StorageBlobLogs (and siblings) in Log Analytics for AuthenticationType 'AccountKey' or 'SAS' from unknown IPs; check the Activity log for listKeys operations and Microsoft Defender for Storage alerts.";
const storageBestPractices = [
  "use Microsoft Entra ID (managed identities and RBAC) instead of account keys, and set AllowSharedKeyAccess to false once nothing needs keys",
  "keep connection strings in Azure Key Vault or App Service Key Vault references, never in appsettings.json",
  "configure a key rotation reminder and rotate key1/key2 alternately",
  "restrict network access with firewalls or private endpoints",
];
const messagingBestPractices = [
  "prefer Microsoft Entra ID (managed identities with Azure Service Bus / Event Hubs Data Sender or Receiver roles) over shared access keys",
  "create narrowly scoped policies (Send or Listen only, on one queue, topic or event hub) instead of sharing RootManageSharedAccessKey",
  "store connection strings in Key Vault and rotate primary and secondary keys alternately",
];

/** A Cosmos DB account key's fix, whichever format the key has (identifiable or not). */
const cosmosKeyFix = {
  revoke:
    "In the Azure portal open the Cosmos DB account > Settings > Keys and regenerate the leaked key; CLI: `az cosmosdb keys regenerate --name <account> --resource-group <rg> --key-kind primary` (or secondary, primaryReadonly, secondaryReadonly).",
  revokeUrl: "https://portal.azure.com/#browse/Microsoft.DocumentDb%2FdatabaseAccounts",
  audit:
    "Query the DataPlaneRequests diagnostic logs for unknown clients and check the Activity log for listKeys operations.",
  bestPractices: [
    "use Entra ID data-plane RBAC and disable key-based authentication",
    "keep keys in Key Vault and restrict network access",
  ],
};

export const detectors: Detector[] = [
  {
    id: "azure-storage-connection-string",
    name: "Azure Storage account connection string",
    vendor,
    family: "Connection String",
    severity: "critical",
    description: `${about} Azure Storage connection strings (DefaultEndpointsProtocol=...;AccountName=...;AccountKey=...) carry one of the storage account's two 512-bit access keys, which grants full access to every blob container, file share, queue and table in the account.`,
    security: [
      "The account key reads, overwrites and deletes all data in the storage account, including backups and static website content.",
      "It signs account and service SAS tokens of any scope and lifetime, so an attacker can mint long-lived links for later access.",
      "Uploaded malware or altered static files may be served to the account's users.",
    ],
    mitigation: {
      revoke: storageRevoke,
      revokeUrl: "https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts",
      audit: storageAudit,
      bestPractices: storageBestPractices,
    },
    keywords: ["AccountKey="],
    window: { before: 160, after: 120 },
    pattern: new RegExp(
      String.raw`AccountName=(?<account>[a-z0-9]{3,24});[ \t]{0,2}AccountKey=(?<secret>${KEY64})${BASE64_END}`,
    ),
    validate: (_secret, context) =>
      context.groups.account === "devstoreaccount1"
        ? "devstoreaccount1 is the local storage emulator (Azurite) account"
        : true,
    examples: [
      () =>
        `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=contosoprod;AccountKey=${key64("storage-cs-1")};EndpointSuffix=core.windows.net"`,
      () =>
        `{\n  "ConnectionStrings": {\n    "Blobs": "DefaultEndpointsProtocol=https;AccountName=fabrikamdata01;AccountKey=${key64("storage-cs-2")};EndpointSuffix=core.windows.net"\n  }\n}`,
      () =>
        `client = BlobServiceClient.from_connection_string("BlobEndpoint=https://media7.blob.core.windows.net/;AccountName=media7;AccountKey=${key64("storage-cs-3")}")`,
    ],
    negatives: [
      // The local storage emulator's fixed account: its documented key is public and only works
      // against Azurite on the developer's machine (the key itself is listed in catalog/public-samples.ts).
      () =>
        `UseDevelopmentStorage=true;DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key64("storage-cs-azurite")};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`,
      "DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=<account-key>;EndpointSuffix=core.windows.net",
      "DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=${STORAGE_KEY};EndpointSuffix=core.windows.net",
      // 64 bytes never end in a character other than A, Q, g or w before "==".
      () =>
        `DefaultEndpointsProtocol=https;AccountName=contosoprod;AccountKey=${randomChars("base64", 85, "storage-cs-bad")}B==`,
    ],
    references: [
      "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    ],
  },
  {
    id: "azure-log-analytics-workspace-key",
    name: "Azure Monitor Log Analytics workspace key",
    vendor,
    family: "Access Key",
    severity: "high",
    confidence: "medium",
    description: `${about} A Log Analytics workspace (the store behind Azure Monitor logs and Microsoft Sentinel) has a primary and a secondary shared key, 512 bits in base64 (88 characters). The key signs requests to the HTTP Data Collector API and enrolls the legacy Log Analytics agent (OMS, MMA); scripts and collectors (Fluent Bit's azure output, Logstash, SOAR playbooks) keep it beside the workspace ID as SharedKey, shared_key or workspace_key.`,
    security: [
      "Anyone with the key and the workspace ID writes records into the workspace: forged security events feed Sentinel's analytics rules and incidents, and a flood of records hides real ones and runs up ingestion charges.",
      "An agent enrolled with the key reports as a trusted machine of the workspace.",
    ],
    mitigation: {
      revoke:
        "Regenerate the leaked key: in the Azure portal open the workspace > Settings > Agents and choose Regenerate primary key or Regenerate secondary key, or call the Shared Keys - Regenerate REST API (POST .../workspaces/{name}/regenerateSharedKey); then update every agent and collector that uses it (`az monitor log-analytics workspace get-shared-keys` prints the new keys).",
      revokeUrl: "https://learn.microsoft.com/en-us/rest/api/loganalytics/shared-keys/regenerate",
      audit:
        "Query the workspace for records written during the exposure window by unknown computers or to custom tables (the _CL tables of the Data Collector API), and the Activity log for listKeys and regenerateSharedKey operations.",
      bestPractices: [
        "send logs with the Logs Ingestion API and a data collection rule, authenticated with Entra ID, instead of the shared key",
        "move agents to the Azure Monitor Agent, which needs no workspace key",
      ],
    },
    keywords: ["shared_key", "sharedkey", "shared-key", "workspace_key", "workspacekey", "workspace-key"],
    // Fluent Bit's `Shared_Key <key>` and PowerShell's `$SharedKey = '...'` as well as JSON, YAML and .env.
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?:(?:primary|secondary)[_-]?)?(?:[Ss]hared|SHARED|[Ww]orkspace|WORKSPACE)[_-]?(?:[Kk]ey|KEY)${ASSIGN}(?<secret>${KEY64})${BASE64_END}`,
    ),
    examples: [
      () => `$WorkspaceId = "${randomUuid("la-ws")}"\n$SharedKey = '${key64("la-key-1")}'`,
      () => `sentinel:\n  workspace_id: x\n  shared_key: "${key64("la-key-2")}"`,
      () => `[OUTPUT]\n    Name        azure\n    Customer_ID abc\n    Shared_Key  ${key64("la-key-3")}`,
      () => `{"primarySharedKey": "${key64("la-key-4")}"}`,
    ],
    negatives: [
      "shared_key: ${LA_SHARED_KEY}",
      () => `shared_key: "${randomChars("base64", 40, "la-short")}"`,
      `SharedKey = '${"A".repeat(86)}=='`,
    ],
    references: [
      "https://learn.microsoft.com/en-us/azure/azure-monitor/logs/data-collector-api",
      "https://learn.microsoft.com/en-us/rest/api/loganalytics/shared-keys/get-shared-keys",
    ],
  },
  {
    id: "azure-storage-account-key",
    name: "Azure Storage account key",
    vendor,
    family: "Access Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} A storage account has two 512-bit access keys (88 base64 characters). Outside connection strings they appear under names such as AZURE_STORAGE_KEY, AZURE_STORAGE_ACCOUNT_KEY or ARM_ACCESS_KEY (used by Terraform's azurerm backend to reach its state container).`,
    security: [
      "The key gives full read, write and delete access to all blobs, files, queues and tables in the account.",
      "Terraform state reached with ARM_ACCESS_KEY often contains further secrets in plain text.",
      "The key signs SAS tokens of any scope and lifetime.",
    ],
    mitigation: {
      revoke: storageRevoke,
      revokeUrl: "https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts",
      audit: storageAudit,
      bestPractices: [
        ...storageBestPractices,
        "for Terraform's azurerm backend use use_azuread_auth = true or OIDC instead of ARM_ACCESS_KEY",
      ],
    },
    keywords: [
      "storage_key",
      "storage_account_key",
      "storage_access_key",
      "storage_account_access_key",
      "storageaccountkey",
      "azurestoragekey",
      "arm_access_key",
      "fs.azure.account.key.",
      // azurerm_storage_account's attributes in a Terraform state.
      "primary_access_key",
      "secondary_access_key",
    ],
    // Hadoop's and Spark's property names the account (spark.conf.set, core-site.xml, a
    // Databricks cluster's Spark config): the value follows a comma, a <value> or a space.
    window: { before: 48, after: 360, multiline: true },
    pattern: new RegExp(
      `(?:(?:AZURE_STORAGE_KEY|AZURE_STORAGE_ACCOUNT_KEY|AZURE_STORAGE_ACCESS_KEY|ARM_ACCESS_KEY|azure_storage_key|azure_storage_account_key|storage_account_key|storage_account_access_key|storageAccountKey|StorageAccountKey|azureStorageKey|AzureStorageKey|(?<=")(?:primary|secondary)_access_key)${ASSIGN}|fs\\.azure\\.account\\.key\\.[^\\s"'<>]{1,200}?\\.core\\.windows\\.net(?:["'][ \\t]{0,3},(?:[ \\t]{0,3}|[ \\t]{0,3}\\\\?\\r?\\n[ \\t]{0,40})[fFrR]?["']|<\\/name>\\s{0,40}<value>|["']?[ \\t]{0,3}[:= \\t][ \\t]{0,3}["']?))(?<secret>${KEY64})${BASE64_END}`,
    ),
    examples: [
      () => `export ARM_ACCESS_KEY=${key64("storage-key-1")}`,
      () => `AZURE_STORAGE_KEY="${key64("storage-key-2")}"`,
      () => `{"storageAccountKey": "${key64("storage-key-3")}"}`,
      () => `  storage_account_access_key = "${key64("storage-key-4")}"`,
      () =>
        `            "primary_blob_endpoint": "https://labdata.blob.core.windows.net/",\n            "secondary_access_key": "${key64("storage-key-7")}",`,
      () =>
        `spark.conf.set(f"fs.azure.account.key.{storage_account}.dfs.core.windows.net", "${key64("storage-key-5")}")`,
      // PySpark's builder, the value on the next line.
      () =>
        `    .config("spark.hadoop.fs.azure.account.key.lake.dfs.core.windows.net",\n           "${key64("storage-key-8")}") \\`,
      () =>
        `<property>\n  <name>fs.azure.account.key.lakeprod.blob.core.windows.net</name>\n  <value>${key64("storage-key-6")}</value>\n</property>`,
    ],
    negatives: [
      "AZURE_STORAGE_KEY=${{ secrets.AZURE_STORAGE_KEY }}",
      "storage_account_access_key = azurerm_storage_account.main.primary_access_key",
      () => `AZURE_STORAGE_KEY=${key64("storage-key-short").slice(10)}`,
    ],
    references: ["https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage"],
  },
  {
    id: "azure-cosmosdb-account-key",
    name: "Azure Cosmos DB account key",
    vendor,
    family: "Access Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} A Cosmos DB account's primary and secondary keys, read-write or read-only, are 512-bit values (88 base64 characters); keys made before the identifiable format carry no marker, so they are recognised by names such as COSMOS_KEY, COSMOSDB_KEY, COSMOS_PRIMARY_KEY or cosmosKey.`,
    security: [
      "A read-write key reads, modifies and deletes all items in every database of the account.",
      "Queries and writes are billed to the account's throughput.",
    ],
    mitigation: cosmosKeyFix,
    keywords: ["cosmos"],
    window: { before: 48, after: 160 },
    pattern: new RegExp(
      `(?:COSMOS(?:_?DB)?_(?:PRIMARY_|SECONDARY_|MASTER_|ACCOUNT_|AUTH_)?KEY|cosmos(?:_?db)?_(?:primary_|secondary_|master_|account_|auth_)?key|[cC]osmos(?:D[bB])?(?:Primary|Secondary|Master|Account|Auth)?Key)${ASSIGN}(?<secret>${KEY64})${BASE64_END}`,
    ),
    examples: [
      () => `COSMOS_KEY=${key64("cosmos-key-1")}`,
      () => `  "CosmosDbAccountKey": "${key64("cosmos-key-2")}",`,
      () => `cosmos_primary_key = "${key64("cosmos-key-3")}"`,
    ],
    negatives: [
      "COSMOS_KEY=${{ secrets.COSMOS_KEY }}",
      "cosmos_primary_key = azurerm_cosmosdb_account.main.primary_key",
      () => `COSMOS_KEY=${key64("cosmos-key-short").slice(12)}`,
    ],
    references: ["https://learn.microsoft.com/en-us/azure/cosmos-db/database-security"],
  },
  {
    id: "azure-publish-profile-password",
    name: "Azure App Service publish profile password",
    vendor,
    family: "Password",
    severity: "high",
    description: `${about} An App Service publish profile (a .PublishSettings file downloaded from the portal, or the AZURE_WEBAPP_PUBLISH_PROFILE secret of a GitHub workflow) holds the app's deployment credentials: userName="$<app>" and userPWD="...", for Web Deploy, FTP and the Kudu (SCM) site.`,
    security: [
      "With the password anyone can deploy code to the app (Web Deploy, FTP, Kudu's zip deploy), read its files and its app settings, which hold connection strings and keys.",
      "Kudu's console runs commands on the app's host.",
    ],
    mitigation: {
      revoke:
        "In the Azure portal open the App Service (or the slot) > Overview > Reset publish profile, or > Deployment Center > FTPS credentials > Reset; then update the workflows that deploy with the profile. Better: disable basic authentication publishing credentials (Configuration > General settings > SCM and FTP basic auth off) and deploy with OpenID Connect.",
      revokeUrl: "https://learn.microsoft.com/en-us/azure/app-service/deploy-configure-credentials",
      audit:
        "Check the app's deployment history (Deployment Center > Logs), the Kudu site's access and the FTP logs for deployments you did not make during the exposure.",
      bestPractices: [
        "deploy from CI with OpenID Connect (azure/login) instead of a publish profile",
        "disable SCM and FTP basic authentication on every app",
      ],
    },
    keywords: ["userpwd"],
    keywordGate: /[ \t]{0,3}=[ \t]{0,3}["'][A-Za-z0-9+/=]{20}/,
    pattern: /(?<![A-Za-z0-9_])userPWD[ \t]{0,3}=[ \t]{0,3}(?<q>["'])(?<secret>[A-Za-z0-9+/=]{20,128})\k<q>/,
    companions: [
      { name: "user name", pattern: /userName[ \t]{0,3}=[ \t]{0,3}["'](?<value>\$[\w-]{1,64})["']/ },
    ],
    examples: [
      () =>
        `  <publishProfile profileName="shop-api - Web Deploy" publishMethod="MSDeploy" publishUrl="shop-api.scm.azurewebsites.net:443" userName="$shop-api" userPWD="${randomChars("alnum", 60, "publish-1")}" destinationAppUrl="https://shop-api.azurewebsites.net" />`,
      () =>
        `<publishProfile publishMethod="FTP" userName="shop-api\\$shop-api" userPWD="${randomChars("alnum", 60, "publish-2")}" />`,
    ],
    negatives: [
      '<publishProfile publishMethod="MSDeploy" userName="$shop-api" userPWD="" />',
      '<publishProfile userName="$app" userPWD="{password}" />',
    ],
    references: [
      "https://learn.microsoft.com/en-us/azure/app-service/deploy-configure-credentials",
      "https://learn.microsoft.com/en-us/visualstudio/deployment/tutorial-import-publish-settings-azure",
    ],
  },
  {
    id: "azure-sas-token",
    name: "Azure shared access signature (SAS) URL",
    vendor,
    family: "Signed URL",
    severity: "high",
    description: `${about} A shared access signature (SAS) is a query string appended to an Azure Storage URL (sv=<version>&...&sig=<signature>) that grants the permissions (sp), resources (sr, ss, srt) and lifetime (st, se) it names; the signature is an HMAC-SHA256 made with an account key or a user delegation key.`,
    security: [
      "Anyone with the URL has the granted permissions until it expires: reading, writing, deleting or listing blobs, files, queues or tables.",
      "Account SAS tokens with broad permissions and distant expiry dates act much like an account key.",
      "A SAS cannot be deleted individually; it stays valid until expiry unless its signing key is rotated.",
    ],
    mitigation: {
      revoke:
        "Revoke the key that signed the SAS. For an account or service SAS, rotate the account key it was signed with (storage account > Security + networking > Access keys > Rotate key). For a service SAS bound to a stored access policy (si=), delete or change that policy on the container, share, queue or table. For a user delegation SAS (skoid=), run `az storage account revoke-delegation-keys`.",
      revokeUrl: "https://learn.microsoft.com/en-us/azure/storage/common/sas-expiration-policy",
      audit:
        "Query the storage account's resource logs (StorageBlobLogs and siblings) for AuthenticationType 'SAS' and the request URIs or IPs using the leaked token; Microsoft Defender for Storage flags unusual SAS access.",
      bestPractices: [
        "prefer user delegation SAS signed with Entra ID credentials over account-key SAS",
        "keep SAS lifetimes short, grant only the needed permissions (sp) and restrict to HTTPS and IP ranges",
        "use stored access policies so that a service SAS can be revoked without rotating keys",
        "configure a SAS expiration policy on the storage account",
      ],
    },
    keywords: ["sv=20"],
    window: { before: 8, after: 1200 },
    pattern:
      /(?<![A-Za-z0-9])sv=20\d{2}-\d{2}-\d{2}&[A-Za-z0-9%&=:._~+,/-]{0,900}?(?<=[?&;])sig=(?<secret>(?:[A-Za-z0-9+/]|%2[BbFf]){42,43}(?:=|%3[Dd]))(?![A-Za-z0-9%])/,
    examples: [
      () =>
        `BACKUP_URL=https://contosoprod.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupiytfx&se=2026-06-30T17:00:00Z&st=2025-06-30T09:00:00Z&spr=https&sig=${encodeURIComponent(key32("sas-1"))}`,
      () =>
        `  sasUrl: "https://media7.blob.core.windows.net/uploads/report.pdf?sp=r&st=2025-03-01T10:00:00Z&se=2025-09-01T18:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=${encodeURIComponent(key32("sas-2"))}"`,
      () =>
        `"SharedAccessSignature": "sv=2021-06-08&ss=q&srt=o&sp=ra&se=2027-01-01T00:00:00Z&spr=https&sig=${key32("sas-3")}"`,
    ],
    negatives: [
      "https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=sco&sp=r&se=2025-01-01&spr=https&sig=<signature>",
      "https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=sco&sp=r&se=2025-01-01&spr=https&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D",
      // A signature of the wrong length.
      () =>
        `https://a.blob.core.windows.net/c?sv=2022-11-02&sr=c&sp=r&sig=${encodeURIComponent(randomChars("base64", 30, "sas-short"))}`,
    ],
    references: ["https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview"],
  },
  {
    id: "azure-entra-client-secret",
    name: "Microsoft Entra ID (Azure AD) client secret",
    vendor,
    family: "Client Secret",
    severity: "critical",
    description: `${about} Microsoft Entra ID (formerly Azure Active Directory) app registrations authenticate with client secrets. Secrets created since 2021 are 40 characters long and carry the signature Q~ after three characters and a digit (for example 8Q~), which makes them identifiable without context; the first three characters are the 'hint' shown in the portal.`,
    security: [
      "With the app's client ID and tenant ID, the secret obtains tokens as the application, with all its Microsoft Graph and Azure RBAC permissions (often tenant-wide application permissions such as Mail.Read or Directory.ReadWrite.All).",
      "Service principals with Azure role assignments can change or delete cloud resources in their subscriptions.",
      "Application sign-ins bypass user MFA and Conditional Access for users, so abuse is easy to miss.",
    ],
    mitigation: {
      revoke:
        "In the Microsoft Entra admin center open Identity > Applications > App registrations > the app > Certificates & secrets > Client secrets; match the secret by its hint (first three characters) and delete it, then add a new one or move to a certificate or federated credential. CLI: `az ad app credential list --id <appId>` and `az ad app credential delete --id <appId> --key-id <keyId>`.",
      revokeUrl: "https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade",
      audit:
        "Review Entra sign-in logs > Service principal sign-ins filtered by the application ID, Entra audit logs for credential and permission changes, Microsoft Graph activity logs, and the Azure Activity log for actions by the service principal.",
      bestPractices: [
        "prefer managed identities or workload identity federation (GitHub Actions, Kubernetes) over client secrets",
        "use certificates instead of secrets where federation is impossible",
        "give secrets short lifetimes and grant the app only the permissions it needs",
        "keep secrets in Azure Key Vault",
      ],
    },
    keywords: ["0Q~", "1Q~", "2Q~", "3Q~", "4Q~", "5Q~", "6Q~", "7Q~", "8Q~", "9Q~"],
    window: { before: 12, after: 48 },
    pattern:
      /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    examples: [
      () =>
        `AZURE_CLIENT_SECRET=${randomChars("alnum", 3, "entra-1a")}8Q~${randomChars("alnum", 20, "entra-1b")}.${randomChars("alnum", 13, "entra-1c")}`,
      () =>
        `{"clientId": "6f1c3c55-91b4-4e36-9d5a-0c9f0d2b7e11", "clientSecret": "${randomChars("alnum", 3, "entra-2a")}8Q~${randomChars("alnum", 12, "entra-2b")}_${randomChars("alnum", 21, "entra-2c")}"}`,
      () =>
        `  client_secret = "${randomChars("alnum", 3, "entra-3a")}7Q~${randomChars("alnum", 16, "entra-3b")}-${randomChars("alnum", 14, "entra-3c")}"`,
    ],
    negatives: [
      "AZURE_CLIENT_SECRET=xxx8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // Too short for a client secret.
      () =>
        `AZURE_CLIENT_SECRET=${randomChars("alnum", 3, "entra-s1")}8Q~${randomChars("alnum", 20, "entra-s2")}`,
    ],
    references: ["https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials"],
  },
  {
    id: "azure-cosmosdb-connection-string",
    name: "Azure Cosmos DB connection string",
    vendor,
    family: "Connection String",
    severity: "critical",
    description: `${about} Azure Cosmos DB is its globally distributed NoSQL database. Its connection strings (AccountEndpoint=https://<account>.documents.azure.com:443/;AccountKey=...) carry a 512-bit account key; primary and secondary keys give full read-write access, read-only keys only read.`,
    security: [
      "A read-write key reads, modifies and deletes every database, container and item in the account.",
      "Stored procedures, triggers and user-defined functions can be replaced to tamper with data.",
      "Throughput-heavy queries and writes are billed to the account.",
    ],
    mitigation: {
      revoke:
        "In the Azure portal open the Cosmos DB account > Settings > Keys and regenerate the leaked key (primary, secondary or read-only) after switching applications to the other key; CLI: `az cosmosdb keys regenerate --name <account> --resource-group <rg> --key-kind primary`.",
      revokeUrl: "https://portal.azure.com/#browse/Microsoft.DocumentDb%2FdatabaseAccounts",
      audit:
        "Enable diagnostic settings (DataPlaneRequests, QueryRuntimeStatistics) and query them in Log Analytics for unknown client IPs; check the Activity log for listKeys and regenerateKey operations.",
      bestPractices: [
        "use Microsoft Entra ID with Cosmos DB data-plane RBAC and set disableLocalAuth to disable key access",
        "hand out read-only keys where writes are not needed",
        "keep connection strings in Key Vault and restrict network access with firewalls or private endpoints",
      ],
    },
    keywords: ["documents.azure"],
    window: { before: 96, after: 160 },
    pattern: new RegExp(
      String.raw`AccountEndpoint=https://(?<account>[a-z0-9-]{3,44})\.documents\.azure\.(?:com|us|cn)(?::443)?/?;[ \t]{0,2}AccountKey=(?<secret>${KEY64})${BASE64_END}`,
    ),
    examples: [
      () =>
        `COSMOS_CONNECTION_STRING="AccountEndpoint=https://orders-prod.documents.azure.com:443/;AccountKey=${key64("cosmos-1")};"`,
      () =>
        `"CosmosDb": { "ConnectionString": "AccountEndpoint=https://catalog01.documents.azure.com:443/;AccountKey=${key64("cosmos-2")};" }`,
    ],
    negatives: [
      // The local emulator endpoint (its well-known key is listed in catalog/public-samples.ts).
      () => `AccountEndpoint=https://localhost:8081/;AccountKey=${key64("cosmos-emulator")};`,
      "AccountEndpoint=https://myaccount.documents.azure.com:443/;AccountKey=<primary-key>;",
    ],
    references: ["https://learn.microsoft.com/en-us/azure/cosmos-db/secure-access-to-data"],
  },
  {
    id: "azure-service-bus-connection-string",
    name: "Azure Service Bus / Event Hubs connection string",
    vendor,
    family: "Connection String",
    severity: "high",
    description: `${about} Azure Service Bus (queues and topics), Event Hubs, Relay and Notification Hubs namespaces live under servicebus.windows.net. Their connection strings (Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=<policy>;SharedAccessKey=<key>) carry a 256-bit key of a shared access policy such as RootManageSharedAccessKey.`,
    security: [
      "Depending on the policy's rights, the key sends, receives (and removes) or manages messages and events: a Manage policy can also create and delete entities.",
      "Reading queues and event streams exposes business data; injected messages can trigger downstream processing.",
      "The key signs SAS tokens of any lifetime for the namespace or entity.",
    ],
    mitigation: {
      revoke:
        "In the Azure portal open the namespace (or the queue, topic or event hub named by EntityPath) > Settings > Shared access policies > the policy named in SharedAccessKeyName, and select Regenerate primary key (or secondary). CLI: `az servicebus namespace authorization-rule keys renew --key PrimaryKey ...` or `az eventhubs namespace authorization-rule keys renew ...`. Regenerating also invalidates SAS tokens signed with that key.",
      revokeUrl: "https://portal.azure.com/#browse/Microsoft.ServiceBus%2Fnamespaces",
      audit:
        "Check the namespace's metrics (incoming and outgoing messages, connections) and diagnostic logs (OperationalLogs, RuntimeAuditLogs on Premium) for unknown clients, and the Activity log for listKeys and entity changes.",
      bestPractices: messagingBestPractices,
    },
    keywords: [".servicebus."],
    window: { before: 64, after: 400 },
    pattern: new RegExp(
      String.raw`Endpoint=sb://(?<namespace>[A-Za-z0-9-]{1,50})\.servicebus\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net|cloudapi\.de)/?;[ \t]{0,2}SharedAccessKeyName=(?<keyName>[^;\s"']{1,256});[ \t]{0,2}SharedAccessKey=(?<secret>${KEY32})${BASE64_END}`,
    ),
    examples: [
      () =>
        `SERVICEBUS_CONNECTION=Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key32("sb-1")}`,
      () =>
        `"EventHubConnection": "Endpoint=sb://telemetry-ns.servicebus.windows.net/;SharedAccessKeyName=send-only;SharedAccessKey=${key32("sb-2")};EntityPath=device-events"`,
      () =>
        `conn_str = "Endpoint=sb://billing.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=${key32("sb-3")}"`,
    ],
    negatives: [
      "Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>",
      "Endpoint=sb://myns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SB_KEY}",
      () =>
        `Endpoint=sb://myns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${randomChars("base64", 30, "sb-short")}=`,
    ],
    references: ["https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas"],
  },
  {
    id: "azure-shared-access-signature-token",
    name: "Azure messaging / IoT SAS token",
    vendor,
    family: "Access Token",
    severity: "high",
    description: `${about} Service Bus, Event Hubs, Relay, Notification Hubs and IoT Hub accept SAS tokens of the form 'SharedAccessSignature sr=<resource URI>&sig=<HMAC-SHA256>&se=<expiry>&skn=<policy>', signed with a shared access policy or device key.`,
    security: [
      "Until its expiry time (se) the token sends, receives or manages messages with the rights of the policy that signed it.",
      "IoT Hub tokens let the holder impersonate a device or call the service API.",
      "Tokens are often minted with expiries years in the future.",
    ],
    mitigation: {
      revoke:
        "A SAS token cannot be revoked by itself: regenerate the key of the policy named by skn (namespace or entity > Shared access policies > Regenerate primary key), or of the device identity for IoT device tokens (IoT hub > Devices > the device > Regenerate keys).",
      revokeUrl: "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas",
      audit:
        "Check namespace or IoT hub metrics and diagnostic logs for connections and operations with the token's policy or device during its validity.",
      bestPractices: [
        "mint SAS tokens with short expiries, only where Entra ID authentication is impossible",
        "sign tokens with send-only or listen-only policies scoped to one entity",
      ],
    },
    keywords: ["SharedAccessSignature sr="],
    window: { before: 8, after: 700 },
    pattern:
      /SharedAccessSignature sr=[^&\s"']{1,300}&sig=(?<secret>(?:[A-Za-z0-9]|%2[BbFf]){42,43}(?:%3[Dd]|=))&se=\d{9,11}(?:&skn=[^&\s"';]{1,256})?/,
    examples: [
      () =>
        `Authorization: SharedAccessSignature sr=https%3A%2F%2Forders-prod.servicebus.windows.net%2Fqueue1&sig=${encodeURIComponent(key32("sast-1"))}&se=1893456000&skn=RootManageSharedAccessKey`,
      () =>
        `DEVICE_SAS="SharedAccessSignature sr=plant-hub.azure-devices.net%2Fdevices%2Fpress-07&sig=${encodeURIComponent(key32("sast-2"))}&se=1924992000"`,
    ],
    negatives: [
      "SharedAccessSignature sr=<resource>&sig=<signature>&se=<expiry>&skn=<keyname>",
      "SharedAccessSignature sr=myns.servicebus.windows.net&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D&se=1600000000",
    ],
    references: ["https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas"],
  },
  {
    id: "azure-iot-hub-connection-string",
    name: "Azure IoT Hub service connection string",
    vendor,
    family: "Connection String",
    severity: "critical",
    description: `${about} Azure IoT Hub connects and manages device fleets. Its service connection strings (HostName=<hub>.azure-devices.net;SharedAccessKeyName=<policy>;SharedAccessKey=<key>) carry the key of a hub-level shared access policy such as iothubowner; Device Provisioning Service strings use azure-devices-provisioning.net.`,
    security: [
      "With iothubowner or registryReadWrite rights the key creates, deletes and re-keys device identities.",
      "Service-connect rights send cloud-to-device messages and direct method calls to devices, which may control physical equipment.",
      "Telemetry routed through the hub can be read.",
    ],
    mitigation: {
      revoke:
        "In the Azure portal open the IoT hub (or DPS instance) > Security settings > Shared access policies > the policy named in SharedAccessKeyName and regenerate its primary or secondary key; CLI: `az iot hub policy renew-key --hub-name <hub> --name <policy> --renew-key primary`.",
      revokeUrl: "https://portal.azure.com/#browse/Microsoft.Devices%2FIotHubs",
      audit:
        "Enable IoT Hub diagnostic logs (Connections, DeviceIdentityOperations, C2DCommands, DirectMethods) and review device registry changes and commands sent during the exposure.",
      bestPractices: [
        "use Microsoft Entra ID with IoT Hub data-plane roles for back-end services",
        "create narrowly scoped policies instead of sharing iothubowner",
        "use X.509 certificates for devices",
      ],
    },
    keywords: ["azure-devices.net", "azure-devices-provisioning.net"],
    window: { before: 80, after: 360 },
    pattern: new RegExp(
      String.raw`HostName=(?<host>[A-Za-z0-9-]{3,63})\.azure-devices(?:-provisioning)?\.net;[ \t]{0,2}SharedAccessKeyName=(?<keyName>[^;\s"']{1,256});[ \t]{0,2}SharedAccessKey=(?<secret>${KEY32})${BASE64_END}`,
    ),
    examples: [
      () =>
        `IOTHUB_CONNECTION_STRING="HostName=plant-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${key32("iothub-1")}"`,
      () =>
        `"DpsConnection": "HostName=fleet-dps.azure-devices-provisioning.net;SharedAccessKeyName=provisioningserviceowner;SharedAccessKey=${key32("iothub-2")}"`,
    ],
    negatives: [
      "HostName=<hub>.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=<key>",
      () =>
        `HostName=plant-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${randomChars("base64", 20, "iothub-short")}=`,
    ],
    references: ["https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas"],
  },
  {
    id: "azure-iot-device-connection-string",
    name: "Azure IoT Hub device connection string",
    vendor,
    family: "Connection String",
    severity: "high",
    description: `${about} Azure IoT Hub devices authenticate with symmetric keys; a device connection string (HostName=<hub>.azure-devices.net;DeviceId=<id>;SharedAccessKey=<key>) is that device's identity.`,
    security: [
      "The key impersonates the device: it sends forged telemetry and receives the device's cloud-to-device messages and method calls.",
      "Module connection strings (ModuleId=) impersonate IoT Edge modules the same way.",
    ],
    mitigation: {
      revoke:
        "In the Azure portal open the IoT hub > Devices > the DeviceId > Regenerate keys (or the module identity for ModuleId strings); CLI: `az iot hub device-identity renew-key --hub-name <hub> --device-id <id> --key-type primary`. Reprovision the genuine device with the new key.",
      revokeUrl: "https://portal.azure.com/#browse/Microsoft.Devices%2FIotHubs",
      audit:
        "Review the device's connection and telemetry logs (IoT Hub diagnostic logs, Connections category) for connections from unknown addresses.",
      bestPractices: [
        "provision devices through the Device Provisioning Service with X.509 or TPM attestation",
        "never ship device connection strings in firmware images or public repositories",
      ],
    },
    keywords: ["azure-devices.net"],
    window: { before: 80, after: 360 },
    pattern: new RegExp(
      String.raw`HostName=(?<host>[A-Za-z0-9-]{3,63})\.azure-devices\.net;[ \t]{0,2}DeviceId=(?<deviceId>[^;\s"']{1,128});[ \t]{0,2}(?:ModuleId=[^;\s"']{1,128};[ \t]{0,2})?SharedAccessKey=(?<secret>${KEY32})${BASE64_END}`,
    ),
    examples: [
      () =>
        `DEVICE_CONNECTION_STRING=HostName=plant-hub.azure-devices.net;DeviceId=press-07;SharedAccessKey=${key32("iotdev-1")}`,
      () =>
        `connection_string: "HostName=fleet.azure-devices.net;DeviceId=edge-12;ModuleId=collector;SharedAccessKey=${key32("iotdev-2")}"`,
    ],
    negatives: [
      "HostName=<hub>.azure-devices.net;DeviceId=<device>;SharedAccessKey=<key>",
      "HostName=myhub.azure-devices.net;DeviceId=dev1;x509=true",
    ],
    references: ["https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-dev-guide-sas"],
  },
  {
    id: "azure-iot-dps-symmetric-key",
    name: "Azure IoT Device Provisioning Service symmetric key",
    vendor,
    family: "Encryption Key",
    severity: "high",
    confidence: "medium",
    description: `${about} Devices that register through the IoT Hub Device Provisioning Service (DPS) with symmetric-key attestation sign their registration with a key: their own enrollment's, or one derived from an enrollment group's key. Device configuration holds it beside the DPS ID scope and registration ID (IdScope, RegistrationId, SymmetricKey).`,
    security: [
      "An individual enrollment's key registers as that device and receives its IoT Hub identity: forged telemetry, and the device's commands.",
      "An enrollment group's primary key derives the key of any registration ID: whoever has it registers unlimited devices into the hub.",
    ],
    mitigation: {
      revoke:
        "In the DPS instance open Manage enrollments, regenerate the enrollment's (or the group's) keys, and reprovision the genuine devices; disable the devices registered with the leaked key in the IoT hub.",
      revokeUrl: "https://learn.microsoft.com/en-us/azure/iot-dps/concepts-symmetric-key-attestation",
      audit:
        "Review the DPS registration records and the IoT hub's device list for registrations you did not make.",
      bestPractices: [
        "derive per-device keys from the group key on the provisioning server, never ship the group key in firmware",
        "prefer X.509 or TPM attestation for devices in the field",
      ],
    },
    keywords: ["symmetrickey", "symmetric_key", "symmetric-key"],
    // The DPS settings sit together in one block: ID scope and registration ID within a few lines.
    window: { before: 400, after: 200, multiline: true },
    pattern: new RegExp(
      String.raw`(?<![\w-])["']?(?:SymmetricKey|symmetric_key|SYMMETRIC_KEY|symmetric-key)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?<secret>${KEY32}|${KEY64})${BASE64_END}`,
    ),
    validate: (_secret, context) =>
      /id[_-]?scope|registration[_-]?id|global\.azure-devices-provisioning\.net|provisioning/i.test(
        context.window,
      )
        ? true
        : "no DPS ID scope or registration ID nearby",
    examples: [
      () =>
        `  "Provisioning": {\n    "GlobalEndpoint": "global.azure-devices-provisioning.net",\n    "IdScope": "0ne0055B09B",\n    "RegistrationId": "boiler-room-02",\n    "SymmetricKey": "${key64("dps-1")}"\n  }`,
      () => `ID_SCOPE=0ne00A1B2C3\nREGISTRATION_ID=sensor-14\nSYMMETRIC_KEY=${key32("dps-2")}`,
    ],
    negatives: ['"IdScope": "0ne0055B09B",\n"SymmetricKey": "<device key>"'],
    references: [
      "https://learn.microsoft.com/en-us/azure/iot-dps/concepts-symmetric-key-attestation",
      "https://learn.microsoft.com/en-us/azure/iot-dps/how-to-legacy-device-symm-key",
    ],
  },
  {
    id: "azure-apim-subscription-key",
    name: "Azure API Management subscription key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} Azure API Management gateways admit API calls by a subscription key (32 hexadecimal characters) sent in the Ocp-Apim-Subscription-Key header or the subscription-key query parameter; clients of partners' APIs hard-code it.`,
    security: [
      "The key calls every API its subscription's product or scope covers, as that subscriber: the data behind them, and the subscriber's quota.",
    ],
    mitigation: {
      revoke:
        "In the API Management instance open Subscriptions, find the subscription and regenerate its primary (or secondary) key; for a partner's gateway, ask the partner to regenerate it. Update the clients that use it.",
      revokeUrl: "https://learn.microsoft.com/en-us/azure/api-management/api-management-subscriptions",
      audit:
        "Review the gateway's request logs (Application Insights or Azure Monitor) for calls with the subscription from unknown addresses.",
      bestPractices: [
        "keep subscription keys in Key Vault or the client's secret store",
        "prefer OAuth 2.0 or client certificates for the gateway",
      ],
    },
    keywords: ["ocp-apim-subscription-key", "subscription-key="],
    pattern:
      /(?:Ocp-Apim-Subscription-Key["']?[ \t]{0,3}[:=,][ \t]{0,3}["']?|[?&]subscription-key=)(?<secret>[0-9a-f]{32})(?![A-Za-z0-9])/i,
    minEntropy: 3,
    examples: [
      () => `        headers={"Ocp-Apim-Subscription-Key": "${randomChars("hexLower", 32, "apim-1")}"},`,
      () =>
        `curl "https://partner-gw.azure-api.net/shipments?subscription-key=${randomChars("hexLower", 32, "apim-2")}"`,
    ],
    negatives: [
      '-H "Ocp-Apim-Subscription-Key: {{subscription_key}}"',
      "Ocp-Apim-Subscription-Key: 00000000000000000000000000000000",
    ],
    references: ["https://learn.microsoft.com/en-us/azure/api-management/api-management-subscriptions"],
  },
  {
    id: "azure-msal-refresh-token",
    name: "Microsoft Entra ID refresh token in a token cache",
    vendor,
    family: "OAuth Token",
    severity: "critical",
    confidence: "medium",
    description: `${about} The Azure CLI, Azure PowerShell and apps built on MSAL keep the signed-in user's tokens in a cache file (~/.azure/msal_token_cache.json, or the older accessTokens.json): access tokens expire within the hour, but the refresh token (opaque, starting 0.A or 1.A) mints new ones for weeks or months. Home directory backups, dotfile repositories and container images carry it.`,
    security: [
      "The refresh token signs in as the user to every resource the client may reach (Azure Resource Manager, Microsoft Graph), without a password or MFA, until it is revoked or expires.",
      "An attacker redeems it from anywhere unless Conditional Access binds tokens to devices or locations.",
    ],
    mitigation: {
      revoke:
        "Revoke the user's sessions (Entra admin center > Users > the user > Revoke sessions, or `Revoke-MgUserSignInSession`), then sign in again with `az login`; delete the cache file from the backup or repository.",
      revokeUrl: "https://learn.microsoft.com/en-us/entra/identity/users/users-revoke-access",
      audit:
        "Review the user's sign-in logs in Entra ID (non-interactive sign-ins) for token redemptions from unknown addresses.",
      bestPractices: [
        "keep home directories' cache files out of backups, images and dotfile repositories",
        "use workload identities or managed identities for automation instead of a user's cached sign-in",
      ],
    },
    keywords: ["refreshtoken"],
    // MSAL's cache lists credential_type before secret; the older cache names the field refreshToken.
    window: { before: 64, after: 8000, multiline: true },
    pattern:
      /(?:"credential_type"[ \t]*:[ \t]*"RefreshToken"[^{}]{0,600}?"secret"|"refreshToken")[ \t]*:[ \t]*"(?<secret>[01]\.A[A-Za-z0-9._*-]{100,6000})"/,
    minEntropy: 4,
    examples: [
      () =>
        `    "RefreshToken": {\n        "uid.utid-login.microsoftonline.com-refreshtoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46--": {\n            "credential_type": "RefreshToken",\n            "secret": "0.A${randomChars("base64url", 700, "msal-rt-1")}",\n            "environment": "login.microsoftonline.com"`,
      () =>
        `[{"tokenType": "Bearer", "expiresIn": 3599, "_clientId": "04b07795-8ddb-461a-bbee-02f9e1bf7b46", "refreshToken": "0.A${randomChars("base64url", 400, "msal-rt-2")}"}]`,
    ],
    negatives: [
      '"credential_type": "RefreshToken",\n"secret": "<refresh token>"',
      () => `"refreshToken": "${randomChars("base64url", 300, "msal-rt-neg")}"`,
    ],
    references: [
      "https://learn.microsoft.com/en-us/entra/identity-platform/refresh-tokens",
      "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli",
    ],
  },
  {
    id: "azure-signalr-connection-string",
    name: "Azure SignalR / Web PubSub connection string",
    vendor,
    family: "Connection String",
    severity: "high",
    description: `${about} Azure SignalR Service and Azure Web PubSub provide hosted real-time messaging. Their connection strings (Endpoint=https://<name>.service.signalr.net;AccessKey=<key>;Version=1.0;) carry an access key that signs the service's access tokens.`,
    security: [
      "The key mints tokens for any user and hub, so the holder can join every group, read broadcast messages and send messages to clients.",
      "Server-side REST APIs (send to all, close connections) are available with the key.",
    ],
    mitigation: {
      revoke:
        "In the Azure portal open the SignalR (or Web PubSub) resource > Settings > Keys and select Regenerate primary key (or secondary); CLI: `az signalr key renew --name <name> --resource-group <rg> --key-type primary`.",
      revokeUrl: "https://portal.azure.com/#browse/Microsoft.SignalRService%2FSignalR",
      audit:
        "Enable resource logs (connectivity and messaging) and check connection counts and message metrics for unexpected clients.",
      bestPractices: [
        "use Microsoft Entra ID (managed identity) for the app server and disable access keys (disableLocalAuth)",
        "store connection strings in Key Vault",
      ],
    },
    keywords: ["service.signalr.net", "webpubsub.azure.com"],
    window: { before: 96, after: 128 },
    pattern: new RegExp(
      String.raw`Endpoint=https://(?<name>[A-Za-z0-9-]{1,63})\.(?:service\.signalr\.net|webpubsub\.azure\.com)/?;[ \t]{0,2}AccessKey=(?<secret>${KEY32})${BASE64_END}`,
    ),
    examples: [
      () =>
        `Azure__SignalR__ConnectionString="Endpoint=https://chat-prod.service.signalr.net;AccessKey=${key32("signalr-1")};Version=1.0;"`,
      () =>
        `{"WebPubSubConnectionString": "Endpoint=https://notify.webpubsub.azure.com;AccessKey=${key32("signalr-2")};Version=1.0;"}`,
    ],
    negatives: [
      "Endpoint=https://<resource_name>.service.signalr.net;AccessKey=<access_key>;Version=1.0;",
      "Endpoint=https://chat.service.signalr.net;AuthType=azure.msi;Version=1.0;",
    ],
    references: ["https://learn.microsoft.com/en-us/azure/azure-signalr/concept-connection-string"],
  },
  {
    id: "azure-app-configuration-connection-string",
    name: "Azure App Configuration connection string",
    vendor,
    family: "Connection String",
    severity: "high",
    description: `${about} Azure App Configuration stores application settings and feature flags. Its connection strings (Endpoint=https://<store>.azconfig.io;Id=<credential id>;Secret=<secret>) carry a read-write or read-only access key of the store.`,
    security: [
      "The key reads every setting in the store, which often includes connection strings and Key Vault references.",
      "A read-write key changes settings and feature flags that running applications pick up.",
    ],
    mitigation: {
      revoke:
        "In the Azure portal open the App Configuration store > Settings > Access settings (Access keys) and regenerate the read-write or read-only key whose Id matches; CLI: `az appconfig credential regenerate --name <store> --id <credential id>`.",
      revokeUrl: "https://portal.azure.com/#browse/Microsoft.AppConfiguration%2FconfigurationStores",
      audit:
        "Enable diagnostic settings (HttpRequest logs) for the store and check the revision history of keys and feature flags for changes you did not make.",
      bestPractices: [
        "use Microsoft Entra ID (App Configuration Data Reader/Owner roles) and disable access keys",
        "keep secrets in Key Vault and only reference them from App Configuration",
      ],
    },
    keywords: ["azconfig.io"],
    window: { before: 80, after: 200 },
    pattern: new RegExp(
      String.raw`Endpoint=https://(?<store>[A-Za-z0-9-]{5,50})\.azconfig\.io/?;[ \t]{0,2}Id=(?<credentialId>[^;\s"']{1,64});[ \t]{0,2}Secret=(?<secret>${KEY32})${BASE64_END}`,
    ),
    examples: [
      () =>
        `AZURE_APPCONFIG_CONNECTION_STRING="Endpoint=https://settings-prod.azconfig.io;Id=${randomChars("alnum", 4, "appcfg-1i")}-l0-s0:${randomChars("alnum", 20, "appcfg-1j")};Secret=${key32("appcfg-1")}"`,
      () =>
        `"AppConfig": "Endpoint=https://featureflags01.azconfig.io;Id=${randomChars("alnum", 4, "appcfg-2i")}-lx-s0:${randomChars("alnum", 20, "appcfg-2j")};Secret=${key32("appcfg-2")}"`,
    ],
    negatives: [
      "Endpoint=https://<store>.azconfig.io;Id=<id>;Secret=<secret>",
      // A secret one character short of 32 bytes in base64.
      () =>
        `Endpoint=https://settings-prod.azconfig.io;Id=abcd-l0-s0:xyz;Secret=${randomChars("base64", 42, "appcfg-short")}=`,
    ],
    references: [
      "https://learn.microsoft.com/en-us/azure/azure-app-configuration/howto-disable-access-key-authentication",
    ],
  },
  {
    id: "azure-openai-key",
    name: "Azure OpenAI / Azure AI services key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} Azure OpenAI and other Azure AI services (Speech, Language, Vision, Translator) authenticate REST calls with a resource key sent in the api-key or Ocp-Apim-Subscription-Key header. Keys are 32 hexadecimal characters (newer resources may issue longer alphanumeric keys), so they are recognised by names such as AZURE_OPENAI_API_KEY.`,
    security: [
      "The key calls every model deployment of the resource, billed to the owner's subscription.",
      "Prompts and completions, including any data sent to the models, may be exposed through stored completions, fine-tuning files or assistants the key can read.",
      "Heavy use exhausts the resource's quota and disrupts legitimate applications.",
    ],
    mitigation: {
      revoke:
        "In the Azure portal (or Azure AI Foundry) open the Azure OpenAI / AI services resource > Resource Management > Keys and Endpoint and select Regenerate Key 1 or Key 2 after switching applications to the other key; CLI: `az cognitiveservices account keys regenerate --name <resource> --resource-group <rg> --key-name key1`.",
      revokeUrl: "https://portal.azure.com/#browse/Microsoft.CognitiveServices%2Faccounts",
      audit:
        "Review the resource's metrics (Processed tokens, requests by deployment) and diagnostic logs (RequestResponse, Audit) for unusual volume or callers, and Cost Management for unexpected spend.",
      bestPractices: [
        "use Microsoft Entra ID (Cognitive Services OpenAI User role) with managed identities and disable local key authentication",
        "put API Management in front of shared deployments instead of distributing keys",
        "set quotas per deployment",
      ],
    },
    keywords: [
      "azure_openai",
      "azureopenai",
      "azure-openai",
      "azure_ai_services",
      "cognitive_services",
      "cognitiveservices",
    ],
    window: { before: 48, after: 160 },
    pattern: new RegExp(
      `(?:AZURE_OPENAI_API_KEY|AZURE_OPENAI_KEY|AZURE_OPENAI_SUBSCRIPTION_KEY|azure_openai_api_key|azure_openai_key|azureOpenAIApiKey|azureOpenAiApiKey|AzureOpenAIKey|AzureOpenAIApiKey|AzureOpenAI__ApiKey|AzureOpenAI:ApiKey|azure-openai-api-key|AZURE_AI_SERVICES_KEY|AZURE_COGNITIVE_SERVICES_KEY|COGNITIVE_SERVICES_KEY|CognitiveServicesKey|cognitive_services_key)${ASSIGN}(?<secret>[a-f0-9]{32}|[A-Za-z0-9]{84})${ALNUM_END}`,
    ),
    examples: [
      () => `AZURE_OPENAI_API_KEY=${randomChars("hexLower", 32, "aoai-1")}`,
      () =>
        `{"AzureOpenAI": {"Endpoint": "https://contoso-ai.openai.azure.com/", "AzureOpenAIKey": "${randomChars("hexLower", 32, "aoai-2")}"}}`,
      () => `  azure_openai_api_key: "${randomChars("alnum", 84, "aoai-3")}"`,
    ],
    negatives: [
      "AZURE_OPENAI_API_KEY=<your-azure-openai-key>",
      "AZURE_OPENAI_API_KEY=${AZURE_OPENAI_API_KEY}",
      () => `AZURE_OPENAI_API_KEY=${randomChars("hexLower", 24, "aoai-short")}`,
      "azure_openai_key=1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
    ],
    references: ["https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#authentication"],
  },
  {
    id: "azure-function-key",
    name: "Azure Functions key in an invocation URL",
    vendor,
    family: "API Key",
    severity: "high",
    description: `${about} Azure Functions protects HTTP-triggered functions with function keys, host keys and the _master key, passed as the code query parameter (https://<app>.azurewebsites.net/api/<function>?code=<key>) or the x-functions-key header.`,
    security: [
      "The key invokes the function (or, for host keys, every function in the app) with whatever it does: reading data, sending email, writing to databases.",
      "The _master key also calls the Functions admin APIs, which can manage keys and trigger non-HTTP functions.",
      "Each invocation is billed to the owner's plan.",
    ],
    mitigation: {
      revoke:
        "In the Azure portal open the function app > Functions > App keys (host keys and _master) or the function > Function Keys, and renew or delete the leaked key; CLI: `az functionapp keys set` / `az functionapp function keys delete --function-name <fn> --key-name <name>`. Update callers with the new URL.",
      revokeUrl: "https://portal.azure.com/#browse/Microsoft.Web%2Fsites/kind/functionapp",
      audit:
        "Query Application Insights requests for the function (cloud_RoleName, client IP) during the exposure and check the Activity log for key-management operations.",
      bestPractices: [
        "use App Service Authentication (Entra ID) or API Management for callers instead of function keys",
        "never embed function URLs with code= in front-end code or documentation",
        "prefer function-level keys over host or _master keys",
      ],
    },
    keywords: ["azurewebsites.net/api/", "x-functions-key"],
    window: { before: 80, after: 600 },
    pattern:
      /(?:https:\/\/[A-Za-z0-9-]{2,60}\.azurewebsites\.net\/api\/[^\s"'#?]{1,200}\?(?:[^\s"'#]{0,300}&)?code=|[Xx]-[Ff]unctions-[Kk]ey["']?[ \t]{0,3}[:=,][ \t]{0,3}["']?)(?<secret>(?:[A-Za-z0-9_/+-]|%2[BbFf]){40,100}(?:=|%3[Dd]){0,2})(?![A-Za-z0-9_/+=%-])/,
    examples: [
      () =>
        `WEBHOOK_URL=https://orders-func.azurewebsites.net/api/ProcessOrder?code=${randomChars("base64url", 54, "func-1")}==`,
      () =>
        `fetch("https://report-gen.azurewebsites.net/api/render?format=pdf&code=${encodeURIComponent(`${randomChars("base64", 54, "func-2")}==`)}")`,
      () => `headers = {"x-functions-key": "${randomChars("base64url", 54, "func-3")}=="}`,
    ],
    negatives: [
      "https://myapp.azurewebsites.net/api/HttpTrigger1?code=<your-function-key>",
      "https://myapp.azurewebsites.net/api/HttpTrigger1?code=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
    references: ["https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to"],
  },
  {
    id: "azure-cache-redis-connection-string",
    name: "Azure Cache for Redis connection string",
    vendor,
    family: "Connection String",
    severity: "high",
    description: `${about} Azure Cache for Redis and Azure Managed Redis are hosted Redis services. StackExchange.Redis-style connection strings (<name>.redis.cache.windows.net:6380,password=<access key>,ssl=True) carry one of the cache's access keys.`,
    security: [
      "The access key reads and writes every key in the cache: sessions, tokens and cached personal data.",
      "FLUSHALL or key tampering disrupts the applications relying on the cache.",
    ],
    mitigation: {
      revoke:
        "In the Azure portal open the cache > Settings > Authentication > Access keys and Regenerate the primary (or secondary) key after moving clients to the other; CLI: `az redis regenerate-keys --name <cache> --resource-group <rg> --key-type Primary`.",
      revokeUrl: "https://portal.azure.com/#browse/Microsoft.Cache%2FRedis",
      audit:
        "Check the cache's connection and command metrics and the Activity log (listKeys) for unknown clients; enable connection audit logs on Premium and Enterprise tiers.",
      bestPractices: [
        "use Microsoft Entra authentication for Redis and disable access-key authentication",
        "restrict access with private endpoints or firewall rules",
      ],
    },
    keywords: ["redis.cache.windows.net", "redis.azure.net"],
    window: { before: 80, after: 200 },
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9-])(?<host>[A-Za-z0-9-]{1,63})\.(?:redis\.cache\.windows\.net|[a-z0-9]{2,20}\.redis\.azure\.net)(?::\d{2,5})?,[^\s"']{0,120}?password=(?<secret>${KEY32})${BASE64_END}`,
    ),
    examples: [
      () =>
        `REDIS_CONNECTION=session-cache.redis.cache.windows.net:6380,password=${key32("redis-1")},ssl=True,abortConnect=False`,
      () =>
        `"Redis": "orders-cache.westeurope.redis.azure.net:10000,abortConnect=false,ssl=true,password=${key32("redis-2")}"`,
    ],
    negatives: [
      "mycache.redis.cache.windows.net:6380,password=<access-key>,ssl=True,abortConnect=False",
      "mycache.redis.cache.windows.net:6380,password=${REDIS_KEY},ssl=True",
    ],
    references: ["https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-configure#access-keys"],
  },
  identifiable({
    id: "azure-storage-identifiable-key",
    name: "Azure Storage account key (identifiable format)",
    service: "Azure Storage",
    family: "Access Key",
    severity: "critical",
    signature: "+ASt",
    shape: "64",
    what: "A storage account access key grants full control of all blobs, files, queues and tables in the account.",
    security: [
      "The key reads, overwrites and deletes all data in the storage account.",
      "It signs SAS tokens of any scope and lifetime.",
    ],
    revoke: storageRevoke,
    revokeUrl: "https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts",
    audit: storageAudit,
    bestPractices: storageBestPractices,
    envName: "AZURE_STORAGE_KEY",
    jsonName: "accountKey",
  }),
  identifiable({
    id: "azure-cosmosdb-identifiable-key",
    name: "Azure Cosmos DB account key (identifiable format)",
    service: "Azure Cosmos DB",
    family: "Access Key",
    severity: "critical",
    signature: "ACDb",
    shape: "64",
    what: "Azure Cosmos DB account keys (primary, secondary and read-only) authorize data-plane access to every database in the account.",
    security: [
      "A read-write key reads, modifies and deletes all items in the account.",
      "Queries and writes are billed to the account's throughput.",
    ],
    ...cosmosKeyFix,
    envName: "COSMOS_KEY",
    jsonName: "cosmosKey",
  }),
  identifiable({
    id: "azure-service-bus-identifiable-key",
    name: "Azure Service Bus shared access key (identifiable format)",
    service: "Azure Service Bus",
    severity: "high",
    signature: "+ASb",
    shape: "32",
    what: "Azure Service Bus shared access keys belong to namespace or entity policies with Send, Listen or Manage rights.",
    security: [
      "The key sends, receives or manages messages according to its policy's rights.",
      "It signs SAS tokens of any lifetime for the namespace or entity.",
    ],
    revoke:
      "In the Azure portal open the Service Bus namespace (or queue/topic) > Settings > Shared access policies > the policy and Regenerate its primary or secondary key; CLI: `az servicebus namespace authorization-rule keys renew --key PrimaryKey ...`.",
    revokeUrl: "https://portal.azure.com/#browse/Microsoft.ServiceBus%2Fnamespaces",
    audit:
      "Check namespace metrics and diagnostic logs for unknown senders and receivers, and the Activity log for listKeys.",
    bestPractices: messagingBestPractices,
    envName: "SERVICEBUS_KEY",
    jsonName: "sharedAccessKey",
  }),
  identifiable({
    id: "azure-event-hubs-identifiable-key",
    name: "Azure Event Hubs shared access key (identifiable format)",
    service: "Azure Event Hubs",
    severity: "high",
    signature: "+AEh",
    shape: "32",
    what: "Azure Event Hubs shared access keys belong to namespace or event hub policies with Send, Listen or Manage rights.",
    security: [
      "The key publishes forged events or reads the event stream, depending on its policy's rights.",
      "A Manage key also creates and deletes event hubs and consumer groups.",
    ],
    revoke:
      "In the Azure portal open the Event Hubs namespace (or event hub) > Settings > Shared access policies > the policy and Regenerate its primary or secondary key; CLI: `az eventhubs namespace authorization-rule keys renew --key PrimaryKey ...`.",
    revokeUrl: "https://portal.azure.com/#browse/Microsoft.EventHub%2Fnamespaces",
    audit:
      "Check incoming/outgoing message metrics and diagnostic logs for unknown clients, and the Activity log for listKeys.",
    bestPractices: messagingBestPractices,
    envName: "EVENTHUB_KEY",
    jsonName: "sharedAccessKey",
  }),
  identifiable({
    id: "azure-relay-identifiable-key",
    name: "Azure Relay shared access key (identifiable format)",
    service: "Azure Relay",
    severity: "high",
    signature: "+ARm",
    shape: "32",
    what: "Azure Relay exposes on-premises services through hybrid connections and WCF relays, authorized by shared access policies.",
    security: [
      "The key lets an attacker listen on a hybrid connection and intercept traffic meant for the on-premises service.",
      "With Send rights it sends requests through the relay into the on-premises network.",
    ],
    revoke:
      "In the Azure portal open the Relay namespace (or hybrid connection) > Settings > Shared access policies > the policy and Regenerate its primary or secondary key; CLI: `az relay namespace authorization-rule keys renew --key PrimaryKey ...`.",
    revokeUrl: "https://portal.azure.com/#browse/Microsoft.Relay%2Fnamespaces",
    audit:
      "Check the namespace's listener and sender connection metrics and diagnostic logs for unknown endpoints.",
    bestPractices: [
      "use Entra ID authorization for Relay where possible",
      "scope policies to a single hybrid connection with Send or Listen only",
    ],
    envName: "RELAY_KEY",
    jsonName: "relayKey",
  }),
  identifiable({
    id: "azure-iot-identifiable-key",
    name: "Azure IoT Hub / DPS / device key (identifiable format)",
    service: "Azure IoT",
    severity: "high",
    signature: "AIoT",
    shape: "32",
    what: "Azure IoT Hub, the Device Provisioning Service and IoT devices use symmetric keys for their shared access policies, enrollment groups and device identities.",
    security: [
      "A hub policy key manages device identities or sends commands to devices; a device key impersonates that device.",
      "An enrollment group key derives the keys of every device in the group.",
    ],
    revoke:
      "Regenerate the key where it is defined: IoT hub or DPS > Security settings > Shared access policies > the policy > Regenerate; devices: IoT hub > Devices > the device > Regenerate keys; enrollment groups: DPS > Manage enrollments > the group > Regenerate keys.",
    revokeUrl: "https://portal.azure.com/#browse/Microsoft.Devices%2FIotHubs",
    audit:
      "Review IoT Hub diagnostic logs (Connections, DeviceIdentityOperations, C2DCommands) for activity you did not initiate.",
    bestPractices: [
      "use X.509 or TPM attestation for devices",
      "use Entra ID for back-end services instead of iothubowner",
    ],
    envName: "IOTHUB_DEVICE_KEY",
    jsonName: "primaryKey",
  }),
  identifiable({
    id: "azure-apim-identifiable-key",
    name: "Azure API Management key (identifiable format)",
    service: "Azure API Management",
    severity: "high",
    signature: "APIM",
    shape: "64",
    what: "Azure API Management (APIM) issues subscription keys to API consumers (Ocp-Apim-Subscription-Key), and keys for its direct management API, self-hosted gateways and configuration repository.",
    security: [
      "A subscription key calls every API in the subscription's scope with the owner's quota and identity.",
      "Direct management, gateway and repository keys change the APIM configuration, which routes and transforms all API traffic.",
    ],
    revoke:
      "In the Azure portal open the API Management instance > APIs > Subscriptions, find the subscription and select Regenerate primary (or secondary) key; for management, gateway or repository keys regenerate them under Deployment + infrastructure (Management API, Gateways > the gateway > Deployment).",
    revokeUrl: "https://portal.azure.com/#browse/Microsoft.ApiManagement%2Fservice",
    audit:
      "Query the GatewayLogs diagnostic table (or Application Insights) for calls with the subscription and the Activity log for configuration changes.",
    bestPractices: [
      "scope subscriptions to single products or APIs and set rate limits",
      "authenticate back-end callers with OAuth (validate-jwt) in addition to subscription keys",
    ],
    envName: "APIM_SUBSCRIPTION_KEY",
    jsonName: "Ocp-Apim-Subscription-Key",
  }),
  identifiable({
    id: "azure-batch-identifiable-key",
    name: "Azure Batch account key (identifiable format)",
    service: "Azure Batch",
    family: "Access Key",
    severity: "high",
    signature: "+ABa",
    shape: "64",
    what: "Azure Batch runs large-scale parallel compute jobs; its account keys authorize the Batch service API.",
    security: [
      "The key creates pools and jobs that run arbitrary code on virtual machines billed to the account.",
      "Existing tasks, their inputs and outputs can be read or altered.",
    ],
    revoke:
      "In the Azure portal open the Batch account > Settings > Keys and regenerate the primary or secondary key; CLI: `az batch account keys renew --name <account> --resource-group <rg> --key-name primary`.",
    revokeUrl: "https://portal.azure.com/#browse/Microsoft.Batch%2FbatchAccounts",
    audit:
      "Review the Batch account's pools, jobs and tasks and the ServiceLog diagnostic logs for work you did not submit; check Cost Management.",
    bestPractices: [
      "use Entra ID authentication for Batch and disable shared-key access",
      "cap pool sizes with quotas",
    ],
    envName: "AZURE_BATCH_KEY",
    jsonName: "batchAccountKey",
  }),
  identifiable({
    id: "azure-cache-redis-identifiable-key",
    name: "Azure Cache for Redis access key (identifiable format)",
    service: "Azure Cache for Redis",
    family: "Access Key",
    severity: "high",
    signature: "AzCa",
    shape: "32",
    what: "Azure Cache for Redis access keys authenticate Redis clients (AUTH) against the cache.",
    security: [
      "The key reads and writes every key in the cache, including sessions and tokens.",
      "FLUSHALL or tampering disrupts dependent applications.",
    ],
    revoke:
      "In the Azure portal open the cache > Settings > Authentication > Access keys and Regenerate the leaked key; CLI: `az redis regenerate-keys --name <cache> --resource-group <rg> --key-type Primary`.",
    revokeUrl: "https://portal.azure.com/#browse/Microsoft.Cache%2FRedis",
    audit: "Check connection and command metrics and the Activity log (listKeys) for unknown clients.",
    bestPractices: [
      "use Microsoft Entra authentication and disable access keys",
      "restrict network access with private endpoints",
    ],
    envName: "REDIS_ACCESS_KEY",
    jsonName: "redisKey",
  }),
  identifiable({
    id: "azure-event-grid-identifiable-key",
    name: "Azure Event Grid access key (identifiable format)",
    service: "Azure Event Grid",
    severity: "medium",
    signature: "AZEG",
    shape: "32",
    what: "Azure Event Grid topics and domains accept published events authenticated with an access key (aeg-sas-key header).",
    security: [
      "The key publishes forged events that subscribers (functions, webhooks, queues) act upon.",
      "Flooding a topic incurs charges and may trigger costly handlers.",
    ],
    revoke:
      "In the Azure portal open the Event Grid topic or domain > Settings > Access keys and Regenerate Key 1 or Key 2; CLI: `az eventgrid topic key regenerate --name <topic> --resource-group <rg> --key-name key1`.",
    revokeUrl: "https://portal.azure.com/#browse/Microsoft.EventGrid%2Ftopics",
    audit: "Check the topic's Published Events metrics and diagnostic logs for unexpected publishers.",
    bestPractices: [
      "use Entra ID (EventGrid Data Sender role) and disable local auth",
      "validate event content in subscribers",
    ],
    envName: "EVENTGRID_KEY",
    jsonName: "aeg-sas-key",
  }),
  identifiable({
    id: "azure-search-identifiable-key",
    name: "Azure AI Search key (identifiable format)",
    service: "Azure AI Search",
    severity: "high",
    signature: "AzSe",
    shape: "ac52",
    what: "Azure AI Search (formerly Cognitive Search) uses admin keys, which manage indexes and documents, and query keys, which only search.",
    security: [
      "An admin key reads, modifies and deletes indexes, indexers, data sources (with their connection strings) and documents.",
      "A query key searches every index, exposing indexed content.",
    ],
    revoke:
      "In the Azure portal open the search service > Settings > Keys: regenerate the primary or secondary admin key, or delete the leaked query key and create a new one; CLI: `az search admin-key renew --key-kind primary ...` / `az search query-key delete ...`.",
    revokeUrl: "https://portal.azure.com/#browse/Microsoft.Search%2FsearchServices",
    audit:
      "Enable diagnostic logs (OperationLogs) and review queries and index operations from unknown addresses.",
    bestPractices: [
      "use Entra ID role-based access for Search and disable API keys",
      "give clients query keys, never admin keys",
    ],
    envName: "AZURE_SEARCH_KEY",
    jsonName: "api-key",
  }),
  identifiable({
    id: "azure-container-registry-identifiable-key",
    name: "Azure Container Registry password (identifiable format)",
    service: "Azure Container Registry",
    family: "Password",
    severity: "critical",
    signature: "+ACR",
    shape: "ac52",
    what: "Azure Container Registry (ACR) admin-user passwords and repository-scoped token passwords authenticate `docker login <registry>.azurecr.io`.",
    security: [
      "With push rights the holder replaces images that production deploys, a direct supply-chain compromise.",
      "Pulling exposes proprietary images and any secrets baked into their layers.",
    ],
    revoke:
      "In the Azure portal open the registry > Settings > Access keys and regenerate password or password2 (or disable the admin user); for tokens open Repository permissions > Tokens > the token and regenerate or delete its passwords. CLI: `az acr credential renew --name <registry> --password-name password`.",
    revokeUrl: "https://portal.azure.com/#browse/Microsoft.ContainerRegistry%2Fregistries",
    audit:
      "Query the ContainerRegistryLoginEvents and ContainerRegistryRepositoryEvents diagnostic logs for logins and pushes from unknown addresses; verify image digests against your builds.",
    bestPractices: [
      "disable the admin user and use Entra ID identities (AcrPush/AcrPull roles) or scoped tokens",
      "sign images and enforce signature verification at deploy time",
    ],
    envName: "ACR_PASSWORD",
    jsonName: "password",
  }),
  identifiable({
    id: "azure-function-identifiable-key",
    name: "Azure Functions key (identifiable format)",
    service: "Azure Functions",
    severity: "high",
    signature: "AzFu",
    shape: "url56",
    what: "Azure Functions keys (function keys, host keys and the _master key) authorize calls to HTTP-triggered functions and the Functions admin API.",
    security: [
      "The key invokes protected functions; the _master key also manages keys through the admin API.",
      "Each invocation is billed to the app's plan.",
    ],
    revoke:
      "In the Azure portal open the function app > Functions > App keys, or the function > Function Keys, and renew or delete the leaked key; CLI: `az functionapp function keys delete --function-name <fn> --key-name <name> ...`.",
    revokeUrl: "https://portal.azure.com/#browse/Microsoft.Web%2Fsites/kind/functionapp",
    audit: "Query Application Insights requests for the function during the exposure.",
    bestPractices: [
      "use App Service Authentication or API Management instead of keys",
      "never embed function URLs with code= in client code",
    ],
    envName: "AZURE_FUNCTION_KEY",
    jsonName: "masterKey",
  }),
];
