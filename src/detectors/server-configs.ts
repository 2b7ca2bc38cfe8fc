import { chosenPassword } from "../catalog/language.js";
import { mentionedNear } from "../catalog/nearby.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Mitigation, Validator } from "../catalog/types.js";

/*
 * Passwords and shared keys in the configuration files of network daemons and servers: Redis,
 * Wi-Fi supplicants, OpenVPN, IPsec, SNMP, HAProxy, keepalived, Postfix, LDAP clients and
 * servers, pgbouncer, RabbitMQ's Erlang cookie, Windows answer files. None has a vendor prefix:
 * each is found by the directive or file format that holds it, which names it exactly. Copies
 * of /etc end up in repositories through configuration management, backups and container images.
 */

/** chosenPassword after a check of the directive's own. */
const chosenPasswordUnless =
  (test: (secret: string) => string | undefined): Validator =>
  (secret, context) =>
    test(secret) ?? chosenPassword(secret, context);

/**
 * A password of letters, digits and the punctuation generators put in that every one of these
 * formats takes unquoted (`#` starts a comment in some).
 */
const password = (label: string, length = 20) =>
  `${randomChars("alnum", length - 6, `server-${label}`)}-${randomChars("alnum", 3, `server-${label}-b`)}.${randomChars("alnum", 1, `server-${label}-c`)}`;

const rotate = (where: string, then: string): Mitigation => ({
  revoke: `Set a new value where it is used (${where}), restart or reload the service, and update every client that holds the old one. ${then} Then remove the file from the repository and purge it from history.`,
  audit:
    "Review the service's logs for connections and authentications from unknown addresses since the file was committed; treat data the service holds as read.",
  bestPractices: [
    "keep secrets out of configuration files under version control: include a separate file that configuration management writes from a secret store",
    "restrict who can read the daemon's configuration (0600, owned by the service user)",
  ],
});

