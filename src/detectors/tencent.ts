import { ALNUM_END, ASSIGN } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Tencent Cloud";
const about = "Tencent Cloud is Tencent's cloud computing platform.";
const secretId = (label: string) => `AKID${randomChars("alnum", 32, label)}`;
const secretKey = (label: string) => randomChars("alnum", 32, label);

const mitigation = {
  revoke:
    "In the Tencent Cloud console open Cloud Access Management (CAM) > Access Key > API Key Management (for the root account) or Users > the sub-user > API Key, Disable the leaked SecretId and then Delete it; create a new key for the legitimate application.",
  revokeUrl: "https://console.tencentcloud.com/cam/capi",
  audit:
    "Query CloudAudit event history by SecretId for the exposure period in every region, and review billing for unexpected CVM, COS or SMS usage.",
  bestPractices: [
    "do not create API keys for the root account; use sub-users or roles with least-privilege policies",
    "prefer temporary credentials from STS (CAM roles) for applications",
    "restrict key use by source IP in CAM policies and rotate keys regularly",
  ],
};

export const detectors: Detector[] = [
  {
    id: "tencent-cloud-secret-id",
    name: "Tencent Cloud SecretId",
    vendor,
    family: "Access Key",
    severity: "medium",
    description: `${about} API requests are signed with a key pair: a SecretId (AKID followed by 32 letters and digits; 36 for Tencent Cloud Market's API keys) and a 32-character SecretKey. The SecretId alone only names the key; its SecretKey, reported as a companion when nearby, completes the credential.`,
    security: [
      "With the SecretKey, the pair calls every Tencent Cloud API the account or sub-user may use: CVM, COS, databases, SMS.",
      "Root-account keys control all resources and billing.",
    ],
    mitigation,
    keywords: ["AKID"],
    window: { before: 8, after: 48 },
    // Tencent Cloud Market's API keys carry four more characters.
    pattern: /(?<![A-Za-z0-9])(?<secret>AKID[A-Za-z0-9]{32}(?:[A-Za-z0-9]{4})?)(?![A-Za-z0-9])/,
    companions: [
      {
        name: "SecretKey",
        pattern:
          /(?<![A-Za-z0-9])(?<value>(?=[A-Za-z0-9]{0,31}[A-Z])(?=[A-Za-z0-9]{0,31}[a-z])(?=[A-Za-z0-9]{0,31}[0-9])[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
        within: 512,
      },
    ],
    examples: [
      () => `TENCENTCLOUD_SECRET_ID=${secretId("tc-1")}\nTENCENTCLOUD_REGION=ap-guangzhou`,
      // An API key of the Tencent Cloud Market, four characters longer.
      () =>
        `private static final String secretId = "${secretId("tc-market")}${randomChars("alnum", 4, "tc-market-tail")}";`,
      () => `cred = credential.Credential("${secretId("tc-2")}", os.environ["TENCENTCLOUD_SECRET_KEY"])`,
    ],
    negatives: [
      "TENCENTCLOUD_SECRET_ID=AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `id=AKID${randomChars("alnum", 20, "tc-short")}`,
    ],
    references: ["https://www.tencentcloud.com/document/product/598/32675"],
  },
  {
    id: "tencent-cloud-secret-key",
    name: "Tencent Cloud SecretKey",
    vendor,
    family: "Access Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} The SecretKey is the 32-character private half of an API key pair, recognised by names such as TENCENTCLOUD_SECRET_KEY, TENCENT_SECRET_KEY or SecretKey.`,
    security: [
      "With its SecretId, the key signs API calls as the account or sub-user, with all of its permissions.",
      "Root-account keys control every resource and the billing of the account.",
    ],
    mitigation,
    keywords: [
      "tencentcloud_secret_key",
      "tencent_secret_key",
      "tencentcloud_secretkey",
      "secretkey",
      "qcloud_secret_key",
    ],
    window: { before: 160, after: 160 },
    pattern: new RegExp(
      `(?:TENCENTCLOUD_SECRET_KEY|TENCENTCLOUD_SECRETKEY|TENCENT_SECRET_KEY|QCLOUD_SECRET_KEY|tencentcloud_secret_key|tencent_secret_key|SecretKey|secretKey)${ASSIGN}(?<secret>[A-Za-z0-9]{32})${ALNUM_END}`,
    ),
    validate: (_secret, context) =>
      /AKID[A-Za-z0-9]{32}|tencent|qcloud|TENCENT|QCLOUD/i.test(context.window)
        ? true
        : "no Tencent Cloud context (SecretId or vendor name) nearby",
    companions: [
      {
        name: "SecretId",
        pattern: /(?<![A-Za-z0-9])(?<value>AKID[A-Za-z0-9]{32}(?:[A-Za-z0-9]{4})?)(?![A-Za-z0-9])/,
        within: 512,
      },
    ],
    examples: [
      () => `export TENCENTCLOUD_SECRET_KEY=${secretKey("tc-sk-1")}`,
      () =>
        `{"SecretKey": "${secretKey("tc-sk-2")}", "SecretId": "${secretId("tc-sk-2i")}", "Region": "ap-guangzhou"}`,
    ],
    negatives: [
      "TENCENTCLOUD_SECRET_KEY=<secret-key>",
      // A generic "secretKey" with nothing that points at Tencent Cloud.
      () => `{"secretKey": "${secretKey("tc-sk-other")}", "provider": "acme"}`,
    ],
    references: ["https://www.tencentcloud.com/document/product/598/32675"],
  },
];
