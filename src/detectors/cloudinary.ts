import { ASSIGN, TOKEN_END, variableNames } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Cloudinary";
const about = "Cloudinary is a cloud service for storing, transforming and delivering images and video.";
const mitigation = {
  revoke:
    "In the Cloudinary Console open Settings > API Keys, generate a new API key pair, update your applications, then deactivate and delete the leaked key (match it by its numeric API key).",
  revokeUrl: "https://console.cloudinary.com/settings/api-keys",
  audit:
    "Review the Media Library for uploads, deletions or transformations you did not make, and the Usage reports for unexpected storage, bandwidth or transformation credits.",
  bestPractices: [
    "use signed uploads generated on your server and never ship the API secret to browsers or apps",
    "create a separate API key per application and environment",
    "restrict unsigned upload presets and enable strict transformations",
  ],
};
const security = [
  "With the API key, the secret signs Upload and Admin API calls: uploading, overwriting and deleting every asset in the product environment.",
  "Admin API access lists all assets, including private and authenticated ones, and changes account settings.",
  "Transformations and bandwidth are billed to the account.",
];

/** The variables an API secret is set in. */
const SECRET_NAMES = variableNames([
  "CLOUDINARY_API_SECRET",
  "CLOUDINARY_SECRET",
  "cloudinary_api_secret",
  "cloudinary_secret",
  "cloudinaryApiSecret",
  "CloudinaryApiSecret",
]);

export const detectors: Detector[] = [
  {
    id: "cloudinary-url",
    name: "Cloudinary environment URL",
    vendor,
    family: "Connection String",
    severity: "high",
    description: `${about} Its SDKs read credentials from CLOUDINARY_URL, of the form cloudinary://<api key>:<api secret>@<cloud name>, which carries the API secret.`,
    security,
    mitigation,
    keywords: ["cloudinary://"],
    window: { before: 8, after: 160 },
    pattern:
      /cloudinary:\/\/(?<apiKey>[0-9]{12,18}):(?<secret>[A-Za-z0-9_-]{27})@(?<cloud>[A-Za-z0-9_-]{1,64})/,
    examples: [
      () =>
        `CLOUDINARY_URL=cloudinary://${randomChars("0123456789", 15, "cld-1k")}:${randomChars("base64url", 27, "cld-1")}@acme-media`,
      () =>
        `cloudinary.config({ url: "cloudinary://${randomChars("0123456789", 15, "cld-2k")}:${randomChars("base64url", 27, "cld-2")}@shop-assets" })`,
    ],
    negatives: [
      "CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>",
      "CLOUDINARY_URL=cloudinary://123456789012345:abcdefghijklmnopqrstuvwxyz0@demo",
    ],
    references: [
      "https://cloudinary.com/documentation/how_to_integrate_cloudinary#get_familiar_with_the_cloudinary_console",
    ],
  },
  {
    id: "cloudinary-api-secret",
    name: "Cloudinary API secret",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} The API secret (27 URL-safe characters) signs Upload and Admin API requests together with the numeric API key; it is recognised by names such as CLOUDINARY_API_SECRET.`,
    security,
    mitigation,
    keywords: SECRET_NAMES.keywords,
    window: { before: 48, after: 80 },
    pattern: new RegExp(`${SECRET_NAMES.source}${ASSIGN}(?<secret>[A-Za-z0-9_-]{27})${TOKEN_END}`),
    examples: [
      () =>
        `CLOUDINARY_CLOUD_NAME=acme-media\nCLOUDINARY_API_KEY=${randomChars("0123456789", 15, "cld-s1k")}\nCLOUDINARY_API_SECRET=${randomChars("base64url", 27, "cld-s1")}`,
      () => `{"cloudinaryApiSecret": "${randomChars("base64url", 27, "cld-s2")}"}`,
    ],
    negatives: [
      "CLOUDINARY_API_SECRET=<your-api-secret>",
      () => `CLOUDINARY_API_SECRET=${randomChars("base64url", 20, "cld-short")}`,
    ],
    references: ["https://cloudinary.com/documentation/authentication_signatures"],
  },
];
