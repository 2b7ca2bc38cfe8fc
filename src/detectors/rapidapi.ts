import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "rapidapi-key",
    name: "RapidAPI application key",
    vendor: "RapidAPI",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "RapidAPI is an API marketplace: one application key (50 lowercase letters and digits, with the markers msh and jsn inside, sent as the X-RapidAPI-Key header) calls every API the account subscribes to, billed to that account.",
    security: [
      "Every subscribed API can be called on the owner's plans, including pay-per-use overages billed to the owner.",
      "Data the subscribed APIs hold for the owner's account can be read.",
    ],
    mitigation: {
      revoke:
        "In RapidAPI open My Apps > the application > Authorization, add a new key, switch your code to it, then delete the leaked key.",
      revokeUrl: "https://rapidapi.com/developer/apps",
      audit:
        "Review the application's Analytics page for calls and subscriptions during the exposure window.",
      bestPractices: ["use one application per project so that keys can be rotated separately"],
    },
    keywords: ["rapidapi", "rapid_api"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["rapidapi", "RapidAPI", "rapidApi", "rapid_api"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>(?=[a-z0-9]{6,16}msh[a-z0-9]{10,30}jsn)[a-z0-9]{50})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `RAPIDAPI_KEY=${randomChars("lowerAlnum", 10, "rapid-1a")}msh${randomChars("lowerAlnum", 15, "rapid-1b")}p1${randomChars("lowerAlnum", 5, "rapid-1c")}jsn${randomChars("lowerAlnum", 12, "rapid-1d")}`,
      () =>
        `headers: { "X-RapidAPI-Key": "${randomChars("lowerAlnum", 10, "rapid-2a")}msh${randomChars("lowerAlnum", 15, "rapid-2b")}p1${randomChars("lowerAlnum", 5, "rapid-2c")}jsn${randomChars("lowerAlnum", 12, "rapid-2d")}" }`,
    ],
    negatives: [
      "X-RapidAPI-Key: YOUR_RAPIDAPI_KEY",
      () => `RAPIDAPI_KEY=${randomChars("lowerAlnum", 50, "rapid-nomarkers")}`,
    ],
    references: [
      "https://docs.rapidapi.com/docs/keys-and-key-rotation",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/rapidapi.yml",
    ],
  },
];
