import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/** Every token begins with the base64 of `{"typ": "TCV2"}`, TeamCity's token version marker. */
const HEADER = "eyJ0eXAiOiAiVENWMiJ9";
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A token as TeamCity writes it: header, base64 of a 27-character token id, base64 of a UUID. */
const token = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
  const id = randomChars("base64url", 27, `${label}-id`);
  return `${HEADER}.${Buffer.from(id).toString("base64")}.${Buffer.from(uuid).toString("base64")}`;
};

/** The last part decodes to the UUID secret; anything else was not minted by TeamCity. */
const uuidSecret: Validator = (secret) => {
  const last = secret.slice(secret.lastIndexOf(".") + 1);
  return UUID_TEXT.test(Buffer.from(last, "base64").toString("latin1"))
    ? true
    : "last part is not a base64 UUID";
};

export const detectors: Detector[] = [
  {
    id: "teamcity-access-token",
    name: "TeamCity access token",
    vendor: "JetBrains",
    family: "Access Token",
    severity: "critical",
    description:
      "TeamCity is JetBrains' continuous integration server (on-premises or TeamCity Cloud). Access tokens authenticate the REST API and build tools as the user who created them, optionally limited to one project and a permission set; they are written as three base64 parts, the first always eyJ0eXAiOiAiVENWMiJ9.",
    security: [
      "An attacker can trigger builds with custom parameters, which run code on build agents and expose the secrets passed to them.",
      "Build configurations, VCS roots and parameters can be read, including stored credentials.",
      "Tokens of administrators can change server settings, users and plugins, as in known TeamCity takeovers.",
    ],
    mitigation: {
      revoke:
        "Sign in as the token's owner, open Profile > Access Tokens and Delete the token (administrators can delete any user's tokens from Administration > Users > the user > Access Tokens); create a new token with an expiry and a narrow scope.",
      revokeUrl:
        "https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens",
      audit:
        "Review Administration > Audit for actions by the token's user during the exposure window, and builds triggered with unusual parameters.",
      bestPractices: [
        "create tokens limited to one project and the permissions a tool needs",
        "give every token an expiry date",
        "keep TeamCity patched: several critical vulnerabilities minted tokens for attackers",
      ],
    },
    keywords: [HEADER],
    caseSensitiveKeywords: true,
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>eyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9+/_-]{24,60}={0,2}\.[A-Za-z0-9+/_-]{48}={0,2})(?![A-Za-z0-9+/=_-])/,
    validate: uuidSecret,
    examples: [
      () => `TEAMCITY_TOKEN=${token("tc-1")}`,
      () => `curl -H "Authorization: Bearer ${token("tc-2")}" https://ci.example.com/app/rest/builds`,
      () =>
        `var client = new TeamCityClient("ci.example.com");\nclient.ConnectWithAccessToken("${token("tc-3")}");`,
    ],
    negatives: [
      `TC_TOKEN="${HEADER}..."`,
      () =>
        `TEAMCITY_TOKEN=${HEADER}.${randomChars("base64", 36, "tc-bad")}.${randomChars("base64", 48, "tc-bad")}`,
    ],
    references: [
      "https://www.jetbrains.com/help/teamcity/rest/teamcity-rest-api-documentation.html#REST+Authentication",
    ],
  },
];
