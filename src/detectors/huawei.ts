import { ALNUM_END, ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Huawei Cloud";
const about =
  "Huawei Cloud signs API and OBS (object storage) requests with a permanent access key pair: an Access Key ID (AK, 20 upper-case letters and digits) and a Secret Access Key (SK, 40 letters and digits). Neither has a prefix; the console hands the pair out once, as a credentials.csv file.";

const accessKey = (label: string) => randomChars("upperAlnum", 20, label);
const secretKey = (label: string) => randomChars("alnum", 40, label);

const mitigation = {
  revoke:
    "Sign in to the Huawei Cloud console as the key's IAM user (or an administrator), open My Credentials > Access Keys (administrators: IAM > Users > the user > Security Settings > Access Keys), disable the leaked Access Key ID and then delete it; create a new pair for the application that needs one. Each user has at most two access keys, so the old one must go before a new one can be made if both slots are used.",
  revokeUrl: "https://console-intl.huaweicloud.com/iam/#/mine/accessKey",
  audit:
    "In Cloud Trace Service (CTS), search the traces of every region for requests signed with the Access Key ID over the exposure period; review OBS access logs for unexpected downloads, and billing for unexpected ECS or other usage.",
  bestPractices: [
    "give programs an IAM agency (ECS agencies, temporary AK/SK with a security token) instead of a permanent access key",
    "keep access keys in a secrets store (Huawei Cloud CSMS), never in code or the repository",
    "grant the IAM user only the permissions it needs, and turn on access key protection so only administrators manage keys",
  ],
};

/** The Access Key ID, reported beside the secret it belongs to. */
const accessKeyCompanion = {
  name: "Access Key ID",
  pattern:
    /(?<![A-Za-z0-9])(?<value>(?=[A-Z0-9]{0,19}[0-9])(?=[A-Z0-9]{0,19}[A-Z])[A-Z0-9]{20})(?![A-Za-z0-9])/,
  within: 400,
};

export const detectors: Detector[] = [
  {
    id: "huawei-cloud-secret-access-key",
    name: "Huawei Cloud Secret Access Key (SK)",
    vendor,
    family: "Access Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} The SK is recognised by the names Huawei's SDKs, the Terraform provider and the OBS client give it: HUAWEICLOUD_SDK_SK, CLOUD_SDK_SK, HW_SECRET_KEY, huaweicloud_secret_key, an ObsClient's secret_access_key. Its Access Key ID is reported as a companion when nearby.`,
    security: [
      "With its Access Key ID the SK signs requests as the IAM user, with every permission the user has: ECS, OBS buckets, databases, IAM itself for an administrator.",
      "The pair does not expire: it works until someone deletes it.",
      "Attackers use leaked keys to download OBS buckets and run instances at the owner's expense.",
    ],
    mitigation,
    keywords: ["cloud_sdk_sk", "hw_secret_key", "huawei", "obsclient"],
    window: { before: 64, after: 420, multiline: true },
    pattern: new RegExp(
      `(?:(?:HUAWEICLOUD_SDK_SK|HUAWEI_CLOUD_SDK_SK|CLOUD_SDK_SK|HW_SECRET_KEY|HUAWEICLOUD_SECRET_KEY|${vendorName(["huawei", "huaweicloud", "huawei_cloud"], ["secret", "sk", "key"])})${ASSIGN_LOOSE}|ObsClient\\([^)]{0,300}?secret_access_key\\s{0,3}=\\s{0,3}["'])(?<secret>[A-Za-z0-9]{40})${ALNUM_END}`,
    ),
    companions: [accessKeyCompanion],
    examples: [
      () => `export HUAWEICLOUD_SDK_AK=${accessKey("hw-1a")}\nexport HUAWEICLOUD_SDK_SK=${secretKey("hw-1")}`,
      () =>
        `provider "huaweicloud" {\n  region     = "ap-southeast-1"\n  access_key = "${accessKey("hw-2a")}"\n  secret_key = "${secretKey("hw-2")}"\n}\n# HW_SECRET_KEY=${secretKey("hw-2b")}`,
      () =>
        `obs = ObsClient(\n    access_key_id="${accessKey("hw-3a")}",\n    secret_access_key="${secretKey("hw-3")}",\n    server="https://obs.ap-southeast-1.myhuaweicloud.com",\n)`,
      () => `huaweiSecretKey := "${secretKey("hw-4")}"`,
    ],
    negatives: [
      'sk = os.environ["HUAWEICLOUD_SDK_SK"]',
      "export HUAWEICLOUD_SDK_SK=<your-secret-access-key>",
      () => `HW_SECRET_KEY=${randomChars("alnum", 32, "hw-short")}`,
      // Another vendor's client with the same argument name is left to that vendor's detector.
      () => `s3 = boto3.client("s3", aws_access_key_id=key, secret_access_key="${secretKey("hw-aws")}")`,
    ],
    references: [
      "https://support.huaweicloud.com/intl/en-us/usermanual-ca/ca_01_0003.html",
      "https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-provide-aksk.html",
    ],
  },
  {
    id: "huawei-cloud-credentials-csv",
    name: "Huawei Cloud access key file (credentials.csv)",
    vendor,
    family: "Access Key",
    severity: "critical",
    description: `${about} The credentials.csv file the console downloads has the header "User Name,Access Key Id,Secret Access Key" and one line per key: the IAM user name, the AK and the SK. Finding the file in a repository means the whole pair leaked.`,
    security: [
      "The file holds both halves of a permanent access key: anyone with it acts as the IAM user on every Huawei Cloud API.",
      "The console lets a key be downloaded only once, so a copy in a repository is often the only one, and kept for years.",
    ],
    mitigation,
    keywords: ["access key id,secret access key"],
    window: { before: 24, after: 400, multiline: true },
    pattern: new RegExp(
      `User Name,Access Key Id,Secret Access Key\\r?\\n(?:[^\\n]{0,200}\\n){0,3}?[^,\\n]{1,64},[A-Z0-9]{20},(?<secret>[A-Za-z0-9]{40})${ALNUM_END}`,
    ),
    companions: [{ ...accessKeyCompanion, within: 64 }],
    examples: [
      () =>
        `User Name,Access Key Id,Secret Access Key\nobs-backup,${accessKey("hw-csv-1a")},${secretKey("hw-csv-1")}\n`,
      () =>
        `User Name,Access Key Id,Secret Access Key\r\nci-deployer,${accessKey("hw-csv-2a")},${secretKey("hw-csv-2")}\r\n`,
    ],
    negatives: [
      "User Name,Access Key Id,Secret Access Key\nexample-user,XXXXXXXXXXXXXXXXXXXX,<secret-access-key>\n",
      // AWS's credentials.csv has other headers and 20-character IDs starting AKIA: not this file.
      () =>
        `Access key ID,Secret access key\nAKIA${randomChars("upperAlnum", 16, "hw-csv-aws")},${secretKey("hw-csv-aws2")}`,
    ],
    references: ["https://support.huaweicloud.com/intl/en-us/usermanual-ca/ca_01_0003.html"],
  },
];
