import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A prefixed Dependency-Track API key: `odt_` + letters and digits (32 in the common case). */
const apiKey = (label: string, length = 32) => `odt_${randomChars("alnum", length, label)}`;

export const detectors: Detector[] = [
  {
    id: "dependency-track-api-key",
    name: "OWASP Dependency-Track API key",
    vendor: "OWASP Dependency-Track",
    family: "API Key",
    severity: "high",
    description:
      "OWASP Dependency-Track is a self-hosted software composition analysis platform: CI pipelines upload SBOMs to it and it tracks the vulnerabilities and licences of every component of an organisation's projects. API keys belong to teams (Administration > Access Management > Teams) and are sent in the X-Api-Key header; recent versions issue them with the odt_ prefix followed by letters and digits.",
    security: [
      "The key acts with its team's permissions: with the usual BOM_UPLOAD and PORTFOLIO_MANAGEMENT grants it can upload forged SBOMs and create or delete projects.",
      "The portfolio reveals every component and known vulnerability of the organisation's software, a map of what to attack.",
      "Analysis decisions (suppressions, audit states) can be changed to hide real vulnerabilities.",
    ],
    mitigation: {
      revoke:
        "Sign in to Dependency-Track as an administrator, open Administration > Access Management > Teams > the team that owns the key, delete the leaked key under API Keys and generate a new one; update the CI secret (for example DEPENDENCY_TRACK_API_KEY) that used it.",
      revokeUrl: "https://docs.dependencytrack.org/integrations/rest-api/",
      audit:
        "The team's API Keys list shows when each key was last used; review projects, uploaded BOMs and the audit trail of analysis decisions for changes made during the exposure.",
      bestPractices: [
        "create a dedicated team per pipeline with only BOM_UPLOAD (and PROJECT_CREATION_UPLOAD if needed)",
        "keep the key in the CI system's secret store and never in dependency-track plugin configuration committed to the repository",
        "leave automatic API key generation for new teams disabled and remove keys that are not used",
      ],
    },
    keywords: ["odt_"],
    window: { before: 8, after: 80 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>odt_[A-Za-z0-9]{32,64})(?![A-Za-z0-9_-])/,
    examples: [
      () => `DEPENDENCY_TRACK_API_KEY=${apiKey("odt-1")}`,
      () =>
        `curl -X POST https://dtrack.example.com/api/v1/bom -H "X-Api-Key: ${apiKey("odt-2")}" -F "bom=@bom.json"`,
      () => `dependencyTrack:\n  apiKey: '${apiKey("odt-3", 40)}'`,
    ],
    negatives: [
      "DEPENDENCY_TRACK_API_KEY=${{ secrets.DEPENDENCY_TRACK_API_KEY }}",
      "X-Api-Key: odt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // Too short to be a key.
      () => `DEPENDENCY_TRACK_API_KEY=odt_${randomChars("alnum", 20, "odt-short")}`,
      // Identifiers that start with odt_ (OpenDocument text) are not keys.
      "odt_template_path = 'reports/summary_template_document.odt'",
    ],
    references: [
      "https://docs.dependencytrack.org/integrations/rest-api/",
      "https://docs.dependencytrack.org/getting-started/configuration/",
    ],
  },
];
