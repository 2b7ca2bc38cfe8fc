import { BASE64_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/**
 * A WireGuard key: 32 bytes in standard base64, 44 characters ending with `=`. The 43rd
 * character then encodes the last 2 bits of the key plus 4 zero bits, so it is one of 16.
 */
const key = (label: string) =>
  `${randomChars("base64", 42, label)}${randomChars("AEIMQUYcgkosw048", 1, `${label}-end`)}=`;
const KEY = "[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=";

const about =
  "WireGuard is a VPN protocol built into Linux and available on every major platform; each peer has a Curve25519 key pair, and its configuration file (wg0.conf, read by wg-quick) holds the private key in the [Interface] section.";
const revoke =
  "Generate a new key pair on the device (wg genkey | tee privatekey | wg pubkey > publickey), put the new private key in its [Interface] section, and replace the old public key in the [Peer] section of every peer and server that trusts it; remove the old public key everywhere (wg set wg0 peer <old-public-key> remove), since the leaked private key works for as long as a peer accepts it.";
const practices = [
  "keep wg0.conf readable by root only (chmod 600) and out of repositories and images; use PostUp = wg set %i private-key /path/to/key to load the key from a separate file",
  "give each device its own key pair and restrict AllowedIPs on the server to that device's addresses",
  "rotate keys when a device is lost or decommissioned",
];

export const detectors: Detector[] = [
  {
    id: "wireguard-private-key",
    name: "WireGuard private key",
    vendor: "WireGuard",
    family: "Private Key",
    severity: "high",
    description: `${about} The PrivateKey line (44 base64 characters) is the peer's identity: whoever holds it is that peer.`,
    security: [
      "An attacker can connect to the VPN as the peer and reach every network its AllowedIPs route to, often an internal network.",
      "Traffic meant for the peer can be received by whoever presents the key, if the attacker can also reach the endpoint.",
    ],
    mitigation: {
      revoke,
      revokeUrl: "https://www.wireguard.com/quickstart/",
      audit:
        "On the servers, run `wg show` to see the latest handshake time and endpoint address of the peer and compare them with where the device really was; review firewall and flow logs for traffic from the peer's VPN address during the exposure.",
      bestPractices: practices,
    },
    keywords: ["PrivateKey"],
    window: { before: 8, after: 80 },
    pattern: new RegExp(`^[ \\t]*PrivateKey[ \\t]*=[ \\t]*(?<secret>${KEY})${BASE64_END}`, "m"),
    examples: [
      () => `[Interface]\nAddress = 10.200.200.3/32\nPrivateKey = ${key("wg-1")}\nDNS = 10.200.200.1`,
      () => `[Interface]\nPrivateKey=${key("wg-2")}\nListenPort = 51820`,
    ],
    negatives: [
      "PrivateKey = <client-private-key>",
      // The public key of a peer is not a secret.
      () => `[Peer]\nPublicKey = ${key("wg-pub")}\nAllowedIPs = 0.0.0.0/0`,
      // The 43rd character cannot end a 32-byte key.
      () => `PrivateKey = ${randomChars("base64", 42, "wg-bad")}x=`,
      // Code that names a variable privateKey is not a WireGuard configuration.
      () => `const privateKey = "${key("wg-code")}";`,
    ],
    references: ["https://www.wireguard.com/quickstart/", "https://man7.org/linux/man-pages/man8/wg.8.html"],
  },
  {
    id: "wireguard-preshared-key",
    name: "WireGuard preshared key",
    vendor: "WireGuard",
    family: "Symmetric Key",
    severity: "medium",
    description: `${about} An optional PresharedKey in a [Peer] section adds a symmetric secret, shared by the two peers, on top of the key exchange.`,
    security: [
      "On its own the preshared key does not let anyone connect, but together with a leaked private key it removes the last protection of the tunnel.",
      "The key is meant to protect recorded traffic against future attacks on Curve25519; once leaked it no longer does.",
    ],
    mitigation: {
      revoke:
        "Generate a new key with `wg genpsk` and set it as PresharedKey in the [Peer] section on both sides of the tunnel (wg set wg0 peer <public-key> preshared-key <file>); then check whether the peers' private keys were exposed with it.",
      revokeUrl: "https://www.wireguard.com/protocol/",
      audit:
        "Check whether the configuration that leaked also held a PrivateKey, and if so follow its audit steps.",
      bestPractices: practices,
    },
    keywords: ["PresharedKey"],
    window: { before: 8, after: 80 },
    pattern: new RegExp(`^[ \\t]*PresharedKey[ \\t]*=[ \\t]*(?<secret>${KEY})${BASE64_END}`, "m"),
    examples: [
      () =>
        `[Peer]\nPublicKey = ${key("wgp-pub")}\nPresharedKey = ${key("wgp-1")}\nAllowedIPs = 10.200.200.0/24`,
      () => `PresharedKey=${key("wgp-2")}`,
    ],
    negatives: [
      "PresharedKey = <preshared-key>",
      () => `PresharedKey = ${randomChars("base64", 42, "wgp-bad")}1=`,
    ],
    references: ["https://www.wireguard.com/protocol/", "https://man7.org/linux/man-pages/man8/wg.8.html"],
  },
];
