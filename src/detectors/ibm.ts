import { ALNUM_END, ALNUM_START, ASSIGN, ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "IBM Cloud";
const about = "IBM Cloud is IBM's public cloud platform.";

const apiKey = (label: string) => randomChars("base64url", 44, label);

export const detectors: Detector[] = [
  {
    id: "ibm-cloud-api-key",
    name: "IBM Cloud API key",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} IBM Cloud API keys (44 URL-safe characters) belong to a user or a service ID and are exchanged at IAM (iam.cloud.ibm.com) for access tokens. They have no prefix, so they are recognised by names such as IBMCLOUD_API_KEY and IC_API_KEY, or by the apikey field of service credentials next to iam_apikey_description.`,
    security: [
      "A user's API key acts with all of that user's IAM access across the account: creating resources, reading data, managing access.",
      "Service ID keys reach whatever services and data the service ID is authorized for (Cloud Object Storage, databases, Watson services).",
      "API keys do not expire unless an expiry was set.",
    ],
    mitigation: {
      revoke:
        "In the IBM Cloud console open Manage > Access (IAM) > API keys (for user keys) or Service IDs > the service ID > API keys, and delete the leaked key (or lock it while you investigate). CLI: `ibmcloud iam api-key-delete <name>` or `ibmcloud iam service-api-key-delete <name> <service-id>`; for service credentials, delete the credential under the service instance's Service credentials tab.",
      revokeUrl: "https://cloud.ibm.com/iam/apikeys",
      audit:
        "Search IBM Cloud Activity Tracker (or IBM Cloud Logs) for events authenticated with the key's IAM ID; check the key's 'Last authentication' details and the IAM inactive identities report.",
      bestPractices: [
        "prefer trusted profiles and compute resource identities over API keys",
        "set expiry dates on API keys and use service IDs with least-privilege access policies",
        "enable the account setting that restricts API key creation and enable IAM session and leaked-key notifications",
      ],
    },
    keywords: [
      "ibmcloud_api_key",
      "ibm_cloud_api_key",
      "ic_api_key",
      "ibm_api_key",
      "ibmcloud_apikey",
      "iam_apikey",
      "ibm_",
      "ibm-",
      "ibmcloud",
    ],
    window: { before: 400, after: 160, multiline: true },
    pattern: new RegExp(
      `(?<name>IC_API_KEY|ic_api_key|"apikey"|${ALNUM_START}(?:ibm|IBM|Ibm)(?:cloud|Cloud|CLOUD)?[_.-][A-Za-z0-9_.-]{0,20}?(?:${commonCases("key", "token")}))${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{44})${TOKEN_END}`,
    ),
    validate: (_secret, context) =>
      context.groups.name !== '"apikey"' ||
      /iam_apikey_description|iam_serviceid_crn|crn:v1:bluemix/.test(context.window)
        ? true
        : "an apikey field without IBM Cloud service credential fields",
    examples: [
      () => `IBMCLOUD_API_KEY=${apiKey("ibm-1")}`,
      () =>
        `{\n  "apikey": "${apiKey("ibm-2")}",\n  "endpoints": "https://control.cloud-object-storage.cloud.ibm.com/v2/endpoints",\n  "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:cloud-object-storage:global:a/0123:abcd::",\n  "iam_apikey_name": "cos-writer",\n  "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Writer"\n}`,
      () => `provider "ibm" {\n  ibmcloud_api_key = "${apiKey("ibm-3")}"\n  region           = "us-south"\n}`,
      () => `ibm_platform_key= ${apiKey("ibm-4")}`,
    ],
    negatives: [
      "IBMCLOUD_API_KEY=<your-api-key>",
      // An "apikey" field of some other service.
      () => `{"apikey": "${apiKey("ibm-other")}", "service": "weather"}`,
      () => `IC_API_KEY=${randomChars("base64url", 32, "ibm-short")}`,
      // An IBM resource name is not the key.
      () => `ibm_resource_group_id = "${randomChars("hexLower", 32, "ibm-rg")}"`,
    ],
    references: ["https://cloud.ibm.com/docs/account?topic=account-userapikey"],
  },
  {
    id: "ibm-cos-hmac-secret",
    name: "IBM Cloud Object Storage HMAC secret key",
    vendor,
    family: "Access Key",
    severity: "high",
    confidence: "medium",
    description: `${about} Cloud Object Storage (COS) can issue HMAC credentials for its S3-compatible API: an access_key_id of 32 hexadecimal characters and a secret_access_key of 48 hexadecimal characters, delivered in the cos_hmac_keys block of service credentials.`,
    security: [
      "With the access key id, the secret signs S3 requests with the credential's role: reading, writing or deleting objects in the instance's buckets.",
      "HMAC credentials do not expire.",
    ],
    mitigation: {
      revoke:
        "In the IBM Cloud console open the Cloud Object Storage instance > Service credentials and delete the credential holding the leaked HMAC keys (deleting the credential also deletes its service ID API key); create a new credential with 'Include HMAC Credential' if needed.",
      revokeUrl: "https://cloud.ibm.com/objectstorage",
      audit:
        "Enable Activity Tracker data events for the buckets and review object reads, writes and deletes made with the credential's service ID.",
      bestPractices: [
        "prefer IAM API keys or trusted profiles over HMAC credentials",
        "create HMAC credentials with the Reader or Writer role scoped to specific buckets",
      ],
    },
    keywords: ["secret_access_key", "cos_hmac"],
    window: { before: 48, after: 96 },
    pattern: new RegExp(
      `(?:secret_access_key|SECRET_ACCESS_KEY|COS_HMAC_SECRET_ACCESS_KEY|COS_HMAC_SECRET_KEY|cos_hmac_secret_access_key|cos_hmac_secret_key)${ASSIGN}(?<secret>[a-f0-9]{48})${ALNUM_END}`,
    ),
    companions: [
      {
        name: "access key id",
        pattern: /(?<![A-Za-z0-9])(?<value>[a-f0-9]{32})(?![A-Za-z0-9])/,
        within: 256,
      },
    ],
    examples: [
      () =>
        `"cos_hmac_keys": {\n  "access_key_id": "${randomChars("hexLower", 32, "cos-1k")}",\n  "secret_access_key": "${randomChars("hexLower", 48, "cos-1")}"\n}`,
      () => `COS_HMAC_SECRET_ACCESS_KEY=${randomChars("hexLower", 48, "cos-2")}`,
    ],
    negatives: [
      '"secret_access_key": "<secret_access_key>"',
      () => `secret_access_key = ${randomChars("hexLower", 40, "cos-aws-length")}`,
    ],
    references: [
      "https://cloud.ibm.com/docs/cloud-object-storage?topic=cloud-object-storage-uhc-hmac-credentials-main",
    ],
  },
];
