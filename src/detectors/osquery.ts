import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "osquery-enroll-secret",
    name: "osquery enroll secret (Fleet and other TLS servers)",
    vendor: "osquery",
    family: "Enrollment Secret",
    severity: "medium",
    description:
      "osquery agents enroll with a TLS management server (Fleet, Kolide, Zentral and others) by presenting an enroll secret, read from the file named by --enroll_secret_path (often /etc/osquery/enroll_secret): the file holds the secret and nothing else.",
    security: [
      "Anyone with the secret enrolls hosts of their own into the fleet: fake hosts feed false query results and inventory, and receive the queries, packs and configuration the server sends, which describe what the team watches for.",
    ],
    mitigation: {
      revoke:
        "Add a new enroll secret on the server (Fleet: Hosts > Manage enroll secret, or `fleetctl apply` with a new secret), roll it out to the hosts' enroll_secret files and installers, then delete the old one; remove hosts that enrolled unexpectedly.",
      revokeUrl: "https://fleetdm.com/docs/configuration/agent-configuration#enroll-secrets",
      audit:
        "Review the host list for hosts enrolled during the exposure window that the team cannot account for.",
      bestPractices: [
        "keep the secret out of configuration repositories: install it with the package or the MDM profile",
        "use a separate enroll secret per team so that one can be rotated alone",
      ],
    },
    keywords: [],
    file: { path: /(?:^|\/)enroll[_-]secret(?:\.txt)?$/, examplePath: "etc/osquery/enroll_secret" },
    pattern: /^\s*(?<secret>[A-Za-z0-9+/=_-]{16,256})\s*$/,
    examples: [() => `${randomChars("base64", 32, "osquery-1")}\n`],
    negatives: ["<your enroll secret>\n", "${ENROLL_SECRET}\n"],
    references: ["https://osquery.readthedocs.io/en/stable/deployment/remote/"],
  },
];
