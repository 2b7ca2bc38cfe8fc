import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "thingsboard-device-access-token",
    name: "ThingsBoard device access token",
    vendor: "ThingsBoard",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description:
      "ThingsBoard is an open-source IoT platform (self-hosted or ThingsBoard Cloud) for collecting device telemetry and controlling devices. A device's access token authenticates it over MQTT, CoAP and HTTP, where it is part of the path (/api/v1/<token>/telemetry); it is recognised here in such a ThingsBoard URL.",
    security: [
      "An attacker can publish fake telemetry and attributes as the device, feeding dashboards, alarms and rule chains with false data.",
      "Shared attributes and RPC commands meant for the device can be read, and RPC replies forged.",
    ],
    mitigation: {
      revoke:
        'In the ThingsBoard UI open Entities > Devices, select the device, click "Manage credentials", change the access token (or switch to X.509 or MQTT basic credentials) and save; then update the device firmware.',
      revokeUrl: "https://thingsboard.io/docs/user-guide/ui/devices/",
      audit:
        "Review the device's Latest telemetry, Attributes and Audit logs (System settings > Audit logs) in ThingsBoard for data and RPC calls during the exposure period.",
      bestPractices: [
        "use X.509 certificates or MQTT basic credentials for devices instead of plain access tokens",
        "provision devices with device provisioning rather than hard-coded tokens",
      ],
    },
    keywords: ["thingsboard"],
    pattern:
      /thingsboard[A-Za-z0-9.-]{0,60}(?::[0-9]{1,5})?\/api\/v1\/(?<secret>[A-Za-z0-9_-]{16,40})\/(?:telemetry|attributes|rpc|claim)/,
    validate: (secret) =>
      /[0-9]/.test(secret) && /[A-Za-z]/.test(secret) ? true : "not a mix of letters and digits",
    examples: [
      () =>
        `curl -v -X POST http://thingsboard.cloud/api/v1/${randomChars("lowerAlnum", 20, "tb-1")}/telemetry -d '{"t":21}'`,
      () => `coap://coap.thingsboard.cloud/api/v1/${randomChars("alnum", 20, "tb-2")}/telemetry`,
    ],
    negatives: [
      "http://thingsboard.cloud/api/v1/$ACCESS_TOKEN/telemetry",
      "http://demo.thingsboard.io/api/v1/YOUR_ACCESS_TOKEN/telemetry",
    ],
    references: ["https://thingsboard.io/docs/reference/http-api/"],
  },
];
