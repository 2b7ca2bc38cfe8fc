import { ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const apiToken = (label: string) => `00${randomChars("base64url", 40, label)}`;

export const detectors: Detector[] = [
  {
    id: "okta-api-token",
    name: "Okta API token",
    vendor: "Okta",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      'Okta is an identity provider for workforce and customer single sign-on. API tokens (00 followed by 40 URL-safe characters), sent as "Authorization: SSWS <token>", call the management API with the permissions of the admin who created them.',
    security: [
      "An attacker can read and change users, groups and applications of the org, including resetting passwords and MFA factors.",
      "With a super admin's token the attacker can create admins, change sign-on policies and identity providers, taking over every connected application.",
      "System logs and user profiles expose personal data of the whole workforce.",
    ],
    mitigation: {
      revoke:
        'In the Okta Admin Console go to Security > API > Tokens, find the token by name (and the admin who created it) and click "Revoke"; create a new token from a dedicated service admin with the least privileged role, or switch to OAuth 2.0 service apps.',
      revokeUrl: "https://help.okta.com/en-us/content/topics/security/api.htm",
      audit:
        "Search the System Log (Reports > System Log) for events with the token's actor and client (debugContext.debugData.requestUri, authenticationContext) during the exposure window, especially user, admin role, policy and app changes.",
      bestPractices: [
        "prefer OAuth 2.0 service apps with scoped access tokens over SSWS API tokens",
        "create tokens from a dedicated admin account with a custom, minimal admin role",
        "restrict token use to network zones",
      ],
    },
    keywords: ["okta", "ssws"],
    // Multiline for Terraform variable blocks, whose name sits on the line above the default.
    window: { before: 128, after: 512, multiline: true },
    pattern: new RegExp(
      `(?:SSWS[ \\t]{1,4}|${anyCase("okta")}[A-Za-z0-9_.-]{0,40}(?:${ASSIGN_OR_CALL}|"[ \\t]{0,4}\\{[^{}]{0,300}?\\bdefault[ \\t]{0,16}=[ \\t]{0,4}"))(?<secret>00[A-Za-z0-9_-]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `OKTA_API_TOKEN=${apiToken("okta-1")}`,
      () => `curl -H "Authorization: SSWS ${apiToken("okta-2")}" https://acme.okta.com/api/v1/users`,
      () =>
        `provider "okta" {\n  org_name  = "acme"\n  api_token = "${apiToken("okta-3")}" # okta\n}\nokta_api_token = "${apiToken("okta-3b")}"`,
      () =>
        `variable "okta_api_token" {\n  description = "Okta management token"\n  type        = string\n  default     = "${apiToken("okta-4")}"\n}`,
    ],
    negatives: [
      "Authorization: SSWS ${OKTA_API_TOKEN}",
      "OKTA_API_TOKEN=00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `OKTA_API_TOKEN=00${randomChars("base64url", 30, "okta-short")}`,
      // A Terraform variable for something else that merely follows an Okta block.
      () =>
        `variable "okta_org" {\n  default = "acme"\n}\nvariable "db_token" {\n  default = "${apiToken("okta-other")}"\n}`,
    ],
    references: ["https://developer.okta.com/docs/guides/create-an-api-token/main/"],
  },
];
