import { chosenPassword } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/*
 * A hardware security module (or a cloud HSM, a smart card, SoftHSM) unlocks its keys for
 * whoever presents the PIN of a PKCS#11 token slot: the user (crypto officer) PIN signs and
 * decrypts, the security officer (SO) PIN administers the token. Applications keep the user
 * PIN in their configuration, under names that say so.
 */

const NAME = String.raw`(?:pkcs11|PKCS11|hsm|HSM|luna|Luna|LUNA|softhsm|SOFTHSM|token|TOKEN|slot|SLOT|partition|PARTITION)[\w.-]{0,24}?(?:[_.-](?:user|USER|so|SO|crypto[_.-]?officer|CRYPTO[_.-]?OFFICER|co|CO))?[_.-]?(?:pin|Pin|PIN)`;

export const detectors: Detector[] = [
  {
    id: "hsm-pin",
    name: "HSM or PKCS#11 token PIN",
    vendor: "PKCS#11",
    family: "PIN",
    severity: "critical",
    confidence: "medium",
    description:
      "The PIN that logs in to a PKCS#11 token (a Luna, nShield or CloudHSM partition, a YubiHSM, SoftHSM, a smart card): the user or crypto-officer PIN lets its holder use every key on the token, the security officer (SO) PIN administers it. Found under names such as pkcs11.user.pin, hsm_so_pin, HSM_PIN, luna.partition.pin, token_pin.",
    security: [
      "Whoever reaches the HSM with the user PIN signs, decrypts and unwraps with its keys: code-signing and TLS keys, card-payment keys (PIN and MAC keys), database master keys.",
      "With the SO PIN the token can be re-initialised or its users' PINs reset, which destroys or takes over the keys.",
    ],
    mitigation: {
      revoke:
        "Change the PIN on the token (`pkcs11-tool --change-pin`, `lunacm role changepw`, the HSM's own tool), update the applications that log in, and review which hosts could reach the HSM while the PIN was exposed.",
      revokeUrl: "https://docs.oasis-open.org/pkcs11/pkcs11-base/v2.40/os/pkcs11-base-v2.40-os.html",
      audit:
        "Review the HSM's audit log for logins and key operations from unexpected clients during the exposure window.",
      bestPractices: [
        "read the PIN at start-up from a secret store or the HSM vendor's secure PIN file, never from committed configuration",
        "keep the SO PIN offline, split between custodians",
      ],
    },
    keywords: [
      "pkcs11",
      "hsm",
      "luna",
      "softhsm",
      "token_pin",
      "token.pin",
      "tokenpin",
      "slot_pin",
      "slot.pin",
      "partition",
    ],
    keywordGate: /[\w.-]{0,40}?(?:pin|PIN|Pin)["']?[ \t]{0,12}(?:=>|:=|[:=])/,
    pattern: new RegExp(
      `(?<![A-Za-z0-9])${NAME}["']?[ \\t]{0,12}(?:=>|:=|[:=])[ \\t]{0,4}(?<q>["']?)(?<secret>[^\\s"'\`\${}<>]{4,64})\\k<q>(?=[\\s,;)}\\]#]|$)`,
    ),
    skipPlaceholderCheck: true,
    validate: chosenPassword,
    examples: [
      () => `pkcs11.slot=0\npkcs11.user.pin=Tundra_${randomChars("lower", 7, "hsm-1")}15`,
      () => `hsm_so_pin: "${randomChars("alnum", 14, "hsm-2")}"`,
      () => `LUNA_PARTITION_PIN=${randomChars("alnum", 16, "hsm-3")}`,
      () => `softhsm.token.pin = ${randomChars("digits", 8, "hsm-4")}`,
    ],
    negatives: [
      "pkcs11.user.pin=${HSM_USER_PIN}",
      'hsm_user_pin: "{{ vault_hsm_user_pin }}"',
      "HSM_PIN=<your-pin>",
      // A GPIO pin of a board, not a PIN code.
      "led_pin = 13",
      "HSM_SLOT=0",
    ],
    references: ["https://docs.oasis-open.org/pkcs11/pkcs11-base/v2.40/os/pkcs11-base-v2.40-os.html"],
  },
];
