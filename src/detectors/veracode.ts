import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "veracode-api-key-secret",
    name: "Veracode API key secret",
    vendor: "Veracode",
    family: "Secret Key",
    severity: "high",
    confidence: "medium",
    description:
      "Veracode scans applications for vulnerabilities. Its API credentials are an id (32 hexadecimal characters) and a secret key (128 hexadecimal characters) used to sign requests (HMAC), kept in ~/.veracode/credentials or VERACODE_API_KEY_SECRET.",
    security: [
      "Scan results, which list the vulnerabilities of the organization's applications, can be downloaded.",
      "Scans can be uploaded and policies or mitigations changed, hiding findings.",
    ],
    mitigation: {
      revoke:
        'In the Veracode Platform open the user menu > API Credentials and click "Revoke API Credentials", then generate new ones (administrators can revoke users\' credentials).',
      revokeUrl: "https://docs.veracode.com/r/c_api_credentials3",
      audit:
        "Review the platform's audit log (Admin > Audit Logs) for API actions during the exposure window.",
      bestPractices: ["use API service accounts with only the roles the pipeline needs"],
    },
    keywords: ["veracode"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["veracode"], ["secret", "api_key_secret", "key_secret", "apiKeySecret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{128})${TOKEN_END}`,
    ),
    companions: [
      {
        name: "API id",
        pattern:
          /[Aa][Pp][Ii]_?[Kk][Ee][Yy]_?[Ii][Dd]["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?<value>[a-f0-9]{32})(?![A-Za-z0-9_-])/,
      },
    ],
    examples: [
      () =>
        `[default]\nveracode_api_key_id = ${randomChars("hexLower", 32, "vc-1a")}\nveracode_api_key_secret = ${randomChars("hexLower", 128, "vc-1b")}`,
      () => `VERACODE_API_KEY_SECRET=${randomChars("hexLower", 128, "vc-2")}`,
    ],
    negatives: [
      "VERACODE_API_KEY_SECRET=your_veracode_api_key_secret_here",
      () => `VERACODE_API_KEY_SECRET=${randomChars("hexLower", 125, "veracode-api-key-secret-short")}`,
      () => `VERACODE_URL=${randomChars("hexLower", 128, "veracode-api-key-secret-noname")}`,
    ],
    references: [
      "https://docs.veracode.com/r/c_api_credentials3",
      "https://docs.veracode.com/r/c_configure_api_cred_file",
    ],
  },
];
