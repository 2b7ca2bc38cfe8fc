import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string, length = 64) => randomChars("upperAlnum", length, label);

export const detectors: Detector[] = [
  {
    id: "quay-robot-token",
    name: "Quay robot account token",
    vendor: "Red Hat Quay",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Quay.io and Red Hat Quay are container image registries. Robot accounts (named `<namespace>+<robot>`) log in with a 64-character upper-case token to pull and push images with the repository permissions granted to the robot; the token is reported when the robot's name is beside it.",
    security: [
      "With write permission an attacker can push images under existing tags, so that deployments pull attacker-built containers.",
      "Private images, which often contain application code and embedded credentials, can be pulled.",
    ],
    mitigation: {
      revoke:
        "In Quay open the organization (or user) > Robot Accounts, select the robot, choose Regenerate Token (or delete the robot), and update the pull secrets and CI logins that used it.",
      revokeUrl: "https://docs.quay.io/glossary/robot-accounts.html",
      audit:
        "Review the repositories' Usage Logs in Quay for pushes, tag changes and pulls by the robot during the exposure window.",
      bestPractices: [
        "create one robot per consumer with read permission only, unless it must push",
        "store robot tokens in Kubernetes pull secrets or CI secrets, never in Dockerfiles or scripts",
      ],
    },
    keywords: ["quay"],
    pattern: /(?<![A-Za-z0-9])(?<secret>[A-Z0-9]{64})(?![A-Za-z0-9])/,
    minEntropy: 4,
    companions: [
      {
        name: "robot account",
        pattern:
          /(?<![A-Za-z0-9_.+-])(?<value>[a-z0-9][a-z0-9._-]{1,254}\+[a-z0-9][a-z0-9_]{1,254})(?![A-Za-z0-9_+-])/,
        within: 300,
        required: true,
      },
    ],
    examples: [
      () => `docker login -u="acme+deployer" -p="${token("quay-1")}" quay.io`,
      () => `echo "${token("quay-2")}" | podman login --username acme+ci --password-stdin quay.io`,
    ],
    negatives: [
      // No robot name: an unrelated upper-case hash.
      () => `quay.io image digest ${token("quay-digest")}`,
      () => `docker login -u="acme+deployer" -p="${token("quay-short", 40)}" quay.io`,
    ],
    references: [
      "https://docs.quay.io/glossary/robot-accounts.html",
      "https://docs.redhat.com/en/documentation/red_hat_quay/",
    ],
  },
];
