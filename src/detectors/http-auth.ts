import { genericValueReason, passwordPlaceholderReason, referenceReason } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/*
 * HTTP Authorization values the generic header rules (generic-bearer-token,
 * generic-basic-auth-header in generic.ts) do not read: the `Token` scheme of Django REST
 * framework, GitHub and many internal APIs (Elastic's `ApiKey` has its own detector), and
 * headers stored as name/value pairs in Postman collections and HAR captures, where the
 * header's name and its value are separate JSON strings.
 */

const owasp = "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html";

const rotate =
  "Revoke the token or change the password in the service the request goes to (its API tokens, sessions or account settings page), issue a new one and keep it in a secret store or an environment variable the tool reads. Removing the file from the repository does not revoke the value: clones and forks keep it.";

const audit =
  "Review the service's access or audit log for requests made with the credential from unknown addresses during the exposure.";

const practices = [
  "keep credentials in environment or collection variables ({{token}}, $TOKEN), never as literals in shared files",
  "export Postman collections and HAR files without Authorization headers, or scrub them before sharing",
];

/** `base64(user:password)` of a Basic header: decoded and judged like a password in a URI. */
function basicReason(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return "not padded base64";
  const text = Buffer.from(value, "base64").toString("utf8");
  if (!/^[\x20-\x7e\u00a0-\uffff]+$/.test(text)) return "does not decode to text";
  const colon = text.indexOf(":");
  if (colon <= 0 || !/^[^\s"{}[\]:]{1,128}$/.test(text.slice(0, colon)))
    return "does not decode to user:password";
  const password = text.slice(colon + 1);
  if (password.length < 6) return "password shorter than 6 characters";
  return referenceReason(password) ?? passwordPlaceholderReason(password, text.slice(0, colon));
}

const tokenValidator: Validator = (secret) => genericValueReason(secret, { minLength: 16 }) ?? true;

const pairValidator: Validator = (secret, context) => {
  const scheme = context.groups.scheme?.toLowerCase();
  if (scheme === "basic") return basicReason(secret) ?? true;
  return genericValueReason(secret, { minLength: 16 }) ?? true;
};

const hex = (label: string, length = 40) => randomChars("hexLower", length, `http-auth-${label}`);
const alnum = (label: string, length = 40) => randomChars("alnum", length, `http-auth-${label}`);

const common = {
  vendor: "HTTP",
  severity: "high",
  confidence: "medium",
  mitigation: { revoke: rotate, revokeUrl: owasp, audit, bestPractices: practices },
} as const;

export const detectors: Detector[] = [
  {
    ...common,
    id: "http-authorization-token-scheme",
    name: "HTTP Authorization header with the Token scheme",
    family: "Access Token",
    description:
      "An Authorization header written with the Token scheme (Authorization: Token <key>, as Django REST framework's TokenAuthentication, GitHub's API and many internal services take it) with a literal value, in code, a curl command or an HTTP-client file.",
    security: [
      "Anyone holding the token calls the API as the user or service it was issued to.",
      "Such tokens usually do not expire: Django REST framework's stay valid until deleted.",
    ],
    keywords: ["authorization"],
    keywordGate: /["']?[ \t]{0,3}[:=,][ \t]{0,3}[fF]?["'\x60]?[ \t]{0,3}(?:Token|token)[ \t]/,
    pattern:
      /[Aa]uthorization(?<![A-Za-z0-9_-][Aa]uthorization)["']?[ \t]{0,3}[:=,][ \t]{0,3}[fF]?["'\x60]?[ \t]{0,3}(?:Token|token)[ \t]{1,3}(?<secret>[A-Za-z0-9._~+/-]{16,400}={0,2})(?![A-Za-z0-9._~+/=-])/,
    validate: tokenValidator,
    examples: [
      () => `curl -H "Authorization: Token ${hex("t1")}" https://api.internal.example/v1/orders/`,
      () => `headers = {"Authorization": f"Token ${hex("t2")}"}`,
      () => `Authorization: token ${alnum("t3", 32)}`,
    ],
    negatives: [
      'curl -H "Authorization: Token $API_TOKEN" https://api.example.com',
      "Authorization: Token <your-token>",
      "Authorization: Token token=abcdefghijklmnopqrst",
      "Authorization: Token YOUR_API_TOKEN_HERE",
    ],
    references: ["https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication"],
  },
  {
    ...common,
    id: "http-header-pair-authorization",
    name: "Authorization header in a Postman collection or HAR file",
    family: "Access Token",
    description:
      'An HTTP Authorization header stored as a JSON name/value pair: {"key": "Authorization", "value": "Bearer ..."} in a Postman collection or environment, {"name": "Authorization", "value": "..."} in a HAR capture from browser dev tools, or the token of a Postman bearer auth block. Basic values are decoded and their password checked.',
    security: [
      "The token or password calls the API as the user whose session or account it belongs to.",
      "HAR files capture live sessions: the header is usually a working token copied from a signed-in browser.",
    ],
    keywords: ["authorization", '"bearer"'],
    window: { before: 64, after: 1024, multiline: true },
    pattern:
      /(?:"(?:key|name)"\s{0,10}:\s{0,10}"[Aa]uthorization"\s{0,10},\s{0,40}"value"\s{0,10}:\s{0,10}"(?:(?<scheme>Bearer|bearer|Basic|basic|Token|token)[ \t]{1,3})?|"bearer"\s{0,10}:\s{0,10}\[\s{0,40}\{\s{0,40}"key"\s{0,10}:\s{0,10}"token"\s{0,10},\s{0,40}"value"\s{0,10}:\s{0,10}")(?<secret>[A-Za-z0-9._~+/-]{16,2000}={0,2})"/,
    validate: pairValidator,
    examples: [
      () =>
        `{\n  "header": [\n    {\n      "key": "Authorization",\n      "value": "Bearer ${alnum("p1", 48)}",\n      "type": "text"\n    }\n  ]\n}`,
      () => `{"name": "Authorization", "value": "${hex("p2", 64)}"}`,
      () =>
        `"auth": {\n  "type": "bearer",\n  "bearer": [\n    {\n      "key": "token",\n      "value": "${alnum("p3", 40)}",\n      "type": "string"\n    }\n  ]\n}`,
      () =>
        `{"name":"Authorization","value":"Basic ${Buffer.from(`svc-report:${alnum("p4", 18)}`).toString("base64")}"}`,
    ],
    negatives: [
      '{"key": "Authorization", "value": "Bearer {{access_token}}", "type": "text"}',
      () => `{"name": "Authorization", "value": "Basic ${Buffer.from("user:password").toString("base64")}"}`,
      '"bearer": [{"key": "token", "value": "{{token}}", "type": "string"}]',
      '{"key": "Content-Type", "value": "application/json"}',
    ],
    references: [
      "https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/",
      "https://w3c.github.io/web-performance/specs/HAR/Overview.html",
    ],
  },
];
