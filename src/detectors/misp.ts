import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "misp-auth-key",
    name: "MISP automation (auth) key",
    vendor: "MISP",
    family: "API Key",
    severity: "high",
    description:
      "MISP is the open-source threat-intelligence sharing platform. Its API authenticates with a user's automation key (auth key), 40 letters and digits sent as the Authorization header, kept by integrations as MISP_KEY or MISP_API_KEY or passed to PyMISP after the instance's URL.",
    security: [
      "The key acts as its user: it reads every event, attribute and sighting the user may see, including intelligence shared under TLP restrictions by partner organisations.",
      "With publishing rights it adds, edits or deletes events and pushes them to connected instances, poisoning the indicators that detection rules and blocklists consume.",
    ],
    mitigation: {
      revoke:
        "In MISP open Administration > List Auth Keys (or the user's profile > Auth keys), delete the leaked key and create a new one with an expiry and allowed IPs; update the integrations that use it.",
      revokeUrl: "https://www.circl.lu/doc/misp/automation/",
      audit:
        "Review the key's last use and the audit logs (Administration > List Logs, or Audit Logs) for events created, edited, published or exported with it during the exposure window.",
      bestPractices: [
        "give integrations a dedicated user with the least role they need (read-only for enrichment)",
        "set an expiry and allowed IP ranges on every auth key",
      ],
    },
    keywords: ["misp"],
    pattern: new RegExp(
      `(?:${vendorNameAtWordStart(["misp"], ["key", "authkey", "token"])}${ASSIGN_LOOSE}|PyMISP\\([ \\t]{0,3}[^,()\\n]{1,200},[ \\t]{0,3}(?:key[ \\t]{0,2}=[ \\t]{0,2})?["'])(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `MISP_URL=https://misp.soc.example.net\nMISP_KEY=${randomChars("alnum", 40, "misp-1")}`,
      () =>
        `misp = PyMISP("https://misp.soc.example.net", "${randomChars("alnum", 40, "misp-2")}", ssl=True)`,
    ],
    negatives: [
      "MISP_KEY=<your automation key>",
      () => `MISP_EVENT_KEY=${randomChars("digits", 6, "misp-event")}`,
      "misp = PyMISP(misp_url, misp_key, misp_verifycert)",
    ],
    references: ["https://www.circl.lu/doc/misp/automation/#automation-key"],
  },
];
