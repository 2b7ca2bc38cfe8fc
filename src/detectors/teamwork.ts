import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string) => `tkn.v1_${randomChars("alnum", 71, label)}=`;

export const detectors: Detector[] = [
  {
    id: "teamwork-api-token",
    name: "Teamwork API token",
    vendor: "Teamwork",
    family: "API Token",
    severity: "high",
    description:
      "Teamwork.com sells project management (Teamwork Projects), a help desk (Teamwork Desk), a CRM and a wiki (Teamwork Spaces) under one account. Its API tokens start with tkn.v1_ followed by 71 alphanumeric characters and a closing =, and the same token works across the products of the user's site.",
    security: [
      "Projects, tasks, time logs, files and messages of the site can be read with the user's permissions.",
      "Help-desk tickets with customer e-mails and attachments, CRM deals and contacts can be read or changed.",
      "Items can be created, edited or deleted in the user's name, and the token does not expire on its own.",
    ],
    mitigation: {
      revoke:
        "The owner signs in to their Teamwork site, opens the profile menu > Edit my details > API & Mobile, and regenerates or deletes the API token; the old one stops working at once.",
      audit:
        "Review the site's activity and audit logs (Settings > Audit log) for changes, exports or new users while the token was exposed.",
      bestPractices: [
        "use an OAuth app rather than a personal token for integrations",
        "store the token in a secret manager, never in a repository",
      ],
    },
    keywords: ["tkn.v1_"],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>tkn\.v1_[A-Za-z0-9]{71}=)(?![A-Za-z0-9_=-])/,
    // No verify: the API lives on each customer's own site host, which the token does not name.
    examples: [
      () => `TEAMWORK_API_TOKEN=${token("teamwork-1")}`,
      () => `  teamwork_desk_token: "${token("teamwork-2")}"`,
      () =>
        `curl -H "Authorization: Bearer ${token("teamwork-3")}" https://acme.teamwork.com/projects/api/v3/me.json`,
    ],
    negatives: [
      "TEAMWORK_API_TOKEN=tkn.v1_your_token_here",
      () => `TEAMWORK_API_TOKEN=tkn.v1_${randomChars("alnum", 40, "teamwork-short")}=`,
      () => `TEAMWORK_API_TOKEN=tkn.v2_${randomChars("alnum", 71, "teamwork-v2")}=`,
    ],
    references: [
      "https://apidocs.teamwork.com/guides/teamwork/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/teamworkcrm (same tkn.v1_ format; Kingfisher teamworkcrm, teamworkdesk and teamworkspaces rules agree)",
    ],
  },
];
