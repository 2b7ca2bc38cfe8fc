import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const accessId = (label: string) => `su${randomChars("alnum", 12, label)}`;
const accessKey = (label: string, length = 64) => randomChars("alnum", length, label);
const VENDOR = ["sumo", "sumologic", "sumoLogic", "SumoLogic"];

export const detectors: Detector[] = [
  {
    id: "sumologic-access-key",
    name: "Sumo Logic access key",
    vendor: "Sumo Logic",
    family: "API Secret",
    severity: "high",
    confidence: "medium",
    description:
      "Sumo Logic is a cloud log analytics and SIEM service. Access keys are an access id (su followed by 12 characters) and a 64-character access key, used as HTTP Basic credentials for the Sumo Logic APIs, Terraform provider and collectors; they carry the roles of the user or service account that owns them.",
    security: [
      "An attacker can run searches over the organization's logs, which often contain personal data, tokens and internal hostnames.",
      "Collectors, sources, monitors and dashboards can be changed or deleted, hiding an intrusion.",
      "Keys of administrators can create users and further access keys.",
    ],
    mitigation: {
      revoke:
        "In Sumo Logic open Administration > Security > Access Keys (or Preferences > My Access Keys), find the key by its access id and Delete it (or deactivate it first); create a new key and update the integrations that used it.",
      revokeUrl: "https://help.sumologic.com/docs/manage/security/access-keys/",
      audit:
        "Search the Audit Index and Audit Event Index (_index=sumologic_audit_events) for actions made with the access id during the exposure window.",
      bestPractices: [
        "create access keys for service accounts with roles limited to what the integration needs",
        "restrict keys to allowlisted CORS domains and IP ranges where offered",
      ],
    },
    keywords: ["sumo"],
    pattern: new RegExp(
      `${vendorName(VENDOR, ["key", "secret", "token", "password"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64})(?![A-Za-z0-9_-])`,
    ),
    companions: [
      { name: "access id", pattern: /(?<![A-Za-z0-9])(?<value>su[A-Za-z0-9]{12})(?![A-Za-z0-9])/ },
    ],
    examples: [
      () => `SUMOLOGIC_ACCESSID=${accessId("sumo-1")}\nSUMOLOGIC_ACCESSKEY=${accessKey("sumo-1")}`,
      () =>
        `provider "sumologic" {\n  access_id   = "${accessId("sumo-2")}"\n  sumo_access_key = "${accessKey("sumo-2")}"\n}`,
      () => `sumoAccessKey: ${accessKey("sumo-3")}`,
    ],
    negatives: [
      "SUMOLOGIC_ACCESSKEY=<your access key>",
      () => `SUMOLOGIC_ACCESSKEY=${accessKey("sumo-short", 40)}`,
    ],
    references: [
      "https://help.sumologic.com/docs/manage/security/access-keys/",
      "https://help.sumologic.com/docs/api/getting-started/#authentication",
    ],
  },
];
