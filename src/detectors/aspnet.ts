import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/*
 * ASP.NET's <machineKey>: the keys that sign and encrypt ViewState, forms-authentication tickets
 * and other data the server hands to browsers. Set by hand in web.config for web farms, they
 * are otherwise generated per machine ("AutoGenerate,IsolateApps"), which is no secret.
 */

const hexKey = (label: string, length: number) => randomChars("hexUpper", length, `aspnet-${label}`);
const machineKey = (label: string, validation = 128, decryption = 64) =>
  `<machineKey validationKey="${hexKey(`${label}v`, validation)}" decryptionKey="${hexKey(`${label}d`, decryption)}" validation="HMACSHA256" decryption="AES" />`;

export const detectors: Detector[] = [
  {
    id: "aspnet-machine-key",
    name: "ASP.NET machine key (web.config <machineKey> validationKey)",
    vendor: "Microsoft ASP.NET",
    family: "Signing Key",
    severity: "critical",
    description:
      "The validationKey of ASP.NET's <machineKey> element (40 to 128 hexadecimal characters), usually with its decryptionKey (16 to 64), written into web.config or machine.config so that every server of a farm signs and encrypts alike. ASP.NET signs and encrypts ViewState, forms-authentication tickets and anonymous-identification cookies with them.",
    security: [
      "With the keys an attacker crafts a ViewState that the server deserializes: remote code execution in the application's worker process. Microsoft reported attacks in 2025 that used keys copied from public code and documentation this way.",
      "The same keys forge forms-authentication tickets, so the attacker signs in as any user, administrators included.",
    ],
    mitigation: {
      revoke:
        "Generate new keys (IIS Manager > Machine Key > Generate Keys, or PowerShell with RandomNumberGenerator), replace them in web.config on every server of the farm, and restart the application pools; prefer removing the element so that ASP.NET generates keys per machine when no farm needs to share them. Treat servers that ran with a published key as possibly compromised.",
      revokeUrl:
        "https://www.microsoft.com/en-us/security/blog/2025/02/06/code-injection-attacks-using-publicly-disclosed-asp-net-machine-keys/",
      audit:
        "Look in IIS and Windows event logs (event ID 1316, ViewState verification failed) and in the w3wp.exe process tree for unexpected child processes, and check for web shells and new files under the site's folders.",
      bestPractices: [
        "never copy a machine key from documentation, a sample or another application",
        "keep machine keys out of source control: encrypt the section with aspnet_regiis -pef, or set them at deployment",
      ],
    },
    keywords: ["validationkey"],
    // Only where a hexadecimal key follows, not AutoGenerate,IsolateApps.
    keywordGate: /[ \t]{0,3}=[ \t]{0,3}["'][0-9A-Fa-f]{40}/,
    window: { before: 256, after: 512, multiline: true },
    pattern: /(?<![A-Za-z0-9])validationKey[ \t]{0,3}=[ \t]{0,3}["'](?<secret>[0-9A-Fa-f]{40,128})["']/i,
    companions: [
      {
        name: "decryption key",
        pattern: /(?<![A-Za-z0-9])decryptionKey[ \t]{0,3}=[ \t]{0,3}["'](?<value>[0-9A-Fa-f]{16,64})["']/i,
        within: 512,
      },
    ],
    examples: [
      () => `<system.web>\n  ${machineKey("1")}\n</system.web>`,
      () =>
        `    <machineKey\n        validationKey="${hexKey("2v", 40)}"\n        decryptionKey="${hexKey("2d", 48)}"\n        validation="SHA1" decryption="3DES" />`,
      () => `<machineKey validationKey='${hexKey("3v", 64).toLowerCase()}' validation='HMACSHA256' />`,
    ],
    negatives: [
      '<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="SHA1" />',
      '<machineKey validationKey="[your validation key]" decryptionKey="[your decryption key]" />',
      // Too short for a validation key: 32 hex characters.
      () => `<machineKey validationKey="${hexKey("4v", 32)}" />`,
    ],
    references: [
      "https://learn.microsoft.com/en-us/previous-versions/dotnet/netframework-4.0/w8h3skw9(v=vs.100)",
      "https://www.microsoft.com/en-us/security/blog/2025/02/06/code-injection-attacks-using-publicly-disclosed-asp-net-machine-keys/",
    ],
  },
];