export const detectors: Detector[] = [
  {
    id: "rsync-secrets-password",
    name: "rsync daemon password written into a secrets file",
    vendor: "rsync",
    family: "Password",
    severity: "medium",
    description:
      "An rsync daemon's module password, written by a setup script or how-to into its secrets file (`echo 'rsync_backup:password' > /etc/rsyncd.secrets`), or into the client's password file used with `--password-file`.",
    security: [
      "With the user and password, anyone who reaches the daemon (TCP 873) reads, and for writable modules overwrites, the module's files: backups, most often of whole servers.",
    ],
    mitigation: rotate(
      "the daemon's secrets file and every client's --password-file",
      "Prefer rsync over SSH with keys, which needs no daemon password.",
    ),
    keywords: ["rsync"],
    pattern:
      /echo[ \t]{1,3}(?:-[en][ \t]{1,3})?(?<q>["']?)(?:(?<user>[A-Za-z_][\w.-]{0,31}):)?(?<secret>[^\s"'\x60\\:|>$]{4,128})\k<q>[ \t]{0,3}>{1,2}[ \t]{0,3}\S{0,100}rsync[\w.-]{0,30}(?:pass|secret)/,
    validate: chosenPassword,
    examples: [
      () => `echo 'rsync_backup:${password("rsync-1", 14)}' > /etc/rsyncd.secrets`,
      () => `echo "${password("rsync-2", 12)}" > /etc/rsync.password && chmod 600 /etc/rsync.password`,
    ],
    negatives: [
      'echo "rsync_backup:$RSYNC_PASS" > /etc/rsyncd.secrets',
      "echo 'rsync_backup:password' > /etc/rsync.passwd",
      "echo 'uid = rsync' > /etc/rsyncd.conf",
    ],
    references: ["https://download.samba.org/pub/rsync/rsyncd.conf.5"],
  },
  {
    id: "rabbitmqctl-user-password",
    name: "RabbitMQ user password set with rabbitmqctl",
    vendor: "RabbitMQ",
    family: "Password",
    severity: "high",
    description:
      "A RabbitMQ user's password given to `rabbitmqctl add_user <user> <password>` or `rabbitmqctl change_password <user> <password>` in a setup script, Dockerfile or how-to.",
    security: [
      "With the user and password, anyone who reaches the broker publishes and consumes on the user's virtual hosts, and with the administrator tag manages the broker over its HTTP API.",
    ],
    mitigation: rotate(
      "`rabbitmqctl change_password <user> <new>`",
      "In scripts, read the password from a secret store, or let rabbitmqctl prompt for it (newer versions also read it from standard input or take a pre-hashed password).",
    ),
    keywords: ["rabbitmqctl"],
    pattern:
      /rabbitmqctl(?:\.bat)?[ \t]{1,3}(?:-[nq][ \t]{1,3}(?:[^\s-]\S{0,60}[ \t]{1,3})?)?(?:add_user|change_password)[ \t]{1,3}(?<uq>["']?)(?<user>[^\s"'<>{}$]{1,64})\k<uq>[ \t]{1,3}(?<q>["']?)(?<secret>[^\s"'\x60$]{4,128})\k<q>(?=[ \t]*(?:$|[;&|)#\\]))/m,
    validate: chosenPassword,
    examples: [
      () => `sudo rabbitmqctl add_user openstack ${password("rabbitmq-1", 16)}`,
      () =>
        `RUN rabbitmqctl change_password guest '${password("rabbitmq-2", 18)}' && rabbitmqctl set_user_tags guest administrator`,
    ],
    negatives: [
      "rabbitmqctl add_user $RABBIT_USER $RABBIT_PASS",
      "rabbitmqctl add_user myuser mypassword",
      "rabbitmqctl add_user <username> <password>",
    ],
    references: ["https://www.rabbitmq.com/docs/man/rabbitmqctl.8"],
  },
  {
    id: "slappasswd-secret",
    name: "LDAP password given to slappasswd",
    vendor: "OpenLDAP",
    family: "Password",
    severity: "high",
    description:
      "A clear-text password given to `slappasswd -s <secret>`, which OpenLDAP setup scripts run to hash the directory's rootpw or a user's userPassword: the hash goes into the configuration, the password stays in the script.",
    security: [
      "It is most often the directory administrator's (rootdn) password: with it every entry of the directory can be read and changed, passwords included.",
    ],
    mitigation: rotate(
      "the directory (`ldappasswd` or ldapmodify of olcRootPW / userPassword with a new hash)",
      "Let slappasswd prompt for the password, or read it from a file (`slappasswd -T <file>`) kept out of the repository.",
    ),
    keywords: ["slappasswd"],
    pattern:
      /slappasswd(?:[ \t]{1,3}-[hcn](?:[ \t]{1,3}(?:\{[A-Z0-9-]{1,12}\}|["'][^"'\n]{1,30}["']))?)*[ \t]{1,3}-s[ \t]{1,3}(?<q>["']?)(?<secret>[^\s"'\x60$)\\<>]{4,128})\k<q>/,
    validate: chosenPassword,
    examples: [
      () => `ROOTPW=$(slappasswd -s ${password("slappasswd-1", 14)})`,
      () => `passwd=\`slappasswd -h {SSHA} -s '${password("slappasswd-2", 16)}'\``,
    ],
    negatives: ['slappasswd -s "$LDAP_ADMIN_PASSWORD"', "slappasswd -s secret", "slappasswd -h {SSHA}"],
    references: ["https://www.openldap.org/software/man.cgi?query=slappasswd"],
  },
  {
    id: "redis-config-password",
    name: "Redis password in redis.conf",
    vendor: "Redis",
    family: "Password",
    severity: "high",
    description:
      "Redis and Valkey take the password clients must send with AUTH from `requirepass` in redis.conf (or `CONFIG SET requirepass`, as redis-cli's history keeps it, or `redis-server --requirepass` in a container's command), the password a replica uses towards its primary from `masterauth`, and ACL users' passwords from `user <name> on >password ...` lines (redis.conf or users.acl).",
    security: [
      "With the password anyone who reaches the port reads and writes every key: sessions, cached data, queues.",
      "Redis's CONFIG and MODULE commands have been used to write files and run code on the server (the 2022-2024 cryptomining campaigns).",
    ],
    mitigation: rotate(
      "`CONFIG SET requirepass`, `ACL SETUSER <name> resetpass >new`, masterauth on every replica",
      "Then `CONFIG REWRITE` so the new value is saved, and disconnect existing clients (`CLIENT KILL TYPE normal`).",
    ),
    keywords: ["requirepass", "masterauth", " on >"],
    // A command line's argument may stand in a JSON or YAML list: "--requirepass", "...".
    pattern:
      /(?:^[ \t]{0,8}(?:(?:CONFIG[ \t]{1,4}SET[ \t]{1,4})?(?:requirepass|masterauth)[ \t]{1,20}|user[ \t]{1,8}[^\s#]{1,64}[ \t]{1,8}(?:[^\s>#]{1,64}[ \t]{1,8}){0,6}>)|(?<![\w-])--(?:requirepass|masterauth)(?:[ \t]{1,4}|=|(?<lq>["'])[ \t]{0,4},[ \t]{0,4}(?=\k<lq>)))(?<q>["']?)(?<secret>[^\s"]{8,200})\k<q>(?=[ \t]{0,20}(?:$|[\s~&+,\]-]))/m,
    validate: chosenPasswordUnless((secret) =>
      secret === "foobared" ? "redis.conf's sample password" : undefined,
    ),
    examples: [
      () => `bind 10.0.0.5\nport 6379\nrequirepass ${password("redis-1", 32)}\n`,
      () => `replicaof 10.0.0.4 6379\nmasterauth "${password("redis-2", 24)}"\n`,
      () => `user app on >${password("redis-3", 28)} ~app:* &* +@all -@dangerous\n`,
      // redis-cli's history keeps a password set at run time.
      () => `CONFIG SET requirepass "${password("redis-4", 24)}"\n`,
      () =>
        `  cache:\n    image: redis:7-alpine\n    command: ["redis-server", "--requirepass", "${password("redis-5", 28)}", "--appendonly", "yes"]\n`,
      () => `    command: redis-server --requirepass ${password("redis-6", 24)} --maxmemory 256mb\n`,
    ],
    negatives: [
      "# requirepass foobared\n",
      "requirepass ${REDIS_PASSWORD}\n",
      "user default on nopass ~* &* +@all\n",
      '    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]\n',
      "    command: redis-server --requirepass $$REDIS_PASSWORD\n",
    ],
    references: ["https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/"],
  },
  {
    id: "wifi-psk",
    name: "Wi-Fi WPA pre-shared key",
    vendor: "Wi-Fi (WPA)",
    family: "Password",
    severity: "medium",
    description:
      'The passphrase (8 to 63 characters) or raw 64-hex-digit key of a WPA-Personal network, as wpa_supplicant.conf (`psk="..."`, and the `#psk="..."` comment `wpa_passphrase` leaves beside the derived key), NetworkManager keyfiles (`psk=` under [wifi-security]) and hostapd.conf (`wpa_passphrase=`) hold it, MikroTik RouterOS exports (`wpa2-pre-shared-key=`), or as the `wpa_passphrase <ssid> <passphrase>` command that setup scripts run to derive the key.',
    security: [
      "Anyone in radio range with the key joins the network, and with WPA2-Personal can decrypt other clients' captured traffic.",
      "A device image or configuration backup in a repository gives the key of the site where the device runs.",
    ],
    mitigation: rotate(
      "the access point or controller, then each client's wpa_supplicant.conf or NetworkManager profile",
      "Prefer WPA3-SAE or WPA2-Enterprise (per-user credentials) for networks that carry anything sensitive.",
    ),
    // And the ESP8266 Arduino core's examples' `#define STAPSK "..."`, which sketches copy.
    keywords: ["psk=", "wpa_passphrase", "pre-shared-key=", "stapsk"],
    // Also the command that derives the key, `wpa_passphrase <ssid> <passphrase>`, as setup
    // scripts and READMEs run it (`$(wpa_passphrase ...)`, `... > /etc/wpa_supplicant.conf`).
    pattern:
      /(?:^[ \t]{0,8}#?[ \t]{0,4}(?:psk|wpa_passphrase)=|^[ \t]{0,8}#[ \t]{0,4}define[ \t]{1,8}STAPSK[ \t]{1,8}(?=")|(?<=[ \t])wpa2?-pre-shared-key=|(?<![\w-])wpa_passphrase[ \t]{1,3}(?:"[^"\n]{1,32}"|'[^'\n]{1,32}'|[^\s"'=$\\<>]{1,32})[ \t]{1,3})(?<q>["']?)(?=(?<secret>(?<=["'])[^"'\n]{8,63}|(?<!["'])(?:[0-9a-fA-F]{64}|[^\s"'#)|;&<>\\]{8,63})))\k<secret>\k<q>(?:[ \t]{0,20}$|[ \t]{0,3}[)|;&>])/m,
    validate: chosenPassword,
    examples: [
      () =>
        `#ifndef STASSID\n#define STASSID "greenhouse-2G"\n#define STAPSK "${["Cedar", "Lantern"].join("-")}${randomChars("digits", 3, "wifi-stapsk")}"\n#endif`,
      () => `network={\n\tssid="warehouse-ops"\n\tkey_mgmt=WPA-PSK\n\tpsk="${password("wifi-1", 18)}"\n}\n`,
      () =>
        `network={\n\tssid="lab"\n\t#psk="${password("wifi-2", 16)}"\n\tpsk=${randomChars("hexLower", 64, "server-wifi-2b")}\n}\n`,
      () => `[wifi-security]\nkey-mgmt=wpa-psk\npsk=${password("wifi-3", 20)}\n`,
      () => `interface=wlan0\nssid=guest\nwpa=2\nwpa_passphrase=${password("wifi-4", 14)}\n`,
      () =>
        `wpa_passphrase "Livebox-9e74" ${randomChars("hexUpper", 26, "server-wifi-5")} | sudo tee /etc/wpa_supplicant.conf\n`,
      () => `echo "$(wpa_passphrase lab-net '${password("wifi-6", 16)}')" >> wpa.conf\n`,
      // A RouterOS export's wireless security profile.
      () =>
        `/interface wireless security-profiles\nadd authentication-types=wpa2-psk mode=dynamic-keys name=staff wpa2-pre-shared-key=${password("wifi-7", 17)}\n`,
    ],
    negatives: [
      'psk="your-wifi-password"\n',
      "psk=${WIFI_PSK}\n",
      // The 802.1X identity's password lives in another directive; psk_list is a file name.
      "wpa_psk_file=/etc/hostapd.wpa_psk\n",
      'wpa_passphrase "$SSID" "$PSK" > /etc/wpa_supplicant/wpa_supplicant.conf\n',
      "wpa_passphrase MyNetwork YourPassphrase\n",
    ],
    references: ["https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf"],
  },
  {
    id: "openvpn-static-key",
    name: "OpenVPN static key (tls-auth, tls-crypt, secret)",
    vendor: "OpenVPN",
    family: "Encryption Key",
    severity: "high",
    description:
      "An OpenVPN static key: `-----BEGIN OpenVPN Static key V1-----` and 2048 bits in hex, used by `tls-auth`, `tls-crypt` and static-key (`secret`) tunnels, as ta.key or inline in a .ovpn profile; or a `tls-crypt-v2` server or client key.",
    security: [
      "For a static-key (`secret`) tunnel the key is the whole credential: with it anyone decrypts captured traffic and connects as a peer.",
      "For tls-auth and tls-crypt it is the shared HMAC / encryption key in front of the TLS handshake: with it an attacker reaches the server's TLS layer and hides the tunnel's metadata no more.",
    ],
    mitigation: rotate(
      "`openvpn --genkey secret ta.key` (or `--genkey tls-crypt-v2-server`), pushed to the server and every client profile",
      "Static-key tunnels should move to TLS mode with certificates.",
    ),
    keywords: ["begin openvpn static key", "begin openvpn tls-crypt-v2"],
    window: { before: 16, after: 4200, multiline: true },
    pattern:
      /-----BEGIN OpenVPN (?:Static key V1|tls-crypt-v2 (?:server|client) key)-----\r?\n(?<secret>[A-Za-z0-9+/=\r\n]{64,4000}?)-----END OpenVPN/,
    examples: [
      () =>
        `#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, (_, i) => randomChars("hexLower", 32, `server-ovpn-1-${i}`)).join("\n")}\n-----END OpenVPN Static key V1-----\n`,
      () =>
        `client\nremote vpn.example.net 1194\n<tls-crypt>\n-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, (_, i) => randomChars("hexLower", 32, `server-ovpn-2-${i}`)).join("\n")}\n-----END OpenVPN Static key V1-----\n</tls-crypt>\n`,
    ],
    negatives: [
      "tls-auth ta.key 0\n",
      "-----BEGIN OpenVPN Static key V1-----\n...\n-----END OpenVPN Static key V1-----\n",
    ],
    references: ["https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/"],
  },
  {
    id: "ipsec-secret",
    name: "IPsec pre-shared key or EAP/XAuth password (ipsec.secrets)",
    vendor: "IPsec (strongSwan, Libreswan)",
    family: "Password",
    severity: "high",
    description:
      'A secret of ipsec.secrets: `<ids> : PSK "..."` (a pre-shared key, also as 0x hex or 0s base64), or `<user> : EAP "..."` / `XAUTH "..."` (a remote user\'s password).',
    security: [
      "With the PSK anyone can bring up a tunnel as the peer, into the network behind the gateway; with IKEv1 aggressive mode it also lets captured handshakes be checked offline.",
      "An EAP or XAuth password signs in as that VPN user.",
    ],
    mitigation: rotate(
      "both gateways' ipsec.secrets (or swanctl.conf `secrets`), `ipsec rereadsecrets`",
      "Prefer certificates or per-user EAP credentials to one shared key.",
    ),
    keywords: [": psk", ": eap", ": xauth"],
    pattern:
      /^[^\n#:]{0,200}:[ \t]{0,4}(?:PSK|EAP|XAUTH)[ \t]{1,8}(?<q>"?)(?=(?<secret>(?<=")[^"\n]{8,200}|(?<!")[^\s"#]{8,200}))\k<secret>\k<q>/m,
    validate: chosenPassword,
    examples: [
      () => `203.0.113.10 198.51.100.24 : PSK "${password("ipsec-1", 32)}"\n`,
      () => `%any : PSK 0s${randomChars("base64", 44, "server-ipsec-2")}\n`,
      () => `carol : EAP "${password("ipsec-3", 16)}"\n`,
    ],
    negatives: [': PSK "secret"\n', ": RSA /etc/ipsec.d/private/gw.key\n", ': PSK "${VPN_PSK}"\n'],
    references: ["https://docs.strongswan.org/docs/latest/config/ipsecSecrets.html"],
  },
  {
    id: "snmp-community-string",
    name: "SNMP community string",
    vendor: "SNMP",
    family: "Password",
    severity: "medium",
    description:
      "An SNMPv1/v2c community, the only credential those versions have: net-snmp's snmpd.conf (`rocommunity`, `rwcommunity`, `com2sec`) and Cisco IOS (`snmp-server community <string> RO|RW`, and a trap receiver's `snmp-server host <ip> traps version 2c <string>`), Junos (`set snmp community`), FortiOS and RouterOS exports, and the monitoring side: LibreNMS's config.php, Datadog's `community_string`, the Prometheus SNMP exporter's `community:`. The well-known defaults public and private are left out.",
    security: [
      "A read community lets anyone who reaches UDP 161 walk the device's MIB: interfaces, routes, ARP tables, running processes, sometimes configuration.",
      "A write community changes configuration: on network devices that can mean downloading or replacing the running config.",
    ],
    mitigation: rotate(
      "snmpd.conf or the device's `snmp-server community` lines, and the monitoring system's device settings",
      "Move to SNMPv3 with authPriv, and restrict the agent to the monitoring hosts.",
    ),
    keywords: [
      "rocommunity",
      "rwcommunity",
      "com2sec",
      "snmp-server community",
      "snmp-server host",
      "snmp community",
      "community_string",
      "['community']",
      "community:",
    ],
    window: { before: 120, after: 160, multiline: true },
    pattern:
      /(?:^[ \t]{0,8}(?:(?:ro|rw)community6?[ \t]{1,20}|com2sec6?[ \t]{1,20}(?:-Cn[ \t]{1,10}\S{1,64}[ \t]{1,20})?\S{1,64}[ \t]{1,20}\S{1,100}[ \t]{1,20}|snmp-server[ \t]{1,4}community[ \t]{1,4}|snmp-server[ \t]{1,4}host[ \t]{1,4}\S{1,64}(?:[ \t]{1,4}(?:traps|informs))?(?:[ \t]{1,4}version[ \t]{1,4}(?:1|2c))?[ \t]{1,4}(?!(?:version|traps|informs|vrf)(?:[ \t]|$))|set[ \t]{1,4}snmp[ \t]{1,4}community[ \t]{1,4}|config[ \t]{1,4}system[ \t]{1,4}snmp[ \t]{1,4}community\s{1,40}edit[ \t]{1,4}\d{1,4}\s{1,40}set[ \t]{1,4}name[ \t]{1,4}"|\/snmp[ \t]{1,4}community\s{1,40}(?:set[^\n]{0,120}\n[ \t]{0,8})?add[ \t][^\n]{0,120}?name=|[ \t]{0,16}community_string:[ \t]{0,3}["']?|(?<exporter>[ \t]{0,16}community:[ \t]{0,3}["']?))|\[["']snmp["']\]\[["']community["']\][ \t]{0,3}=[ \t]{0,3}(?:\[|array\()[ \t]{0,3}["'])(?![[{<])(?<secret>[^\s"'#,\]]{6,64})["']?(?=[ \t,\])]|\r?$)/m,
    validate: (secret, context) => {
      if (/^(?:public|private|community)$/i.test(secret)) return "a default community";
      // A YAML `community:` is the SNMP exporter's only in its own files.
      if (
        context.groups.exporter !== undefined &&
        !/(?:^|\/)(?:snmp|generator)[^/]*\.ya?ml$/.test(context.path ?? "")
      )
        return "a community: key outside an SNMP exporter's file";
      return chosenPassword(secret, context);
    },
    examples: [
      () => `rocommunity  ${password("snmp-1", 14)} 10.20.0.5/32\n`,
      () => `com2sec notConfigUser  default       ${password("snmp-2", 16)}\n`,
      () => `snmp-server community ${password("snmp-3", 12)} RO 10\n`,
      // A trap receiver's line names the community the traps carry.
      () => `snmp-server host 10.40.0.52 traps version 2c ${password("snmp-4", 10)}\n`,
      () => `set snmp community ${password("snmp-5", 13)} authorization read-only\n`,
      () => `config system snmp community\n    edit 1\n        set name "${password("snmp-6", 16)}"\n`,
      () =>
        `/snmp community\nset [ find default=yes ] disabled=yes\nadd addresses=10.40.0.0/24 name=${password("snmp-7", 14)}\n`,
      () => `instances:\n  - ip_address: 10.43.255.1\n    community_string: ${password("snmp-8", 15)}\n`,
      () => `$config['snmp']['community'] = ['${password("snmp-9", 15)}'];\n`,
    ],
    negatives: [
      "rocommunity public  default    -V systemonly\n",
      "rwcommunity private\n",
      // SNMPv3: a user name follows, not a community.
      "snmp-server host 10.40.0.52 traps version 3 priv monitoring\n",
      "community: public\n",
      "snmp-server community [COMMUNITY] ro\n",
      // Not an SNMP exporter's file.
      () => `links:\n  community: ${password("snmp-n1", 14)}\n`,
    ],
    references: ["https://www.net-snmp.org/docs/man/snmpd.conf.html"],
  },
  {
    id: "snmpv3-user-passphrase",
    name: "SNMPv3 user authentication passphrase",
    vendor: "SNMP",
    family: "Password",
    severity: "high",
    description:
      'An SNMPv3 user\'s authentication passphrase (and its privacy passphrase, reported as a companion): net-snmp\'s `createUser <name> SHA "..." AES "..."` and Cisco\'s `snmp-server user <name> <group> v3 auth sha ... priv aes 128 ...`.',
    security: [
      "With both passphrases anyone who reaches the agent queries or (with a write view) changes the device as that user, and decrypts captured SNMP traffic.",
    ],
    mitigation: rotate(
      "`net-snmp-config --create-snmpv3-user` or the device's `snmp-server user` line, and the monitoring system's credentials",
      "",
    ),
    // Also the monitoring side: LibreNMS's config.php and a Datadog SNMP check's authKey/privKey
    // (beside its authProtocol).
    keywords: ["createuser", "snmp-server user", "['authpass']", "['cryptopass']", "authkey:", "privkey:"],
    window: { before: 240, after: 240, multiline: true },
    pattern:
      /(?:createUser[ \t]{1,10}(?:-e[ \t]{1,10}\S{1,64}[ \t]{1,10})?\S{1,64}[ \t]{1,10}(?:MD5|SHA(?:-\d{3})?)[ \t]{1,10}|snmp-server[ \t]{1,4}user[ \t]{1,4}\S{1,64}[ \t]{1,4}\S{1,64}[ \t]{1,4}v3[ \t]{1,4}auth[ \t]{1,4}(?:md5|sha)[ \t]{1,4}|\[["']v3["']\]\[\d{1,3}\]\[["'](?:authpass|cryptopass)["']\][ \t]{0,3}=[ \t]{0,3}["']|(?<yaml>(?<![\w-])(?:authKey|privKey):[ \t]{0,3}["']?))(?<q>"?)(?<secret>[^\s"']{8,64})\k<q>/i,
    companions: [
      {
        name: "privacy passphrase",
        pattern: /(?:AES|DES)(?:[ \t-]?(?:128|192|256))?[ \t]{1,10}"?(?<value>[^\s"]{8,64})"?/i,
        within: 160,
      },
    ],
    validate: (secret, context) =>
      context.groups.yaml !== undefined && !mentionedNear(context, /(?:auth|priv)Protocol|snmp/i, 240, 240)
        ? "authKey/privKey outside an SNMP check"
        : chosenPassword(secret, context),
    examples: [
      () => `createUser zbxmon SHA-256 "${password("snmpv3-1", 20)}" AES "${password("snmpv3-1p", 20)}"\n`,
      () =>
        `$config['snmp']['v3'][0]['authlevel'] = 'authPriv';\n$config['snmp']['v3'][0]['authpass'] = '${password("snmpv3-3", 18)}';\n`,
      () =>
        `instances:\n  - ip_address: 10.43.255.1\n    snmp_version: 3\n    user: dd-snmp\n    authProtocol: SHA\n    authKey: ${password("snmpv3-4", 16)}\n`,
      () =>
        `snmp-server user nms NMS-RO v3 auth sha ${password("snmpv3-2", 16)} priv aes 128 ${password("snmpv3-2p", 16)}\n`,
    ],
    negatives: [
      'createUser myuser SHA "my_authpass" AES "my_privpass"\n',
      "createUser -e 0x8000 nms SHA\n",
      // Not an SNMP check's key.
      () => `jwt:\n  authKey: ${password("snmpv3-n1", 18)}\n`,
    ],
    references: ["https://www.net-snmp.org/docs/man/snmpd.conf.html"],
  },
  {
    id: "haproxy-password",
    name: "HAProxy stats or userlist password",
    vendor: "HAProxy",
    family: "Password",
    severity: "medium",
    description:
      "A plain-text password in haproxy.cfg: the statistics page's `stats auth <user>:<password>` and a userlist's `user <name> insecure-password <password>`.",
    security: [
      "The stats page shows every backend and server, and with `stats admin` lets its user drain or disable servers.",
      "A userlist password signs in wherever HAProxy's http-request auth protects a path.",
    ],
    mitigation: rotate(
      "haproxy.cfg, then `systemctl reload haproxy`",
      "Store userlist passwords as crypt hashes (`password $6$...`) rather than `insecure-password`.",
    ),
    keywords: ["stats auth", "insecure-password"],
    pattern:
      /^[ \t]{0,8}(?:stats[ \t]{1,10}auth[ \t]{1,10}[^\s:]{1,64}:|user[ \t]{1,10}\S{1,64}[ \t]{1,10}insecure-password[ \t]{1,10})(?<secret>[^\s#]{6,128})/m,
    validate: chosenPassword,
    examples: [
      () =>
        `listen stats\n    bind :8404\n    stats enable\n    stats auth haproxy:${password("haproxy-1", 18)}\n`,
      () => `userlist ops\n    user readonly insecure-password ${password("haproxy-2", 16)}\n`,
    ],
    negatives: ["    stats auth admin:admin\n", "    stats auth ${STATS_USER}:${STATS_PASSWORD}\n"],
    references: ["https://docs.haproxy.org/2.8/configuration.html#4-stats%20auth"],
  },
  {
    id: "keepalived-vrrp-password",
    name: "keepalived VRRP authentication password",
    vendor: "keepalived",
    family: "Password",
    severity: "low",
    description:
      "The `auth_pass` of a keepalived vrrp_instance (`authentication { auth_type PASS auth_pass ... }`), at most 8 characters, shared by the routers that hold a virtual IP address.",
    security: [
      "With it a host on the segment can send VRRP adverts the routers accept and take over the virtual IP address, diverting the traffic sent to it.",
    ],
    mitigation: rotate(
      "every router's keepalived.conf vrrp_instance, reloaded together",
      "VRRP PASS authentication is sent in clear: isolate the VRRP segment rather than rely on it.",
    ),
    keywords: ["auth_pass"],
    pattern: /^[ \t]{0,16}auth_pass[ \t]{1,10}(?<secret>[^\s#]{6,8})[ \t]*$/m,
    validate: chosenPasswordUnless((secret) =>
      /^(\d)\1*$/.test(secret) ? "a repeated digit (keepalived's sample)" : undefined,
    ),
    examples: [
      () =>
        `vrrp_instance VI_1 {\n    state MASTER\n    authentication {\n        auth_type PASS\n        auth_pass ${randomChars("alnum", 8, "server-vrrp-1")}\n    }\n}\n`,
    ],
    negatives: ["        auth_pass 1111\n", "        auth_pass 111111\n"],
    references: [
      "https://keepalived.readthedocs.io/en/latest/configuration_synopsis.html#vrrp-instance-definitions-synopsis",
    ],
  },
  {
    id: "postfix-sasl-password",
    name: "Postfix SMTP relay password (sasl_passwd)",
    vendor: "Postfix",
    family: "Password",
    severity: "high",
    description:
      "A line of Postfix's sasl_passwd map (`[relay.host]:587  user:password`), the credentials Postfix signs in with at its relay host (smtp_sasl_password_maps).",
    security: [
      "The account sends mail as the organisation through its provider (Microsoft 365, Google Workspace, SES, SendGrid): phishing that passes SPF and DKIM.",
      "On Microsoft 365 and Google the same password often signs in to the mailbox itself.",
    ],
    mitigation: rotate(
      "the relay provider's account, sasl_passwd and `postmap /etc/postfix/sasl_passwd`",
      "Use an app password or a provider SMTP credential scoped to sending.",
    ),
    keywords: ["]:587", "]:465", "]:25", "]:submission"],
    pattern:
      /^[ \t]{0,4}\[[\w.-]{1,253}\](?::(?:\d{2,5}|submission))?[ \t]{1,20}[^\s:]{1,128}:(?<secret>\S{6,128})[ \t]*$/m,
    validate: chosenPassword,
    examples: [
      () => `[smtp.office365.com]:587    relay@example.com:${password("postfix-1", 16)}\n`,
      () =>
        `[email-smtp.eu-west-1.amazonaws.com]:587 ${randomChars("upperAlnum", 20, "server-postfix-2u")}:B${randomChars("base64", 43, "server-postfix-2")}\n`,
    ],
    negatives: [
      "[smtp.gmail.com]:587 username@gmail.com:password\n",
      "[mail.isp.example]:587 user:<password>\n",
    ],
    references: ["https://www.postfix.org/SASL_README.html#client_sasl_enable"],
  },
  {
    id: "ldap-bind-password",
    name: "LDAP bind or root password in a client or server configuration",
    vendor: "LDAP",
    family: "Password",
    severity: "high",
    description:
      "The password a service binds to the directory with, or the directory's root password: nslcd.conf / pam_ldap / ldap.conf `bindpw`, slapd.conf `rootpw` and `olcRootPW:` (in clear; hashes are reported by ldap-password-hash), sssd.conf `ldap_default_authtok`, `credentials=` of a slapd syncrepl consumer, Dex's `bindPW:` and Keycloak's LDAP federation bind credential (realm exports, Terraform's bind_credential).",
    security: [
      "A bind account reads the directory: every user, group and often password hashes and host information.",
      "The root DN's password (rootpw) writes anything in the directory, including other users' passwords and group memberships.",
    ],
    mitigation: rotate(
      "the directory (`ldappasswd` for the bind DN, slappasswd for rootpw), then every client's configuration",
      "Prefer SASL EXTERNAL (client certificates) or Kerberos for service binds.",
    ),
    keywords: [
      "bindpw",
      "rootpw",
      "ldap_default_authtok",
      "credentials=",
      "bind_credential",
      "bindcredential",
    ],
    // A syncrepl consumer's options run over several lines, binddn= before credentials=.
    window: { before: 400, after: 200, multiline: true },
    pattern:
      /^[ \t]{0,16}(?:(?:bindpw|rootpw|olcRootPW:|ldap_default_authtok[ \t]{0,4}=)[ \t]{1,20}|bindPW:[ \t]{1,20}|"?bind_?credential"?[ \t]{0,24}[:=][ \t]{0,4}(?:\[\s{0,40})?(?=")|(?<syncrepl>credentials=))(?<q>"?)(?<secret>[^\s"]{6,128})\k<q>/im,
    validate: (secret, context) => {
      if (secret.startsWith("{")) return "a hashed password (ldap-password-hash reports it)";
      if (context.groups.syncrepl !== undefined && !/\bbind(?:dn|method)=/.test(context.window))
        return "credentials= outside a syncrepl consumer";
      return chosenPassword(secret, context);
    },
    examples: [
      () =>
        `uri ldaps://ldap.corp.internal/\nbinddn cn=nslcd,ou=services,dc=corp\nbindpw ${password("ldap-1", 20)}\n`,
      () =>
        `[domain/corp]\nldap_default_bind_dn = cn=sssd,dc=corp\nldap_default_authtok_type = password\nldap_default_authtok = ${password("ldap-2", 22)}\n`,
      () =>
        `syncrepl rid=001\n  provider=ldaps://ldap1.corp.internal\n  bindmethod=simple\n  binddn="cn=replicator,dc=corp"\n  credentials=${password("ldap-3", 22)}\n`,
      () =>
        `    bindDN: CN=svc-dex,OU=Service Accounts,DC=corp,DC=example\n    bindPW: ${password("ldap-4", 20)}\n`,
      () =>
        `  bind_dn                 = "CN=svc-keycloak,DC=corp"\n  bind_credential         = "${password("ldap-5", 18)}"\n`,
      () => `          "bindCredential": [\n            "${password("ldap-6", 17)}"\n          ],\n`,
    ],
    negatives: [
      "rootpw {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\n",
      "bindpw secret\n",
      // Minified JavaScript assigns credentials= too.
      () =>
        `a.credentials=${randomChars("alnum", 12, "server-ldap-js")},\ncredentials=${randomChars("alnum", 12, "server-ldap-js2")}\n`,
      "ldap_default_authtok_type = password\n",
      '          "bindCredential": [\n            "**********"\n          ],\n',
    ],
    references: [
      "https://www.openldap.org/doc/admin26/slapdconf2.html",
      "https://man.archlinux.org/man/sssd-ldap.5",
    ],
  },
  {
    id: "ldap-secret-file",
    name: "LDAP bind password file (ldap.secret)",
    vendor: "LDAP",
    family: "Password",
    severity: "high",
    description:
      "/etc/ldap.secret, /etc/pam_ldap.secret or /etc/libnss-ldap.secret: a file holding only the root DN's or the bind DN's password, read by pam_ldap and libnss-ldap.",
    security: ["The password binds to the directory as the root or bind DN: see ldap-bind-password."],
    mitigation: rotate("the directory, then the file on every client", ""),
    keywords: [],
    file: { path: /(?:^|\/)(?:ldap|pam_ldap|libnss-ldap)\.secret$/, examplePath: "etc/ldap.secret" },
    pattern: /^\s{0,4}(?<secret>\S{6,128})\s{0,4}$/,
    validate: chosenPassword,
    examples: [() => `${password("ldap-secret-1", 15)}\n`],
    negatives: ["secret\n", "", "two words\n"],
    references: ["https://manpages.debian.org/bookworm/libpam-ldap/pam_ldap.conf.5.en.html"],
  },
  {
    id: "nagios-password",
    name: "Password in a Nagios or Icinga resource macro or check command",
    vendor: "Nagios",
    family: "Password",
    severity: "medium",
    confidence: "medium",
    description:
      "Nagios, Icinga 1 and Naemon keep the passwords their checks use in resource.cfg as `$USERn$=` macros ($USER1$ is by convention the plugin folder, the others credentials), and commands pass them on: `check_http -a user:password`.",
    security: [
      "The accounts monitoring uses often reach every monitored host and database, read-only at best.",
      "SNMP communities and database passwords in resource.cfg open the systems they monitor.",
    ],
    mitigation: rotate(
      "the monitored service's account, then resource.cfg or the command definition",
      "Keep resource.cfg out of repositories; it is meant to be readable by the monitoring user only.",
    ),
    keywords: ["$user", "check_http", "check_curl"],
    // `$user` is a variable in most PHP and shell: only a numbered macro's assignment, or a
    // check command with -a on its line, opens a window.
    keywordGate: /(?:\d{1,3}\$[ \t]{0,4}=|[^\n]{0,300}?[ \t]-a[ \t])/,
    pattern:
      /(?:^\$USER(?:[2-9]|[1-9]\d{1,2})\$[ \t]{0,4}=[ \t]{0,4}|check_(?:http|curl)\b[^\n]{0,300}?[ \t]-a[ \t]{1,5}["']?[^\s:'"]{1,64}:)(?<secret>[^\s'"#]{6,200})/m,
    validate: chosenPasswordUnless((secret) => {
      if (secret.startsWith("/")) return "a path (a plugin folder)";
      // Resource macros hold the user names too (nagios_mon): lower-case words without a digit.
      if (/^[a-z][a-z_.-]*$/.test(secret)) return "a user name";
      return undefined;
    }),
    examples: [
      () => `$USER1$=/usr/lib/nagios/plugins\n$USER3$=${password("nagios-1", 18)}\n`,
      () =>
        `define command {\n    command_name    check_erp\n    command_line    $USER1$/check_http -H erp.internal -S -u /status -a erpmon:${password("nagios-2", 14)} -s 'ok'\n}\n`,
    ],
    negatives: [
      "$USER4$=nagios_mon\n",
      "$USER1$=/usr/local/nagios/libexec\n",
      "$USER2$=$ARG1$\n",
      "check_http -H host -a $USER5$:$USER6$\n",
    ],
    references: ["https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/macros.html"],
  },
  {
    id: "sqlserver-setup-password",
    name: "SQL Server setup password (SAPWD, service account passwords)",
    vendor: "Microsoft SQL Server",
    family: "Password",
    severity: "high",
    description:
      "The passwords SQL Server's unattended setup takes on its command line (`setup.exe /SAPWD=... /SQLSVCPASSWORD=...`) or in ConfigurationFile.ini: the sa login's password (mixed-mode authentication) and the passwords of the Windows accounts its services run as.",
    security: [
      "sa is the server's administrator: every database, and through xp_cmdshell often the host itself.",
      "A service account's password signs in to Windows as that account, often a domain account with rights on other servers.",
    ],
    mitigation: rotate(
      "`ALTER LOGIN sa WITH PASSWORD = '<new>'` (or disable sa), and the service accounts' passwords in Active Directory and SQL Server Configuration Manager",
      "Keep ConfigurationFile.ini without passwords and pass them at install time from a secret store, or use managed service accounts.",
    ),
    keywords: ["sapwd", "svcpassword"],
    pattern:
      /(?<![\w-])\/?(?:SAPWD|(?:SQL|AGT|AS|IS|RS|FT|PBDMS|PBENGS)SVCPASSWORD)[ \t]{0,4}=[ \t]{0,4}(?<q>"?)(?<secret>[^\s"]{4,128})\k<q>(?=\s|$)/i,
    validate: chosenPassword,
    examples: [
      () =>
        `setup.exe /Q /ACTION=Install /FEATURES=SQLENGINE /SECURITYMODE=SQL /SAPWD="${password("sqlsetup-1", 14)}" /SQLSYSADMINACCOUNTS="BUILTIN\\Administrators"`,
      () =>
        `; ConfigurationFile.ini\nSQLSVCACCOUNT="CORP\\svc-sql"\nSQLSVCPASSWORD="${password("sqlsetup-2", 16)}"\n`,
    ],
    negatives: ['setup.exe /Q /ACTION=Install /SAPWD="%SA_PASSWORD%"', "/SAPWD=<StrongPassword>"],
    references: [
      "https://learn.microsoft.com/en-us/sql/database-engine/install-windows/install-sql-server-from-the-command-prompt",
    ],
  },
  {
    id: "windows-unattend-password",
    name: "Password in a Windows answer file (unattend.xml)",
    vendor: "Microsoft Windows",
    family: "Password",
    severity: "high",
    description:
      "Windows Setup answer files (unattend.xml, autounattend.xml, sysprep.xml) hold the passwords of the accounts setup creates: AdministratorPassword, LocalAccount and AutoLogon Password, domain-join credentials. `<PlainText>false</PlainText>` only means base64 of the UTF-16 password followed by the element's name, which anyone can decode.",
    security: [
      "The local administrator password is usually the same on every machine built from the image: one password opens them all.",
      "Domain-join credentials in the file can add machines to, and often do more in, the domain.",
    ],
    mitigation: {
      revoke:
        "Change the password on every machine built with the answer file (with LAPS, `Reset-LapsPassword`; otherwise `net user Administrator *` or a GPO), and of any domain account the file holds. Then rebuild the answer file without passwords: let LAPS set the local administrator password, or inject it at deployment time.",
      revokeUrl: "https://learn.microsoft.com/en-us/windows-server/identity/laps/laps-overview",
      audit:
        "Review logons of the local Administrator and of the domain-join account across the fleet (event 4624, with the network logon types) since the file was committed.",
      bestPractices: [
        "deploy Windows LAPS so that every machine has its own rotating administrator password",
        "keep answer files with credentials out of repositories and images; Windows Setup scrubs its copy, a committed one stays",
      ],
    },
    keywords: ["<plaintext>"],
    window: { before: 400, after: 40, multiline: true },
    pattern: /<Value>(?<secret>[^<\n]{1,512})<\/Value>\s{0,40}<PlainText>(?<plain>true|false)<\/PlainText>/,
    validate: (secret, context) => {
      let password = secret;
      if (context.groups.plain === "false") {
        const text = Buffer.from(secret, "base64").toString("utf16le");
        const name = /(?:AdministratorPassword|Password)$/.exec(text);
        if (name === null) return "does not decode to a password and its element's name";
        password = text.slice(0, name.index);
      }
      if (password.length === 0) return "an empty password";
      if (/^\*SENSITIVE\*DATA\*DELETED\*$/.test(password)) return "scrubbed by Windows Setup";
      return chosenPassword(password, context);
    },
    examples: [
      () =>
        `<UserAccounts>\n  <AdministratorPassword>\n    <Value>${Buffer.from(`${password("unattend-1", 16)}AdministratorPassword`, "utf16le").toString("base64")}</Value>\n    <PlainText>false</PlainText>\n  </AdministratorPassword>\n</UserAccounts>`,
      () =>
        `<AutoLogon>\n  <Password>\n    <Value>${password("unattend-2", 14)}</Value>\n    <PlainText>true</PlainText>\n  </Password>\n  <Enabled>true</Enabled>\n</AutoLogon>`,
    ],
    negatives: [
      "<Password>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n  <PlainText>true</PlainText>\n</Password>",
      "<Password>\n  <Value></Value>\n  <PlainText>true</PlainText>\n</Password>",
      () =>
        `<Password>\n  <Value>${Buffer.from("PasswordPassword", "utf16le").toString("base64")}</Value>\n  <PlainText>false</PlainText>\n</Password>`,
    ],
    references: [
      "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-useraccounts-administratorpassword",
    ],
  },
  {
    id: "erlang-cookie",
    name: "Erlang distribution cookie (RabbitMQ, CouchDB, Elixir)",
    vendor: "Erlang/OTP",
    family: "Shared Secret",
    severity: "critical",
    description:
      "The cookie Erlang nodes share to form a cluster: ~/.erlang.cookie (/var/lib/rabbitmq/.erlang.cookie for RabbitMQ), or RABBITMQ_ERLANG_COOKIE / RELEASE_COOKIE in an environment. Any node that presents it is trusted completely.",
    security: [
      "With the cookie and network access to the Erlang distribution port (epmd 4369 and the node's port), an attacker joins the cluster and runs any code on every node (rpc:call to os:cmd).",
      "RabbitMQ's and CouchDB's data, credentials and configuration are then the attacker's.",
    ],
    mitigation: rotate(
      "every node of the cluster at once (same new cookie file, mode 0400, restart each node)",
      "Firewall the distribution ports to the cluster's own hosts.",
    ),
    keywords: ["erlang_cookie", "release_cookie", "rabbitmq_cluster_cookie"],
    file: { path: /(?:^|\/)\.erlang\.cookie$/, examplePath: "var/lib/rabbitmq/.erlang.cookie" },
    pattern:
      /(?:^\s{0,4}(?=[A-Za-z0-9+/=_-]{16,255}\s{0,4}$)|(?<env>(?:RABBITMQ_ERLANG_COOKIE|RELEASE_COOKIE|ERLANG_COOKIE|(?:rabbitmq_)?erlang_cookie|rabbitmq_cluster_cookie|release_cookie)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?))(?<secret>[A-Za-z0-9+/=_-]{16,255})(?![A-Za-z0-9+/=_-])/,
    // The whole-file form is the cookie file's; elsewhere only the variables name a cookie.
    validate: (secret, context) =>
      context.groups.env === undefined && !/(?:^|\/)\.erlang\.cookie$/.test(context.path ?? "")
        ? "not a .erlang.cookie file"
        : chosenPassword(secret, context),
    examples: [
      () => randomChars("upper", 20, "server-erlang-1"),
      () => `${randomChars("upper", 20, "server-erlang-2")}\n`,
      () =>
        `    environment:\n      RABBITMQ_ERLANG_COOKIE: "${randomChars("alnum", 32, "server-erlang-3")}"\n`,
      // The Ansible role's variable.
      () => `rabbitmq_erlang_cookie: ${randomChars("alnum", 40, "server-erlang-4")}`,
      // Kolla-Ansible's passwords.yml.
      () => `rabbitmq_cluster_cookie: ${randomChars("alnum", 40, "server-erlang-5")}`,
    ],
    negatives: [
      "",
      "short\n",
      () => `# ${randomChars("upper", 20, "server-erlang-comment")}\n`,
      "    environment:\n      - RABBITMQ_ERLANG_COOKIE",
    ],
    references: ["https://www.rabbitmq.com/docs/clustering#erlang-cookie"],
  },
  {
    id: "pgbouncer-userlist-password",
    name: "pgbouncer auth_file password or hash (userlist.txt)",
    vendor: "PgBouncer",
    family: "Password",
    severity: "high",
    description:
      'PgBouncer\'s auth_file (userlist.txt) lists `"user" "password"` pairs: in clear, as md5 + MD5(password + user), or as a SCRAM-SHA-256 verifier. An md5 entry is as good as the password for md5 authentication; a SCRAM verifier can be attacked offline.',
    security: [
      "Clear and md5 entries sign in to PgBouncer, and with auth passed through, to PostgreSQL, as that user.",
      "SCRAM verifiers let an attacker guess the password offline.",
    ],
    mitigation: rotate(
      "PostgreSQL (`ALTER ROLE ... PASSWORD`), then userlist.txt (or switch to auth_query), `RELOAD` in the pgbouncer console",
      "",
    ),
    keywords: [],
    file: { path: /(?:^|\/)userlist\.txt$/, examplePath: "etc/pgbouncer/userlist.txt" },
    pattern: /^"[^"\n]{1,64}"[ \t]{1,8}"(?<secret>[^"\n]{6,512})"/m,
    validate: (secret, context) =>
      /^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$)/.test(secret) ? true : chosenPassword(secret, context),
    examples: [
      () =>
        `"billing_app" "md5${randomChars("hexLower", 32, "server-pgb-1")}"\n"stats" "${password("pgb-1b", 20)}"\n`,
    ],
    negatives: ['"user" "password"\n', '"app" ""\n'],
    references: ["https://www.pgbouncer.org/config.html#authentication-file-format"],
  },
  {
    id: "wildfly-user-hash",
    name: "WildFly / JBoss EAP user password hash (mgmt-users.properties)",
    vendor: "WildFly",
    family: "Password Hash",
    severity: "high",
    description:
      "WildFly's and JBoss EAP's mgmt-users.properties and application-users.properties store `user=HEX`, the HEX being MD5(user:realm:password): the HTTP Digest HA1, which authenticates by itself without the password.",
    security: [
      "HTTP Digest authentication needs only the HA1: with it an attacker signs in to the management console or the applications as the user, and a management user deploys code.",
      "The MD5 is also fast to crack offline, giving the password itself.",
    ],
    mitigation: rotate(
      "`add-user.sh` for each listed user (a new password), on every server that shares the file",
      "Prefer an LDAP or Elytron security realm to the properties files.",
    ),
    keywords: [],
    file: {
      path: /(?:^|\/)(?:mgmt|application)-users\.properties$/,
      examplePath: "standalone/configuration/mgmt-users.properties",
    },
    pattern: /^[ \t]{0,4}(?!#)[^=\s]{1,64}=(?<secret>[0-9a-f]{32})[ \t]*$/m,
    examples: [
      () =>
        `# Users denoted by #\n#admin=2a0923285184943425d1f53ddd58ec7a\nops=${randomChars("hexLower", 32, "server-wildfly-1")}\n`,
    ],
    negatives: ["#admin=2a0923285184943425d1f53ddd58ec7a\n", "ops=\n"],
    references: ["https://docs.wildfly.org/31/Admin_Guide.html#add-user-utility"],
  },
  {
    id: "htpasswd-command-password",
    name: "Password given to htpasswd on the command line",
    vendor: "Apache HTTP Server",
    family: "Password",
    severity: "medium",
    confidence: "medium",
    description:
      "`htpasswd -b` takes the password as the last argument (`htpasswd -b[c] file user password`, `htpasswd -nb user password`): shell histories, provisioning scripts and READMEs keep it in clear.",
    security: [
      "The password signs in wherever the .htpasswd file protects: admin pages, metrics, staging sites, registries.",
    ],
    mitigation: rotate(
      "the .htpasswd file (`htpasswd <file> <user>`, typed at the prompt)",
      "Run htpasswd without -b, so the password is prompted for and never lands in a history.",
    ),
    keywords: ["htpasswd"],
    pattern:
      /\bhtpasswd[ \t]{1,4}-(?<flags>[a-zA-Z]{1,8})(?:[ \t]{1,4}-C[ \t]{1,4}\d{1,2})?(?:[ \t]{1,4}(?<file>[^\s'"-]\S{0,199}))??[ \t]{1,4}[^\s'"]{1,64}[ \t]{1,4}(?<q>['"]?)(?<secret>[^\s'"]{6,128})\k<q>(?=[ \t]*(?:$|[;&|>#)]))/m,
    validate: (secret, context) => {
      const flags = context.groups.flags ?? "";
      if (!flags.includes("b")) return "without -b the password is prompted for";
      if (flags.includes("n") !== (context.groups.file === undefined)) return "not the password argument";
      return chosenPassword(secret, context);
    },
    examples: [
      () => `sudo htpasswd -b /etc/nginx/.htpasswd reporting ${password("htpasswd-1", 14)}`,
      () => `htpasswd -nbB admin '${password("htpasswd-2", 18)}' > auth/htpasswd`,
    ],
    negatives: [
      "htpasswd -c /etc/nginx/.htpasswd admin",
      "htpasswd -nb admin password",
      "htpasswd -b .htpasswd user $PASSWORD",
    ],
    references: ["https://httpd.apache.org/docs/2.4/programs/htpasswd.html"],
  },
  {
    id: "wildfly-clear-text-credential",
    name: "WildFly / JBoss clear-text credential",
    vendor: "WildFly",
    family: "Password",
    severity: "high",
    description:
      "WildFly and JBoss EAP take passwords for key stores, data sources and LDAP connections as a credential reference: `<credential-reference clear-text=\"...\"/>` in standalone.xml or domain.xml, `credential-reference={clear-text=...}` or an Elytron credential store's `add-alias(alias=..., secret-value=...)` in jboss-cli scripts; the legacy security subsystem's LDAP login modules take `bindCredential`.",
    security: [
      "The password opens what the server configuration points at: the TLS key store (the server's private key), the database behind a data source, or the directory the LDAP realm binds to.",
    ],
    mitigation: rotate(
      "the key store, database or directory account, then store the new value in an Elytron credential store (`credential-reference={store=..., alias=...}`)",
      "Reload the server (`:reload`) so that the new reference takes effect.",
    ),
    keywords: ["clear-text", "secret-value", "bindcredential"],
    pattern:
      /(?:(?<![\w-])clear-text[ \t]{0,2}=[ \t]{0,2}|(?<![\w-])secret-value[ \t]{0,2}=[ \t]{0,2}|name[ \t]{0,2}=[ \t]{0,2}"bindCredential"[ \t]{1,8}value[ \t]{0,2}=[ \t]{0,2})(?<q>["']?)(?<secret>[^\s"'{}<>,)\\]{6,128})\k<q>(?=[\s,})/>]|$)/,
    validate: chosenPassword,
    examples: [
      () =>
        `<key-store name="applicationKS">\n    <credential-reference clear-text="${password("wildfly-1", 20)}"/>\n    <implementation type="JKS"/>\n`,
      () =>
        `/subsystem=elytron/credential-store=appCS:add-alias(alias=ldap-bind, secret-value="${password("wildfly-2", 14)}")`,
      () =>
        `data-source add --name=AppDS --user-name=app --credential-reference={clear-text=${password("wildfly-3", 16)}}`,
      () => `<module-option name="bindCredential" value="${password("wildfly-4", 14)}"/>`,
    ],
    negatives: [
      '<credential-reference store="appCS" alias="ks-password"/>',
      '<credential-reference clear-text="${env.KEYSTORE_PASSWORD}"/>',
      '<credential-reference clear-text="password"/>',
      () =>
        `<credential-reference clear-text="MASK-${randomChars("alnum", 19, "wildfly-mask")};12345678;120"/>`,
      '<module-option name="bindCredential" value="{VAULT::ldap::password::1}"/>',
    ],
    references: [
      "https://docs.wildfly.org/35/WildFly_Elytron_Security.html#credential-reference",
      "https://docs.wildfly.org/35/WildFly_Elytron_Security.html#credential-store",
    ],
  },
];
