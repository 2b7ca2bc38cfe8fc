import { ALNUM_END, ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Alibaba Cloud";
const about = "Alibaba Cloud (Aliyun) is Alibaba Group's cloud computing platform.";

const keyId = (label: string) => `LTAI${randomChars("alnum", 20, label)}`;
const keySecret = (label: string) => randomChars("alnum", 30, label);

const revoke =
  "Sign in to the Alibaba Cloud console as the account owner or a RAM administrator, open RAM (Resource Access Management) > Identities > Users > the user owning the AccessKey ID > Authentication > AccessKey, Disable the leaked AccessKey pair and then Delete it (for keys of the Alibaba Cloud account itself, use the avatar menu > AccessKey). CLI: `aliyun ram UpdateAccessKey --UserAccessKeyId <id> --Status Inactive` then `aliyun ram DeleteAccessKey`.";
const audit =
  "In ActionTrail, query events by AccessKey ID for the exposure period across all regions; review the RAM user's last-used information, Security Center alerts, and billing for unexpected ECS, OSS traffic or SMS usage.";
const bestPractices = [
  "never use the Alibaba Cloud account's own AccessKey; create RAM users with least-privilege policies",
  "prefer RAM roles and STS temporary credentials (ECS instance RAM roles, OIDC for CI)",
  "rotate AccessKeys regularly and delete unused ones",
  "restrict AccessKey use with network ACL conditions (acs:SourceIp) in policies",
];

export const detectors: Detector[] = [
  {
    id: "alibaba-access-key",
    name: "Alibaba Cloud AccessKey ID",
    vendor,
    family: "Access Key",
    severity: "medium",
    description: `${about} Its API requests are signed with an AccessKey pair: an AccessKey ID starting with LTAI (for the newer 24-character format, LTAI + 20 characters) and a 30-character AccessKey secret. The ID alone only names the key; with its secret (reported as a companion when nearby) the pair acts as the RAM user or account.`,
    security: [
      "With the AccessKey secret the pair calls every Alibaba Cloud API the RAM user or account may use: ECS, OSS, RDS, SMS.",
      "Leaked account-level keys give full control of all resources and billing.",
      "Attackers run crypto-mining instances and send SMS spam at the owner's expense.",
    ],
    mitigation: { revoke, revokeUrl: "https://ram.console.aliyun.com/users", audit, bestPractices },
    keywords: ["LTAI"],
    window: { before: 8, after: 32 },
    pattern: /(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/,
    companions: [
      {
        name: "AccessKey secret",
        pattern:
          /(?<![A-Za-z0-9])(?<value>(?=[A-Za-z0-9]{0,29}[A-Z])(?=[A-Za-z0-9]{0,29}[a-z])(?=[A-Za-z0-9]{0,29}[0-9])[A-Za-z0-9]{30})(?![A-Za-z0-9])/,
        within: 512,
      },
    ],
    examples: [
      () => `ALIBABA_CLOUD_ACCESS_KEY_ID=${keyId("ali-1")}\nALIBABA_CLOUD_REGION_ID=cn-hangzhou`,
      () =>
        `provider "alicloud" {\n  access_key = "${keyId("ali-2")}"\n  secret_key = "${keySecret("ali-2s")}"\n  region     = "cn-hangzhou"\n}`,
      () => `config = Config(access_key_id='${keyId("ali-3")}', endpoint='ecs.aliyuncs.com')`,
    ],
    negatives: [
      "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI****************",
      "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxxxxxx",
      () => `id=LTAI${randomChars("alnum", 8, "ali-short")}`,
    ],
    references: ["https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair"],
  },
  {
    id: "alibaba-access-key-secret",
    name: "Alibaba Cloud AccessKey secret",
    vendor,
    family: "Access Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} The AccessKey secret is the 30-character private half of an AccessKey pair. It has no prefix and is recognised by the names Alibaba tools give it: ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALICLOUD_SECRET_KEY, access_key_secret, AccessKeySecret.`,
    security: [
      "With its AccessKey ID the secret signs API calls as the RAM user or account, with all their permissions.",
      "Account-level secrets control every resource and the billing of the account.",
    ],
    mitigation: { revoke, revokeUrl: "https://ram.console.aliyun.com/users", audit, bestPractices },
    keywords: ["access_key_secret", "accesskeysecret", "access-key-secret", "alibaba", "alicloud", "aliyun"],
    window: { before: 48, after: 80 },
    pattern: new RegExp(
      `(?:ALIBABA_CLOUD_ACCESS_KEY_SECRET|ALICLOUD_ACCESS_KEY_SECRET|ALICLOUD_SECRET_KEY|ALIYUN_ACCESS_KEY_SECRET|ALIYUN_SECRET_KEY|alibaba_cloud_access_key_secret|access_key_secret|accessKeySecret|AccessKeySecret|access-key-secret|${vendorName(["alibaba", "alicloud", "aliyun"], ["secret", "token", "key"])})${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{30})${ALNUM_END}`,
    ),
    companions: [
      {
        name: "AccessKey ID",
        pattern: /(?<![A-Za-z0-9])(?<value>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/,
        within: 512,
      },
    ],
    examples: [
      () => `export ALIBABA_CLOUD_ACCESS_KEY_SECRET=${keySecret("ali-sec-1")}`,
      () => `{"AccessKeySecret": "${keySecret("ali-sec-2")}", "AccessKeyId": "${keyId("ali-sec-2k")}"}`,
      () => `oss:\n  access-key-secret: ${keySecret("ali-sec-3")}`,
      () => `alibaba_secret = ${keySecret("ali-sec-4")}`,
      () => `aliyunSecretKey := "${keySecret("ali-sec-5")}"`,
    ],
    negatives: [
      "ALIBABA_CLOUD_ACCESS_KEY_SECRET=<your-access-key-secret>",
      "access_key_secret = os.environ['ALIBABA_CLOUD_ACCESS_KEY_SECRET']",
      () => `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${randomChars("alnum", 24, "ali-sec-short")}`,
      // The AccessKey ID is not the secret, even under an alibaba_*_key name.
      () => `alibaba_access_key = "${keyId("ali-sec-id")}"`,
    ],
    references: ["https://www.alibabacloud.com/help/en/sdk/developer-reference/v2-manage-access-credentials"],
  },
];
