import { ASSIGN_ESCAPED_XML, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Google Cloud";
const about = "Google Cloud Platform (GCP) is Google's cloud computing platform.";

const apiKey = (label: string) => `AIza${randomChars("base64url", 35, label)}`;

/** A PKCS#8 RSA private key as Google writes it in JSON key files: 64-character lines joined by `\n` escapes. */
function jsonPem(label: string): string {
  const body = `MIIEv${randomChars("base64", 1619, label)}`;
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN PRIVATE KEY-----\\n${lines.join("\\n")}\\n-----END PRIVATE KEY-----\\n`;
}

/** A service account key file, laid out as the Cloud console downloads it. */
function serviceAccountJson(label: string, project = "acme-prod-4821"): string {
  return [
    "{",
    '  "type": "service_account",',
    `  "project_id": "${project}",`,
    `  "private_key_id": "${randomChars("hexLower", 40, `${label}-kid`)}",`,
    `  "private_key": "${jsonPem(label)}",`,
    `  "client_email": "deployer@${project}.iam.gserviceaccount.com",`,
    `  "client_id": "1${randomChars("0123456789", 20, `${label}-cid`)}",`,
    '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
    '  "token_uri": "https://oauth2.googleapis.com/token",',
    '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
    `  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/deployer%40${project}.iam.gserviceaccount.com",`,
    '  "universe_domain": "googleapis.com"',
    "}",
  ].join("\n");
}

const keyFileBestPractices = [
  "avoid service account keys: use Workload Identity Federation (GitHub Actions, AWS, Azure, Kubernetes) or attached service accounts instead",
  "enforce the organization policy constraints iam.disableServiceAccountKeyCreation and iam.serviceAccountKeyExposureResponse",
  "grant service accounts only the roles they need, on the narrowest resource",
  "never commit key files; add *.json key paths to .gitignore and keep keys in Secret Manager if they must exist",
];
const revokeServiceAccountKey =
  "In the Google Cloud console open IAM & Admin > Service accounts > the account named in client_email > Keys, find the key whose ID equals private_key_id and delete it (CLI: `gcloud iam service-accounts keys delete <private_key_id> --iam-account <client_email>`); disable the service account first if you cannot delete the key at once, then create a replacement or move to keyless authentication.";
const auditServiceAccount =
  "In Cloud Logging (Logs Explorer) query the project's audit logs for protoPayload.authenticationInfo.principalEmail = the service account and authenticationInfo.serviceAccountKeyName containing the key ID; check the service account's 'Key usage' insights (Policy Intelligence) and Security Command Center findings.";

const decode = (text: string) => Buffer.from(text, "base64").toString("latin1");

/** A Google OAuth client ID: project number, dash, 32 lower-case characters, apps.googleusercontent.com. */
const clientId = (label: string) =>
  `${randomChars("digits", 12, `${label}-n`)}-${randomChars("lowerAlnum", 32, label)}.apps.googleusercontent.com`;

