import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "ConfigCat";
const about = "ConfigCat is a hosted feature flag and remote configuration service.";
const part = (label: string) => randomChars("base64url", 22, label);
const mitigation = {
  revoke:
    "In the ConfigCat Dashboard open the config, choose View SDK Key, generate a secondary key, deploy it to every application, then delete the old (leaked) key from the same page.",
  revokeUrl: "https://configcat.com/docs/advanced/sdk-key-rotation/",
  audit:
    "Review the product's Audit log in the ConfigCat Dashboard for SDK key and setting changes, and the config's download statistics for unexpected traffic.",
  bestPractices: [
    "remember that SDK keys shipped in front-end or mobile code are public; keep sensitive values out of flag values",
    "rotate the SDK key with the primary/secondary workflow so that applications keep working",
  ],
};
const security = [
  "Anyone holding the key can download the config's flags and settings, including their values and targeting rules (user ids, e-mail addresses, customer names).",
  "Downloads made with the key count against the plan's download limits.",
];

export const detectors: Detector[] = [
  {
    id: "configcat-sdk-key",
    name: "ConfigCat SDK key",
    vendor,
    family: "API Key",
    severity: "medium",
    description: `${about} SDK keys identify one config in one environment to the SDKs; current keys are written configcat-sdk-1/ followed by two 22-character parts.`,
    security,
    mitigation,
    keywords: ["configcat-sdk-1/"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>configcat-sdk-1\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
    examples: [
      () => `CONFIGCAT_SDK_KEY=configcat-sdk-1/${part("cc-1a")}/${part("cc-1b")}`,
      () => `const client = configcat.getClient("configcat-sdk-1/${part("cc-2a")}/${part("cc-2b")}");`,
    ],
    negatives: [
      "CONFIGCAT_SDK_KEY=configcat-sdk-1/#YOUR-SDK-KEY#",
      () => `key=configcat-sdk-1/${part("cc-bad")}/${randomChars("base64url", 10, "cc-bad")}`,
    ],
    references: [
      "https://configcat.com/docs/sdk-reference/overview/",
      "https://configcat.com/docs/advanced/sdk-key-rotation/",
    ],
  },
  {
    id: "configcat-sdk-key-legacy",
    name: "ConfigCat SDK key (legacy format)",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description: `${about} SDK keys issued before the configcat-sdk-1/ prefix are two 22-character parts joined by a slash, recognised next to a ConfigCat name.`,
    security,
    mitigation,
    keywords: ["configcat"],
    pattern: new RegExp(
      `${vendorName(["configcat", "configCat", "ConfigCat"], ["key", "token", "sdk"])}[A-Za-z0-9_]{0,8}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22})(?![A-Za-z0-9_/-])`,
    ),
    examples: [
      () => `CONFIGCAT_SDK_KEY=${part("ccl-1a")}/${part("ccl-1b")}`,
      () => `configCatSdkKey: "${part("ccl-2a")}/${part("ccl-2b")}"`,
    ],
    negatives: [
      "CONFIGCAT_SDK_KEY=#YOUR-SDK-KEY#",
      () => `CONFIGCAT_SDK_KEY=${part("ccl-short")}/${randomChars("base64url", 12, "ccl-short")}`,
      () => `CONFIGCAT_SDK_KEY=configcat-sdk-1/${part("ccl-new")}`,
    ],
    references: ["https://configcat.com/docs/sdk-reference/overview/"],
  },
];
