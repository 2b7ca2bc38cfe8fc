import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const description =
  "Box is an enterprise content management and file sharing cloud; Box Platform apps access it through the Box API.";
const audit =
  "In the Box Admin Console open Reports > User activity (or Enterprise events via the Events API) and filter on the app and its service account for downloads, previews, shares and permission changes during the exposure window.";
const bestPractices = [
  "use Client Credentials Grant or JWT apps with the narrowest application scopes and app access level",
  "keep the app configuration JSON and client secret in a secret manager, never in the repository",
  "restrict which folders the app's service account is collaborated on",
];
const alnum32 = (label: string) => randomChars("alnum", 32, label);

export const detectors: Detector[] = [
  {
    id: "box-developer-token",
    name: "Box developer token",
    vendor: "Box",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${description} Developer tokens are 32-character access tokens generated in the Developer Console for testing; they act as the developer for 60 minutes and have no prefix, so they are recognised next to a Box developer-token setting.`,
    security: [
      "For up to an hour, every file and folder the developer can access can be downloaded, shared or deleted.",
      "Collaborations and shared links can be created to expose content outside the company.",
    ],
    mitigation: {
      revoke:
        "Open the Box Developer Console > your app > Configuration and click Revoke next to the Developer Token (it otherwise expires within 60 minutes); remove it from code and use the app's proper authentication instead.",
      revokeUrl: "https://app.box.com/developers/console",
      audit,
      bestPractices,
    },
    keywords: ["box_developer_token", "boxdevelopertoken", "box-developer-token", "box_dev_token"],
    pattern:
      /(?:BOX|[Bb]ox)[_-]?(?:DEV(?:ELOPER)?|[Dd]ev(?:eloper)?)[_-]?(?:TOKEN|[Tt]oken)["']?\s{0,3}(?:=>|[:=])\s{0,3}["']?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    // Reads the user the token acts as: a GET with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://api.box.com/2.0/users/me",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `BOX_DEVELOPER_TOKEN=${alnum32("box-dev-1")}`,
      () => `{"boxDeveloperToken": "${alnum32("box-dev-2")}"}`,
    ],
    negatives: [
      "BOX_DEVELOPER_TOKEN=<developer token>",
      () => `BOX_DEVELOPER_TOKEN=${randomChars("alnum", 28, "box-dev-short")}`,
    ],
    references: [
      "https://developer.box.com/guides/authentication/tokens/developer-tokens/",
      "https://developer.box.com/reference/get-users-me/",
    ],
  },
  {
    id: "box-client-secret",
    name: "Box app client secret",
    vendor: "Box",
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description: `${description} Every Box Platform app has a client id and a 32-character client secret; with Client Credentials Grant the pair alone mints access tokens for the app's service account or a user, and for OAuth apps it exchanges authorization codes.`,
    security: [
      "With the client id, a Client Credentials Grant app's secret yields access tokens for its service account, reaching every folder it collaborates on.",
      "Apps with enterprise-wide access or the manage-users scope can read any user's content or change users.",
      "OAuth app secrets let an attacker complete authorization flows and impersonate the app.",
    ],
    mitigation: {
      revoke:
        "Open the Box Developer Console > your app > Configuration > OAuth 2.0 Credentials and reset the client secret (two-step verification is required), then re-authorize the app in the Admin Console if requested and update BOX_CLIENT_SECRET.",
      revokeUrl: "https://app.box.com/developers/console",
      audit,
      bestPractices,
    },
    keywords: ["box_client_secret", "boxclientsecret", "box-client-secret"],
    pattern:
      /(?:BOX|[Bb]ox)[_-]?(?:CLIENT|[Cc]lient)[_-]?(?:SECRET|[Ss]ecret)["']?\s{0,3}(?:=>|[:=])\s{0,3}["']?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    companions: [
      {
        name: "client id",
        pattern:
          /(?:BOX|[Bb]ox)[_-]?(?:CLIENT|[Cc]lient)[_-]?(?:ID|[Ii][Dd])["']?\s{0,3}[:=]\s{0,3}["']?(?<value>[a-z0-9]{32})/,
        within: 512,
      },
    ],
    examples: [
      () =>
        `BOX_CLIENT_ID=${randomChars("lowerAlnum", 32, "box-cs-1id")}\nBOX_CLIENT_SECRET=${alnum32("box-cs-1")}`,
      () => `  box_client_secret: "${alnum32("box-cs-2")}"`,
    ],
    negatives: ["BOX_CLIENT_SECRET=your_client_secret", "BOX_CLIENT_SECRET=${BOX_CLIENT_SECRET}"],
    references: ["https://developer.box.com/guides/authentication/client-credentials/"],
  },
  {
    id: "box-app-config",
    name: "Box app configuration (JSON with client secret)",
    vendor: "Box",
    family: "Client Secret",
    severity: "critical",
    confidence: "medium",
    description: `${description} The app settings JSON downloaded from the Developer Console (boxAppSettings) holds the client id and client secret and, for JWT apps, an encrypted private key with its passphrase: everything needed to obtain tokens for the app's service account.`,
    security: [
      "The file is a complete credential: with it an attacker authenticates as the app's service account (and, for apps with the right scopes, as any managed user).",
      "Content the service account owns or collaborates on can be read, shared externally or deleted.",
      "Apps with manage-users or enterprise scopes give control over users and groups.",
    ],
    mitigation: {
      revoke:
        "In the Box Developer Console open the app > Configuration: reset the client secret, remove the leaked public key under Add and Manage Public Keys and generate a new key pair; download a fresh config only into a secret store, and re-authorize the app in the Admin Console if prompted.",
      revokeUrl: "https://app.box.com/developers/console",
      audit,
      bestPractices,
    },
    keywords: ["boxappsettings"],
    pattern:
      /"boxAppSettings"\s{0,3}:\s{0,3}\{\s{0,20}"clientID"\s{0,3}:\s{0,3}"[A-Za-z0-9]{32}"\s{0,3},\s{0,20}"clientSecret"\s{0,3}:\s{0,3}"(?<secret>[A-Za-z0-9]{32})"/,
    window: { before: 64, after: 512, multiline: true },
    examples: [
      () =>
        `{\n  "boxAppSettings": {\n    "clientID": "${randomChars("lowerAlnum", 32, "box-cfg-1id")}",\n    "clientSecret": "${alnum32("box-cfg-1")}",\n    "appAuth": {\n      "publicKeyID": "abcd1234",\n      "passphrase": "${randomChars("hexLower", 32, "box-cfg-1pp")}"\n    }\n  },\n  "enterpriseID": "123456"\n}`,
      () =>
        `{"boxAppSettings":{"clientID":"${randomChars("lowerAlnum", 32, "box-cfg-2id")}","clientSecret":"${alnum32("box-cfg-2")}"}}`,
    ],
    negatives: [
      '{"boxAppSettings": {"clientID": "", "clientSecret": ""}}',
      '{"boxAppSettings": {"clientID": "YOUR_CLIENT_ID_HERE_XXXXXXXXXXXXX", "clientSecret": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}}',
    ],
    references: ["https://developer.box.com/guides/authentication/jwt/jwt-setup/"],
  },
];
