import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "geocode-xyz-auth-key",
    name: "geocode.xyz auth key",
    vendor: "geocode.xyz",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "geocode.xyz is a geocoding and reverse-geocoding API. Auth keys are 28 lower-case letters and digits passed as auth; they are recognised next to a geocode.xyz name or in a geocode.xyz URL (a bare GEOCODE name more often means Google's key).",
    security: [
      "Requests can be billed to the geocode.xyz account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "Contact geocode.xyz support (or your account page) to replace the auth key.",
      revokeUrl: "https://geocode.xyz/api",
    },
    keywords: ["geocodexyz", "geocode_xyz", "geocode.xyz"],
    pattern: new RegExp(
      String.raw`(?:${vendorName(["geocodexyz", "geocode_xyz", "geocodeXyz"], ["key", "token", "auth"])}${ASSIGN_LOOSE}|geocode\.xyz/[^\s"'?]{0,120}\?(?:[^\s"'#]{0,200}&)?auth=)(?<secret>[a-z0-9]{28})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `GEOCODE_XYZ_AUTH=${randomChars("lowerAlnum", 28, "gxyz-1")}`,
      () => `fetch("https://geocode.xyz/51.50,-0.12?json=1&auth=${randomChars("lowerAlnum", 28, "gxyz-2")}")`,
    ],
    negatives: [
      "GEOCODE_API_KEY=<key>",
      () => `geocode_xyz_auth: ${randomChars("lowerAlnum", 20, "gxyz-short")}`,
    ],
    references: ["https://geocode.xyz/api"],
  },
];
