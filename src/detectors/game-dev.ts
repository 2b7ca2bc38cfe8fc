import { chosenPassword } from "../catalog/language.js";
import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/*
 * Keys of game and desktop-app release pipelines: Unreal Engine's pak encryption and signing
 * keys (Config/DefaultCrypto.ini), PlayFab's title secret key, and Tauri's updater signing key.
 */

const base64Key =
  (bytes: number): Validator =>
  (secret) =>
    Buffer.from(secret, "base64").length >= bytes ? true : `fewer than ${bytes} bytes`;

const b64 = (label: string, bytes: number) =>
  Buffer.from(randomChars("hexLower", 2 * bytes, `game-${label}`), "hex").toString("base64");

export const detectors: Detector[] = [
  {
    id: "unreal-pak-encryption-key",
    name: "Unreal Engine pak encryption or signing key",
    vendor: "Unreal Engine",
    family: "Encryption Key",
    severity: "high",
    description:
      "Unreal Engine's Config/DefaultCrypto.ini holds the AES-256 key that encrypts a game's .pak files (EncryptionKey, and SecondaryEncryptionKeys for DLC) and the RSA private exponent that signs them (SigningPrivateExponent).",
    security: [
      "With the encryption key anyone decrypts the shipped game's assets and code, for mods, cheats or leaks of unreleased content.",
      "With the signing key anyone signs modified paks the game accepts.",
    ],
    mitigation: {
      revoke:
        "Generate new keys in Project Settings > Crypto, rebuild and ship the game's paks with them; keys already shipped in released builds stay readable to anyone with those builds.",
      revokeUrl:
        "https://dev.epicgames.com/documentation/en-us/unreal-engine/packaging-unreal-engine-projects",
      audit:
        "Check where the repository was shared (forks, CI caches) and whether modified or decrypted paks of the game have appeared.",
      bestPractices: [
        "keep DefaultCrypto.ini out of public repositories; inject the keys on the build machine",
      ],
    },
    keywords: ["encryptionkey", "signingprivateexponent"],
    window: { before: 32, after: 1000 },
    pattern:
      /(?:\bEncryptionKey=|EncryptionKeys=\([^\n)]{0,200}?\bKey="|\bSigningPrivateExponent=)(?<secret>[A-Za-z0-9+/]{43,700}={0,2})/,
    validate: base64Key(32),
    examples: [
      () =>
        `[/Script/CryptoKeys.CryptoKeysSettings]\nEncryptionKey=${b64("ue-1", 32)}\nbEncryptPakIniFiles=True`,
      () =>
        `+SecondaryEncryptionKeys=(Guid="DD84776D740E54D9B6F6BCB23F9D5895",Name="DLC",Key="${b64("ue-2", 32)}")`,
      () => `SigningPrivateExponent=${b64("ue-3", 128)}`,
    ],
    negatives: ["EncryptionKey=", "SigningModulus=AAAA"],
    references: [
      "https://dev.epicgames.com/documentation/en-us/unreal-engine/packaging-unreal-engine-projects",
    ],
  },
  {
    id: "playfab-secret-key",
    name: "PlayFab title secret key",
    vendor: "PlayFab",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Azure PlayFab, a game backend, authenticates server and admin API calls with a title's secret key, sent as the X-SecretKey header; the key is recognised in that header or under a PlayFab secret name (DeveloperSecretKey, PLAYFAB_SECRET_KEY).",
    security: [
      "The key calls the title's Server and Admin APIs: every player's data and inventory, virtual currency grants, bans, and title settings.",
    ],
    mitigation: {
      revoke:
        "In Game Manager open the title's Settings > Secret Keys, create a new key, move the servers to it, then disable and delete the leaked one.",
      revokeUrl: "https://learn.microsoft.com/en-us/gaming/playfab/gamemanager/title-settings#secret-keys",
      audit:
        "Review the title's Game Manager audit history and player data for grants and changes you did not make.",
      bestPractices: ["keep the secret key on game servers and build tools only, never in a client build"],
    },
    keywords: ["x-secretkey", "playfab", "developersecretkey"],
    pattern: new RegExp(
      `(?:X-SecretKey:[ \\t]{0,3}|DeveloperSecretKey${ASSIGN_LOOSE}|${vendorName(["playfab", "PlayFab", "PLAYFAB"], ["secret", "key"])}${ASSIGN_LOOSE})(?<secret>[A-Z0-9]{40,64})(?![A-Za-z0-9])`,
    ),
    examples: [
      () =>
        `curl -s https://ABCD.playfabapi.com/Admin/GetTitleData -H "X-SecretKey: ${randomChars("upperAlnum", 52, "game-pf-1")}"`,
      () => `PLAYFAB_SECRET_KEY=${randomChars("upperAlnum", 52, "game-pf-2")}`,
    ],
    negatives: ['-H "X-SecretKey: $PLAYFAB_SECRET_KEY"', "PLAYFAB_TITLE_ID=ABCD1"],
    references: ["https://learn.microsoft.com/en-us/gaming/playfab/api-references/"],
  },
  {
    id: "tauri-updater-private-key",
    name: "Tauri updater signing key",
    vendor: "Tauri",
    family: "Signing Key",
    severity: "high",
    description:
      "The minisign secret key a Tauri app's updates are signed with (TAURI_SIGNING_PRIVATE_KEY, formerly TAURI_PRIVATE_KEY): base64 of a minisign key file (`untrusted comment: ... secret key`).",
    security: [
      "With the key (and its password, usually beside it) anyone signs an update every installed copy of the app downloads and runs.",
    ],
    mitigation: {
      revoke:
        "Generate a new key pair (`tauri signer generate`), ship a release whose tauri.conf.json holds the new public key, signed with the old key, then sign later updates with the new one only.",
      revokeUrl: "https://v2.tauri.app/plugin/updater/#signing-updates",
      audit: "Review the update endpoint's releases and logs for updates you did not publish.",
      bestPractices: ["keep the key and its password in the CI secret store only"],
    },
    keywords: ["tauri_signing_private_key", "tauri_private_key"],
    window: { before: 16, after: 2100 },
    pattern:
      /TAURI_(?:SIGNING_)?PRIVATE_KEY["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?<secret>[A-Za-z0-9+/]{80,2000}={0,2})/,
    validate: (secret) =>
      /^untrusted comment:[^\n]{0,200}secret key/.test(Buffer.from(secret, "base64").toString("latin1"))
        ? true
        : "does not decode to a minisign secret key",
    examples: [
      () =>
        `TAURI_SIGNING_PRIVATE_KEY=${Buffer.from(`untrusted comment: rsign encrypted secret key\n${b64("tauri-1", 158)}\n`).toString("base64")}`,
    ],
    negatives: [
      "TAURI_SIGNING_PRIVATE_KEY=${{ secrets.TAURI_SIGNING_PRIVATE_KEY }}",
      "TAURI_SIGNING_PRIVATE_KEY_PASSWORD=x",
    ],
    references: ["https://v2.tauri.app/plugin/updater/#signing-updates"],
  },
  {
    id: "inno-setup-password",
    name: "Inno Setup installer password",
    vendor: "Inno Setup",
    family: "Password",
    severity: "medium",
    confidence: "medium",
    description:
      "An Inno Setup script's [Setup] section may set `Password=`, which the installer asks for before it installs (with `Encryption=yes`, the key the installer's files are encrypted with). A beta or partner installer's password written in the .iss file is in every clone of the repository.",
    security: [
      "Anyone with the password installs the protected build (a beta, a partner or paid edition) or, with Encryption=yes, decrypts its files.",
    ],
    mitigation: {
      revoke:
        "Set a new password, define it at build time (`ISCC /DInstallerPassword=...` and `Password={#InstallerPassword}`) and rebuild the installer; copies built with the old password keep opening with it.",
      revokeUrl: "https://jrsoftware.org/ishelp/topic_setup_password.htm",
      audit: "Check where installers built with the old password were distributed.",
      bestPractices: [
        "pass the password to the compiler from the build's secret store, never in the .iss file",
      ],
    },
    keywords: ["password="],
    // Inno Setup's directives start their line.
    keywordPrecededBy: /\n/,
    // Back to the [Setup] section's header, which the directives follow.
    window: { before: 4000, after: 200, multiline: true },
    pattern: /(?<![^\n])Password=(?<secret>[^\r\n]{4,128}?)[ \t]*\r?$/m,
    validate: (secret, context) => {
      // Password= lines are everywhere in INI-style files: an .iss script, or a [Setup] section.
      if (!/\.iss$/i.test(context.path ?? "") && !/^\[Setup\][ \t]*\r?$/im.test(context.window))
        return "no Inno Setup script ([Setup] section or .iss file)";
      if (secret.startsWith("{")) return "an Inno Setup constant or preprocessor value ({#...})";
      return chosenPassword(secret, context);
    },
    examples: [
      () => `[Setup]\nAppName=Lumen\nEncryption=yes\nPassword=${randomChars("alnum", 14, "game-inno-1")}.7\n`,
    ],
    negatives: [
      "[Setup]\nPassword={#InstallerPassword}\n",
      "  Password=indented is no directive\n",
      () => `[database]\nPassword=${randomChars("alnum", 14, "game-inno-ini")}\n`,
    ],
    references: ["https://jrsoftware.org/ishelp/topic_setup_password.htm"],
  },
];