export const detectors: Detector[] = [
  {
    id: "gcp-api-key",
    name: "Google API key",
    vendor,
    family: "API Key",
    severity: "high",
    description: `${about} Google API keys (AIza followed by 35 characters) identify a Cloud project when calling Google APIs such as Maps, Gemini (Generative Language), YouTube Data, Places or Translate. Keys embedded in Firebase web and mobile configurations are meant to be public and must be protected by restrictions, but an unrestricted key calls any API enabled in the project.`,
    security: [
      "Unrestricted keys call every API enabled in the project, such as Gemini or Maps, billed to the project's billing account.",
      "Keys that reach data APIs (for example Gemini files, Firebase or YouTube) can expose content belonging to the project.",
      "Quota exhaustion by abusers breaks the legitimate application.",
    ],
    mitigation: {
      revoke:
        "In the Google Cloud console open APIs & Services > Credentials, select the key and either Regenerate key (then update clients) or Delete it; CLI: `gcloud services api-keys delete <key-id>`. If the key must stay public (Firebase, Maps JavaScript), add application restrictions (HTTP referrers, Android/iOS apps) and API restrictions instead.",
      revokeUrl: "https://console.cloud.google.com/apis/credentials",
      audit:
        "Check APIs & Services > Enabled APIs & services > Metrics filtered by credential, the project's Billing reports for unexpected API spend, and for Gemini keys the Google AI Studio usage page.",
      bestPractices: [
        "restrict every key to the APIs it needs and to your apps, referrers or IP addresses",
        "use separate keys per application and environment",
        "set budgets and quota caps on billable APIs",
        "use service accounts or OAuth for server-to-server access to data APIs",
      ],
    },
    keywords: ["AIza"],
    window: { before: 8, after: 48 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
    examples: [
      () => `GOOGLE_API_KEY=${apiKey("gcp-api-1")}`,
      () => `const genAI = new GoogleGenerativeAI("${apiKey("gcp-api-2")}");`,
      () => `<string name="google_maps_key">${apiKey("gcp-api-3")}</string>`,
      () => `  "gemini": { "apiKey": "${apiKey("gcp-api-4")}" }`,
    ],
    negatives: [
      "GOOGLE_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      "GOOGLE_API_KEY=AIza...",
      () => `key=${apiKey("gcp-api-short").slice(0, 30)}`,
      () => `key=${apiKey("gcp-api-long")}${randomChars("alnum", 3, "gcp-api-long2")}`,
    ],
    references: ["https://cloud.google.com/docs/authentication/api-keys"],
  },
  {
    id: "gcp-service-account-key",
    name: "Google Cloud service account key file",
    vendor,
    family: "Private Key",
    severity: "critical",
    description: `${about} A service account key file is a JSON document ("type": "service_account") holding an RSA private key ("private_key"), its key ID ("private_key_id") and the account's address (client_email ending in .iam.gserviceaccount.com). Whoever has the file authenticates as the service account until the key is deleted; keys do not expire by default.`,
    security: [
      "The key acts as the service account with all its IAM roles, which for deployment accounts often means Editor or Owner of whole projects.",
      "Data in Cloud Storage, BigQuery, Firestore and Secret Manager reachable by the account can be read or destroyed.",
      "Attackers launch compute for crypto-mining at the project's expense and create further keys for persistence.",
    ],
    mitigation: {
      revoke: revokeServiceAccountKey,
      revokeUrl: "https://console.cloud.google.com/iam-admin/serviceaccounts",
      audit: auditServiceAccount,
      bestPractices: keyFileBestPractices,
    },
    keywords: ['"private_key"', '\\"private_key\\"'],
    window: { before: 700, after: 4300, multiline: true },
    pattern:
      /\\{0,2}"private_key\\{0,2}"[ \t]{0,3}:[ \t]{0,3}\\{0,2}"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----\\{1,2}n[A-Za-z0-9+/=\\]{500,4000}-----END (?:RSA )?PRIVATE KEY-----(?:\\{1,2}n)?)\\{0,2}"/,
    validate: (_secret, context) =>
      /service_account|\.iam\.gserviceaccount\.com|developer\.gserviceaccount\.com/.test(context.window)
        ? true
        : "no service account fields (type, client_email) next to the private key",
    examples: [
      () => serviceAccountJson("gcp-sa-1"),
      () => `GOOGLE_CREDENTIALS='${serviceAccountJson("gcp-sa-2", "billing-etl").replace(/\n\s*/g, " ")}'`,
      () =>
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gcp-sa\nstringData:\n  key.json: |\n${serviceAccountJson(
          "gcp-sa-3",
          "analytics-17",
        )
          .split("\n")
          .map((line) => `    ${line}`)
          .join("\n")}`,
    ],
    negatives: [
      '{\n  "type": "service_account",\n  "private_key_id": "",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "sa@project.iam.gserviceaccount.com"\n}',
      // A private key in JSON that is not a Google service account.
      () =>
        `{"kid": "signing-1", "private_key": "${jsonPem("gcp-sa-other")}", "issuer": "https://auth.internal"}`,
    ],
    references: [
      "https://cloud.google.com/iam/docs/keys-create-delete",
      "https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys",
    ],
  },
  {
    id: "gcp-service-account-key-base64",
    name: "Google Cloud service account key file (base64)",
    vendor,
    family: "Private Key",
    severity: "critical",
    description: `${about} Service account key files are often stored base64-encoded: the private_key output of Terraform's google_service_account_key, Kubernetes Secret data, and CI variables such as GOOGLE_CREDENTIALS. The encoded JSON starts with ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIs (or eyJ0eXBlIjoic2VydmljZV9hY2NvdW50 when compact), and decodes to a complete key with its RSA private key.`,
    security: [
      "Decoding yields a working key file that acts as the service account with all its IAM roles.",
      "Resources reachable by the account can be read, changed or deleted, and compute launched at the project's expense.",
    ],
    mitigation: {
      revoke: `Decode the value (\`base64 -d\`) to read client_email and private_key_id. ${revokeServiceAccountKey}`,
      revokeUrl: "https://console.cloud.google.com/iam-admin/serviceaccounts",
      audit: auditServiceAccount,
      bestPractices: [
        ...keyFileBestPractices,
        "mark Terraform outputs holding keys as sensitive and keep state in an encrypted, access-controlled backend",
      ],
    },
    keywords: ["ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIs", "eyJ0eXBlIjoic2VydmljZV9hY2NvdW50"],
    window: { before: 8, after: 6200 },
    pattern:
      /(?<![A-Za-z0-9+/])(?<secret>(?:ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIs|eyJ0eXBlIjoic2VydmljZV9hY2NvdW50)[A-Za-z0-9+/]{1000,6000}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (secret) => {
      const json = decode(secret);
      return json.includes("PRIVATE KEY") && json.includes("client_email")
        ? true
        : "decoded document has no private key and client_email";
    },
    examples: [
      () => `GOOGLE_CREDENTIALS=${Buffer.from(serviceAccountJson("gcp-sa64-1")).toString("base64")}`,
      () =>
        `data:\n  key.json: ${Buffer.from(serviceAccountJson("gcp-sa64-2", "web-tier-9")).toString("base64")}`,
      () =>
        `{"sa_key": "${Buffer.from(JSON.stringify(JSON.parse(serviceAccountJson("gcp-sa64-3", "ml-jobs-2")))).toString("base64")}"}`,
    ],
    negatives: [
      "GOOGLE_CREDENTIALS=ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIs...",
      // A base64 document with the same start but no key material.
      () =>
        `GOOGLE_CREDENTIALS=${Buffer.from(`{\n  "type": "service_account",\n  "project_id": "p",\n  "notes": "${randomChars("alnum", 900, "gcp-sa64-nokey")}"\n}`).toString("base64")}`,
    ],
    references: [
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key",
    ],
  },
  {
    id: "gcp-oauth-client-secret",
    name: "Google OAuth client secret",
    vendor,
    family: "Client Secret",
    severity: "high",
    description: `${about} Google OAuth 2.0 clients (created under APIs & Services > Credentials) authenticate to Google's authorization server with a client ID (<number>-<id>.apps.googleusercontent.com) and a client secret, which since 2022 starts with GOCSPX- followed by 28 characters.`,
    security: [
      "With the client ID, the secret lets an attacker run OAuth flows as your application, phishing users with your app's name and consent screen.",
      "Authorization codes and refresh tokens issued to the app can be exchanged for access tokens to users' Google data within the granted scopes.",
    ],
    mitigation: {
      revoke:
        "In the Google Cloud console open APIs & Services > Credentials > OAuth 2.0 Client IDs > the client, use Add secret to create a new one, deploy it, then Disable and Delete the leaked secret (clients support two secrets for rotation). For Google Workspace add-ons or Firebase Auth, update the secret there too.",
      revokeUrl: "https://console.cloud.google.com/apis/credentials",
      audit:
        "Review the OAuth consent screen's usage and the project's audit logs for token activity; in Google Workspace check Admin console > Security > API controls > App access control for unusual grants to the client.",
      bestPractices: [
        "keep client secrets only on servers; native and single-page apps should use PKCE without a secret",
        "restrict redirect URIs to the exact URLs you own",
        "rotate client secrets on a schedule using the two-secret rollover",
      ],
    },
    keywords: ["GOCSPX-"],
    window: { before: 8, after: 48 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
    examples: [
      () => `GOOGLE_CLIENT_SECRET=GOCSPX-${randomChars("base64url", 28, "gocspx-1")}`,
      () =>
        `{"web": {"client_id": "1234567890-abc123def456.apps.googleusercontent.com", "client_secret": "GOCSPX-${randomChars("base64url", 28, "gocspx-2")}"}}`,
      () => `  clientSecret: 'GOCSPX-${randomChars("base64url", 28, "gocspx-3")}',`,
    ],
    negatives: [
      "GOOGLE_CLIENT_SECRET=GOCSPX-your-client-secret",
      "GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `GOOGLE_CLIENT_SECRET=GOCSPX-${randomChars("base64url", 20, "gocspx-short")}`,
    ],
    references: ["https://support.google.com/cloud/answer/15549257"],
  },
  {
    id: "gcp-oauth-client-secret-legacy",
    name: "Google OAuth client secret (pre-2022 format)",
    vendor,
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description: `${about} OAuth 2.0 client secrets created before Google introduced the GOCSPX- prefix are 24 URL-safe characters with no prefix; many such clients are still in use. They are recognised by a Google-named client secret variable, or by a client_secret next to a client ID ending in .apps.googleusercontent.com.`,
    security: [
      "With the client ID, the secret lets an attacker run OAuth flows as your application, phishing users with your app's name and consent screen.",
      "Authorization codes and refresh tokens issued to the app can be exchanged for access tokens to users' Google data within the granted scopes.",
    ],
    mitigation: {
      revoke:
        "In the Google Cloud console open APIs & Services > Credentials > OAuth 2.0 Client IDs > the client, use Add secret to create a new (GOCSPX-) secret, deploy it, then Disable and Delete the leaked secret.",
      revokeUrl: "https://console.cloud.google.com/apis/credentials",
      audit:
        "Review the project's audit logs for token activity by the client; in Google Workspace check Admin console > Security > API controls > App access control for unusual grants to the client.",
      bestPractices: [
        "rotate pre-2022 secrets: the new secret carries the GOCSPX- prefix that secret scanners and Google itself recognise",
        "keep client secrets only on servers; native and single-page apps should use PKCE without a secret",
      ],
    },
    keywords: ["google", "gapi", "client_secret", "clientsecret", "client-secret"],
    window: { before: 400, after: 160, multiline: true },
    pattern: new RegExp(
      `(?<name>(?:google|Google|GOOGLE|gapi|GAPI)[A-Za-z0-9_.-]{0,24}?(?:secret|Secret|SECRET)|(?:client|Client|CLIENT)[_.-]?(?:secret|Secret|SECRET))${ASSIGN_ESCAPED_XML}(?<secret>[A-Za-z0-9_-]{24})${TOKEN_END}`,
    ),
    validate: (secret, context) => {
      if (secret.startsWith("GOCSPX")) return "a GOCSPX- secret, reported by gcp-oauth-client-secret";
      if (/google|gapi/i.test(context.groups.name ?? "")) return true;
      return context.window.includes(".apps.googleusercontent.com")
        ? true
        : "a client_secret without a Google client ID nearby";
    },
    examples: [
      () => `GOOGLE_CLIENT_SECRET=${randomChars("base64url", 24, "goog-legacy-1")}`,
      () =>
        `const CLIENT_ID = '${clientId("goog-legacy-2i")}';\nconst CLIENT_SECRET = '${randomChars("base64url", 24, "goog-legacy-2")}';`,
      () =>
        `{"installed": {"client_id": "${clientId("goog-legacy-3i")}", "client_secret": "${randomChars("base64url", 24, "goog-legacy-3")}"}}`,
    ],
    negatives: [
      "GOOGLE_CLIENT_SECRET=<your-client-secret>",
      // A client_secret of another OAuth provider: no Google client ID around it.
      () =>
        `GITHUB_CLIENT_ID=Iv1.abc\nclient_secret = "${randomChars("base64url", 24, "goog-legacy-other")}"`,
      // 32 characters: not a Google client secret.
      () => `GOOGLE_CLIENT_SECRET=${randomChars("base64url", 32, "goog-legacy-long")}`,
    ],
    references: ["https://support.google.com/cloud/answer/15549257"],
  },
  {
    id: "gcp-oauth-refresh-token",
    name: "Google OAuth refresh token",
    vendor,
    family: "OAuth Token",
    severity: "high",
    description: `${about} Google OAuth 2.0 refresh tokens (1//0 followed by about a hundred URL-safe characters) are long-lived grants that mint access tokens for a user's Google account within the scopes the user approved. They appear in gcloud application default credentials (type authorized_user), the Firebase CLI's FIREBASE_TOKEN, rclone and Google Ads configurations.`,
    security: [
      "With the client ID and secret (often public, as for gcloud and the Firebase CLI) the token mints access tokens to the user's data: Drive, Gmail, Cloud projects, depending on scopes.",
      "Refresh tokens do not expire unless revoked, unused for six months, or the user changes their password (for Gmail scopes).",
      "gcloud and Firebase CLI tokens carry cloud-platform scope: full access to every project the user can reach.",
    ],
    mitigation: {
      revoke:
        "Revoke the grant: the user opens myaccount.google.com > Security > Your connections to third-party apps & services, selects the application and removes its access; for gcloud credentials run `gcloud auth application-default revoke` or `gcloud auth revoke <account>`; Firebase CI tokens: `firebase logout --token <token>`. A Google Workspace admin can also revoke tokens for a user under Admin console > Users > the user > Security > Connected applications.",
      revokeUrl: "https://myaccount.google.com/connections",
      audit:
        "Review the user's Google Account security activity, the Cloud audit logs for actions by the user's principal, and (Workspace) the OAuth token audit log in Admin console > Reporting.",
      bestPractices: [
        "use service accounts with Workload Identity Federation for automation instead of personal refresh tokens",
        "never commit ~/.config/gcloud or application_default_credentials.json",
        "request the narrowest scopes",
      ],
    },
    keywords: ["1//0"],
    window: { before: 8, after: 280 },
    pattern: /(?<![A-Za-z0-9_/-])(?<secret>1\/\/0[A-Za-z0-9_-]{60,250})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `{\n  "client_id": "${randomChars("0123456789", 12, "g-rt-1c")}-${randomChars("lowerAlnum", 32, "g-rt-1d")}.apps.googleusercontent.com",\n  "client_secret": "${randomChars("base64url", 24, "g-rt-1s")}",\n  "refresh_token": "1//0${randomChars("base64url", 99, "g-rt-1")}",\n  "type": "authorized_user"\n}`,
      () => `FIREBASE_TOKEN=1//0${randomChars("base64url", 99, "g-rt-2")}`,
      () => `refresh_token = "1//0${randomChars("base64url", 99, "g-rt-3")}"`,
    ],
    negatives: [
      "refresh_token = 1//0...",
      "x = 1//0 + y",
      "FIREBASE_TOKEN=1//0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
    references: ["https://developers.google.com/identity/protocols/oauth2#expiration"],
  },
  {
    id: "gcp-oauth-access-token",
    name: "Google OAuth access token",
    vendor,
    family: "OAuth Token",
    severity: "high",
    description: `${about} Google OAuth 2.0 access tokens start with ya29. and authorize calls to Google APIs as a user or service account for about an hour. They leak through logs, curl commands (Authorization: Bearer ya29....) and notebooks.`,
    security: [
      "Until it expires the token calls every Google API its scopes allow, as its principal.",
      "Tokens minted for service accounts or gcloud users usually carry cloud-platform scope over whole projects.",
    ],
    mitigation: {
      revoke:
        "Revoke the token at Google's revocation endpoint (`curl -d token=<token> https://oauth2.googleapis.com/revoke`), which also revokes the grant it came from; then remove the refresh token or service account key that minted it if that leaked too. Otherwise it expires within an hour.",
      revokeUrl: "https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke",
      audit:
        "Identify the principal with the tokeninfo endpoint, then review Cloud audit logs (or Workspace reports) for that principal's activity during the hour.",
      bestPractices: [
        "never log Authorization headers",
        "mask tokens in CI output and notebooks before sharing",
      ],
    },
    keywords: ["ya29."],
    window: { before: 8, after: 2100 },
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>ya29\.[A-Za-z0-9_.-]{30,2048})(?![A-Za-z0-9_.-])/,
    verify: {
      method: "GET",
      url: "https://oauth2.googleapis.com/tokeninfo?access_token={secret}",
      live: [200],
      dead: [400],
      liveRequires: { field: "expires_in" },
    },
    examples: [
      () =>
        `curl -H "Authorization: Bearer ya29.a0${randomChars("base64url", 180, "ya29-1")}" https://www.googleapis.com/drive/v3/files`,
      () =>
        `{"access_token": "ya29.c.${randomChars("base64url", 240, "ya29-2")}", "expires_in": 3599, "token_type": "Bearer"}`,
    ],
    negatives: ["Authorization: Bearer ya29.xxxxx", "access_token=ya29.<ACCESS_TOKEN>"],
    references: ["https://developers.google.com/identity/protocols/oauth2"],
  },
];
