import { ALNUM_START, ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Yandex Cloud";
const about = "Yandex Cloud is Yandex's public cloud platform.";

const saBestPractices = [
  "give service accounts only the roles they need, on the narrowest folder or resource",
  "prefer short-lived IAM tokens obtained from the metadata service or workload identity federation over long-lived keys",
  "keep keys in Lockbox or CI secrets, never in repositories",
];
const saAudit =
  "Review Audit Trails events for the service account (subject) during the exposure, and the folder's resources and billing for anything you did not create.";

/** The secret half of a static access key: YC + 38 URL-safe characters. */
const staticSecret = (label: string) => `YC${randomChars("base64url", 38, label)}`;

export const detectors: Detector[] = [
  {
    id: "yandex-cloud-api-key",
    name: "Yandex Cloud API key",
    vendor,
    family: "API Key",
    severity: "high",
    description: `${about} Service account API keys (AQVN followed by 35 to 38 URL-safe characters) authenticate calls to services that accept API keys, such as Yandex GPT / Foundation Models, SpeechKit, Vision and Search API.`,
    security: [
      "The key calls the supported services as the service account, billed to its cloud.",
      "Depending on the account's roles it can read data processed by those services.",
    ],
    mitigation: {
      revoke:
        "In the Yandex Cloud management console open the folder > Identity and Access Management > Service accounts > the account > API keys and delete the leaked key; CLI: `yc iam api-key delete <key-id>`.",
      revokeUrl: "https://console.yandex.cloud/",
      audit: saAudit,
      bestPractices: [...saBestPractices, "set a scope and expiry on API keys"],
    },
    keywords: ["AQVN"],
    window: { before: 8, after: 48 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9_-])/,
    examples: [
      () => `YANDEX_API_KEY=AQVN${randomChars("base64url", 36, "yc-api-1")}`,
      () => `headers = {"Authorization": "Api-Key AQVN${randomChars("base64url", 36, "yc-api-2")}"}`,
    ],
    negatives: [
      "YANDEX_API_KEY=AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `YANDEX_API_KEY=AQVN${randomChars("base64url", 20, "yc-api-short")}`,
    ],
    references: ["https://yandex.cloud/en/docs/iam/concepts/authorization/api-key"],
  },
  {
    id: "yandex-cloud-iam-token",
    name: "Yandex Cloud IAM token",
    vendor,
    family: "Access Token",
    severity: "high",
    description: `${about} IAM tokens (t1. followed by two dot-separated base64url parts) authenticate calls to every Yandex Cloud API as a user or service account for up to 12 hours.`,
    security: [
      "Until it expires the token acts with all the roles of its user or service account, across clouds and folders.",
      "Tokens of administrators can create, change or delete any resource.",
    ],
    mitigation: {
      revoke:
        "Revoke the token with `yc iam revoke-token` (or the iam.revokeToken API); for a user, also end their sessions; then find and close the source of the leak (logs, CI output). Otherwise it expires within 12 hours.",
      revokeUrl: "https://yandex.cloud/en/docs/iam/operations/iam-token/revoke-iam-token",
      audit: saAudit,
      bestPractices: [
        "never log Authorization headers",
        "obtain IAM tokens just in time instead of storing them",
      ],
    },
    keywords: ["t1."],
    window: { before: 8, after: 520 },
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>t1\.[A-Za-z0-9_-]{20,400}={0,2}\.[A-Za-z0-9_-]{86}={0,2})(?![A-Za-z0-9_.=-])/,
    // Lists the clouds the IAM token may see: a GET that creates no resource.
    verify: {
      method: "GET",
      url: "https://resource-manager.api.cloud.yandex.net/resource-manager/v1/clouds",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () =>
        `YC_TOKEN=t1.9euelZ${randomChars("base64url", 150, "yc-iam-1")}.${randomChars("base64url", 86, "yc-iam-1s")}`,
      () =>
        `curl -H "Authorization: Bearer t1.9euelZ${randomChars("base64url", 170, "yc-iam-2")}.${randomChars("base64url", 86, "yc-iam-2s")}" https://resource-manager.api.cloud.yandex.net/resource-manager/v1/clouds`,
    ],
    negatives: [
      "Authorization: Bearer t1.xxxx.yyyy",
      () => `version t1.${randomChars("alnum", 10, "yc-iam-n")}.release`,
    ],
    references: [
      "https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token",
      "https://yandex.cloud/en/docs/resource-manager/api-ref/Cloud/list",
    ],
  },
  {
    id: "yandex-cloud-static-access-key",
    name: "Yandex Cloud static access key",
    vendor,
    family: "Access Key",
    severity: "high",
    description: `${about} Static access keys give service accounts AWS-compatible access to Object Storage, Message Queue and YDB: a key ID (YCAJ followed by 21 characters) and a secret key (YC followed by 38 characters), reported together when found near each other.`,
    security: [
      "With the secret, the pair reads, writes and deletes objects in the buckets the service account can reach.",
      "Message Queue queues and YDB document tables are reachable through the AWS-compatible APIs.",
    ],
    mitigation: {
      revoke:
        "In the management console open the folder > Identity and Access Management > Service accounts > the account > Static access keys and delete the key with the matching ID; CLI: `yc iam access-key delete <key-id>`.",
      revokeUrl: "https://console.yandex.cloud/",
      audit:
        "Review Object Storage bucket logs and Audit Trails data events for requests signed with the key ID.",
      bestPractices: saBestPractices,
    },
    keywords: ["YCAJ"],
    window: { before: 8, after: 40 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>YCAJ[A-Za-z0-9_-]{21})(?![A-Za-z0-9_-])/,
    companions: [
      {
        name: "secret key",
        pattern: /(?<![A-Za-z0-9_-])(?<value>YC[A-Za-z0-9_-]{38})(?![A-Za-z0-9_-])/,
        within: 512,
      },
    ],
    examples: [
      () =>
        `access_key = "YCAJ${randomChars("base64url", 21, "yc-static-1")}"\nsecret_key = "YC${randomChars("base64url", 38, "yc-static-1s")}"`,
      () =>
        `{"access_key": {"id": "${randomChars("lowerAlnum", 20, "yc-static-2i")}", "key_id": "YCAJ${randomChars("base64url", 21, "yc-static-2")}"}, "secret": "YC${randomChars("base64url", 38, "yc-static-2s")}"}`,
    ],
    negatives: [
      "key_id: YCAJxxxxxxxxxxxxxxxxxxxxx",
      () => `key_id: YCAJ${randomChars("base64url", 12, "yc-static-short")}`,
    ],
    references: ["https://yandex.cloud/en/docs/iam/concepts/authorization/access-key"],
  },
  {
    id: "yandex-cloud-static-secret-key",
    name: "Yandex Cloud static access key secret (without its key ID)",
    vendor,
    family: "Access Key",
    severity: "high",
    confidence: "medium",
    description: `${about} The secret half of a static access key (YC followed by 38 URL-safe characters) is often stored on its own, under a name such as YANDEX_SECRET_KEY or yc_secret_key, while the key ID sits in another file or variable. Found without a YCAJ key ID nearby, it is recognised by that name.`,
    security: [
      "Anyone who also learns or guesses the key ID (it is not secret and appears in logs and bucket policies) can sign Object Storage and Message Queue requests as the service account.",
      "Buckets the service account can reach may be read, overwritten or deleted.",
    ],
    mitigation: {
      revoke:
        "Find the key ID that belongs to this secret (management console > the folder > Identity and Access Management > Service accounts > each account > Static access keys, or `yc iam access-key list --service-account-name <name>`), then delete that key with `yc iam access-key delete <key-id>` and issue a new one.",
      revokeUrl: "https://console.yandex.cloud/",
      audit:
        "Review Object Storage bucket logs and Audit Trails data events for requests signed with the matching key ID during the exposure.",
      bestPractices: saBestPractices,
    },
    keywords: ["yandex", "yc_", "yc-"],
    window: { before: 48, after: 96 },
    pattern: new RegExp(
      `${ALNUM_START}${vendorName(["yandex", "yc"], ["secret", "key", "token"])}${ASSIGN_LOOSE}(?<secret>YC[A-Za-z0-9_-]{38})${TOKEN_END}`,
    ),
    examples: [
      () => `YANDEX_SECRET_KEY=${staticSecret("yc-secret-1")}`,
      () => `yandex_api_token = "${staticSecret("yc-secret-2")}"`,
      () => `  yc_storage_secret_key: "${staticSecret("yc-secret-3")}"`,
    ],
    negatives: [
      "YANDEX_SECRET_KEY=YCxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // The key ID (YCAJ + 21) is not the secret.
      () => `yandex_access_key = "YCAJ${randomChars("base64url", 21, "yc-secret-id")}"`,
      // One character short.
      () => `YANDEX_SECRET_KEY=YC${randomChars("base64url", 37, "yc-secret-short")}`,
    ],
    references: ["https://yandex.cloud/en/docs/iam/concepts/authorization/access-key"],
  },
  {
    id: "yandex-oauth-token",
    name: "Yandex OAuth token",
    vendor,
    family: "OAuth Token",
    severity: "critical",
    description: `${about} Yandex ID OAuth tokens (y0_ followed by base64url data, typically starting y0_Ag) authenticate the yc CLI and Terraform as a Yandex account and are exchanged for IAM tokens; they are valid for a year.`,
    security: [
      "The token obtains IAM tokens with all of the user's roles in every cloud they belong to.",
      "Cloud owners' tokens can create, change and delete any resource and manage access.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Yandex ID account and revoke the application's access at id.yandex.com > Security > Devices, services and apps (or log out of all devices), which invalidates its OAuth tokens; then run `yc init` again to obtain a new token.",
      revokeUrl: "https://id.yandex.com/security",
      audit: saAudit,
      bestPractices: [
        "use federated accounts or service accounts for automation instead of personal OAuth tokens",
        "never commit ~/.config/yandex-cloud/config.yaml",
      ],
    },
    // The binary header of these tokens encodes to long runs of "A", which the placeholder
    // filter would take for filler.
    skipPlaceholderCheck: true,
    minEntropy: 3.5,
    keywords: ["y0_Ag"],
    window: { before: 8, after: 120 },
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>y0_Ag(?=[A-Za-z0-9_-]{0,99}[a-z])[A-Za-z0-9_-]{40,100})(?![A-Za-z0-9_-])/,
    // Yandex ID's user-information GET answers for any valid token (with more fields for tokens
    // that hold login scopes): no side effect, no quota.
    verify: {
      method: "GET",
      url: "https://login.yandex.ru/info?format=json",
      headers: { Authorization: "OAuth {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `YC_TOKEN=y0_AgAAAAA${randomChars("base64url", 50, "yc-oauth-1")}`,
      () =>
        `token: y0_AgAAAAA${randomChars("base64url", 50, "yc-oauth-2")}\ncloud-id: b1g${randomChars("lowerAlnum", 17, "yc-oauth-2c")}`,
    ],
    negatives: ["token: y0_Ag...", () => `token: y0_Ag${randomChars("base64url", 20, "yc-oauth-short")}`],
    references: [
      "https://yandex.cloud/en/docs/iam/concepts/authorization/oauth-token",
      "https://yandex.com/dev/id/doc/en/user-information",
    ],
  },
];
