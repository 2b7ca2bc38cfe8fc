import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Blynk is an IoT platform (Blynk.Cloud, Blynk.Console and the Blynk mobile apps) that connects microcontrollers such as ESP32 and Arduino boards to dashboards and automations.";
const audit =
  "Review the device's Timeline and Datastreams history in Blynk.Console for values written or read during the exposure period, and the organization's Users and Devices pages for changes.";

export const detectors: Detector[] = [
  {
    id: "blynk-device-auth-token",
    name: "Blynk device auth token",
    vendor: "Blynk",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} Every device has an auth token of 32 URL-safe characters that the firmware uses to connect (BLYNK_AUTH_TOKEN) and that the HTTPS device API takes as ?token=; it is recognised here in a Blynk API URL or next to a Blynk token name.`,
    security: [
      "An attacker can write to the device's datastreams, which may switch relays, open locks or change set points of the physical equipment.",
      "Sensor data of the device can be read, and fake values injected into dashboards and automations.",
      "The attacker can impersonate the device and knock the real one offline.",
    ],
    mitigation: {
      revoke:
        "In Blynk.Console open Devices > the device > Device Info and refresh (regenerate) its auth token, or delete the device and provision it again; then flash firmware with the new token, kept out of the source.",
      revokeUrl: "https://docs.blynk.io/en/getting-started/activating-devices/manual-device-activation",
      audit,
      bestPractices: [
        "provision devices with Blynk.Edgent so that tokens are delivered at activation rather than compiled into firmware",
        "keep BLYNK_AUTH_TOKEN in a header file excluded from the repository",
      ],
    },
    keywords: ["blynk"],
    // Legacy sketches keep the token in `char auth[]` a few lines from Blynk's include or
    // Blynk.begin(auth, ...): the window spans the lines around the vendor's name.
    window: { before: 1536, after: 1536, multiline: true },
    pattern:
      /(?:blynk[A-Za-z0-9.-]{0,40}\/external\/api\/[A-Za-z/]{1,30}\?(?:[^\s#"'&]{0,200}&)?token=|char[ \t]{1,4}auth\[\][ \t]{0,4}=[ \t]{0,4}"|[Bb][Ll][Yy][Nn][Kk][A-Za-z0-9_]{0,20}(?:[Aa][Uu][Tt][Hh]|[Tt][Oo][Kk][Ee][Nn])["']?[ \t]{0,4}(?:=>|:=|[:=]|[ \t])[ \t]{0,4}["'(]?["']?)(?<secret>[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `curl "https://fra1.blynk.cloud/external/api/get?token=${randomChars("base64url", 32, "blynk-1")}&V1"`,
      () => `#define BLYNK_AUTH_TOKEN "${randomChars("alnum", 32, "blynk-2")}"`,
      () => `https://blynk.cloud/external/api/update?token=${randomChars("base64url", 32, "blynk-3")}&v5=1`,
      () =>
        `#include <BlynkSimpleEsp8266.h>\n\nchar auth[] = "${randomChars("base64url", 32, "blynk-4")}";\nchar ssid[] = "HomeNet";`,
    ],
    negatives: [
      '#define BLYNK_AUTH_TOKEN "YourAuthToken"',
      // No Blynk anywhere near: another library's auth string.
      () => `char auth[] = "${randomChars("base64url", 32, "blynk-not")}";`,
      "https://blynk.cloud/external/api/get?token={token}&V1",
      () => `#define BLYNK_TEMPLATE_ID "${randomChars("alnum", 32, "blynk-tmpl")}"`,
    ],
    references: ["https://docs.blynk.io/en/blynk.cloud/device-https-api"],
  },
  {
    id: "blynk-oauth-client-secret",
    name: "Blynk OAuth2 client secret",
    vendor: "Blynk",
    family: "Client Secret",
    severity: "critical",
    description: `${about} OAuth2 clients created for the platform API have an id (oa2-client-id_ followed by 32 URL-safe characters) and a 40-character secret, exchanged at /oauth2/token for access tokens with the organization's API scopes.`,
    security: [
      "With the client credentials an attacker can call the organization-level platform API: list, create and delete devices, users and their data.",
      "Device tokens obtained through the API give control of every connected device.",
      "Users and organization settings can be changed, locking out the owners.",
    ],
    mitigation: {
      revoke:
        "In Blynk.Console open Settings > Developers > OAuth2 (platform API clients), delete the leaked client and create a new one with only the scopes needed; update the services that use it.",
      revokeUrl: "https://docs.blynk.io/en/blynk.cloud-rest-api/platform-api",
      audit,
      bestPractices: [
        "grant OAuth2 clients only the scopes the integration needs",
        "keep client secrets in a secret manager, never in scripts or curl snippets",
      ],
    },
    keywords: ["oa2-client-id_"],
    pattern: /(?<![A-Za-z0-9_-])oa2-client-id_[A-Za-z0-9_-]{32}:(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `curl -X POST -u oa2-client-id_${randomChars("base64url", 32, "blynk-oa-1")}:${randomChars("alnum", 40, "blynk-oa-s1")} "https://fra1.blynk.cloud/oauth2/token?grant_type=client_credentials"`,
      () =>
        `BLYNK_CLIENT=oa2-client-id_${randomChars("base64url", 32, "blynk-oa-2")}:${randomChars("alnum", 40, "blynk-oa-s2")}`,
    ],
    negatives: [
      "curl -u oa2-client-id_<client id>:<client secret> https://blynk.cloud/oauth2/token",
      () =>
        `oa2-client-id_${randomChars("base64url", 32, "blynk-oa-3")}:${randomChars("alnum", 20, "blynk-oa-short")}`,
    ],
    references: ["https://docs.blynk.io/en/blynk.cloud-rest-api/platform-api"],
  },
];
