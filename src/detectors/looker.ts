import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const secret = (label: string, length = 24) => randomChars("alnum", length, label);
const clientId = (label: string) => randomChars("alnum", 20, label);

export const detectors: Detector[] = [
  {
    id: "looker-api-client-secret",
    name: "Looker API client secret",
    vendor: "Google Looker",
    family: "API Secret",
    severity: "high",
    confidence: "medium",
    description:
      "Looker (Google Cloud) is a business intelligence platform. API keys are a client id (20 characters) and a client secret (24 characters), given to the Looker SDKs in LOOKERSDK_CLIENT_ID and LOOKERSDK_CLIENT_SECRET or looker.ini, and act with the permissions of the user they belong to.",
    security: [
      "An attacker can run queries through the models the user can access, reading data from the connected warehouses.",
      "Looks, dashboards, schedules and, for admins, users, roles and database connections can be changed.",
    ],
    mitigation: {
      revoke:
        "A Looker admin opens Admin > Users, edits the user, and under API Keys deletes the client id; create a new key for the user and update LOOKERSDK_CLIENT_SECRET.",
      revokeUrl: "https://cloud.google.com/looker/docs/admin-panel-users-users#api_keys",
      audit:
        "Review System Activity (History and Event explores) for API calls and queries by the user during the exposure window.",
      bestPractices: [
        "create API keys on a dedicated service user with a narrow role",
        "keep looker.ini out of repositories and use environment variables from a secret manager",
      ],
    },
    keywords: ["lookersdk_client_secret", "looker_client_secret", "lookerclientsecret"],
    pattern:
      /(?:LOOKERSDK_CLIENT_SECRET|LOOKER_CLIENT_SECRET|looker_client_secret|lookerClientSecret|lookersdk_client_secret)["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=]|[ \t])[ \t]{0,3}["'`]?(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/,
    companions: [
      {
        name: "client id",
        pattern:
          /(?:CLIENT_ID|client_id|ClientId)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?<value>[A-Za-z0-9]{20})(?![A-Za-z0-9])/,
      },
    ],
    examples: [
      () =>
        `LOOKERSDK_BASE_URL=https://acme.cloud.looker.com\nLOOKERSDK_CLIENT_ID=${clientId("looker-1")}\nLOOKERSDK_CLIENT_SECRET=${secret("looker-1")}`,
      () => `looker:\n  looker_client_secret: "${secret("looker-2")}"`,
    ],
    negatives: [
      'LOOKERSDK_CLIENT_SECRET="your_api_client_secret"',
      "LOOKERSDK_CLIENT_SECRET=${LOOKER_CLIENT_SECRET}",
      () => `LOOKERSDK_CLIENT_SECRET=${secret("looker-short", 16)}`,
    ],
    references: [
      "https://cloud.google.com/looker/docs/api-auth",
      "https://github.com/looker-open-source/sdk-codegen#configuring-lookerini-or-env",
    ],
  },
];
