import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string, length = 32) => randomChars("alnum", length, label);

export const detectors: Detector[] = [
  {
    id: "drone-ci-token",
    name: "Drone CI personal token",
    vendor: "Harness Drone",
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description:
      "Drone is a container-native CI server, now part of Harness (Harness Open Source). Personal tokens (32 letters and digits, DRONE_TOKEN for the drone CLI) authenticate the API as their user; they are found next to a Drone name.",
    security: [
      "An attacker can read and change repository settings, secrets' names and cron jobs, and trigger or promote builds that run on the runners.",
      "Tokens of administrators can manage users and every repository on the server.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Drone web UI as the token's owner, open User settings and rotate (regenerate) the personal token; an administrator can also run `drone user update --rotate <login>`. Update DRONE_TOKEN wherever it was used.",
      revokeUrl: "https://docs.drone.io/cli/setup/",
      audit:
        "Review the server's builds, promotions, cron jobs and repository settings for changes during the exposure window.",
      bestPractices: [
        "use a dedicated machine user for automation",
        "keep DRONE_TOKEN out of shell profiles committed to dotfile repositories",
      ],
    },
    keywords: ["drone_token", "drone-token", "dronetoken", "drone_api_token"],
    pattern:
      /(?<![A-Za-z0-9])(?:DRONE_TOKEN|DRONE_API_TOKEN|drone_token|drone_api_token|droneToken|drone-token)\\?["'\]]{0,2}[ \t]{0,3}(?:=>|[:?+]{0,3}=|:|[ \t])[ \t]{0,3}\\?["'`]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    examples: [
      () => `export DRONE_SERVER=https://drone.example.com\nexport DRONE_TOKEN=${token("drone-1")}`,
      () =>
        `provider "drone" {\n  server = "https://drone.example.com"\n  drone_token  = "${token("drone-2")}"\n}`,
    ],
    negatives: ["DRONE_TOKEN=${DRONE_TOKEN}", () => `DRONE_TOKEN=${token("drone-short", 20)}`],
    references: ["https://docs.drone.io/cli/setup/", "https://docs.drone.io/api/overview/"],
  },
];
