import { chosenPassword, passwordPlaceholderReason } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Mitigation, Validator } from "../catalog/types.js";

/*
 * Keys of home automation and IoT radios and brokers, as the configuration of Home Assistant,
 * Z-Wave JS, Zigbee2MQTT, ESPHome, Tasmota, Mosquitto and OpenWrt holds them: people publish
 * these configuration folders whole. None has a prefix; the setting that holds each names it.
 */

/** 16 numbers of 0-255, as Zigbee2MQTT and ZHA write a network key. */
const keyBytes: Validator = (secret) => {
  const bytes = secret.split(/\s*,\s*/).map(Number);
  if (bytes.length !== 16 || bytes.some((b) => !(b >= 0 && b <= 255))) return "not 16 bytes";
  if (new Set(bytes).size < 8) return "too few distinct bytes for a key";
  return true;
};

const rebuild = (what: string, how: string): Mitigation => ({
  revoke: `${how} Then remove the file from the repository and purge it from history.`,
  audit: `Review the ${what} for devices you do not recognise and for commands you did not send since the file was published.`,
  bestPractices: [
    "keep secrets.yaml, .storage/ and the radio's settings out of published configuration repositories (.gitignore them)",
    "publish configuration with !secret references and an example secrets file only",
  ],
});

const hex = (label: string, length = 32) => randomChars("hexUpper", length, `home-${label}`);
const bytes16 = (label: string) =>
  (hex(label).match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16)).join(", ");
const pw = (label: string, length = 16) => randomChars("alnum", length, `home-${label}`);

export const detectors: Detector[] = [
  {
    id: "zwave-network-key",
    name: "Z-Wave network security key",
    vendor: "Z-Wave",
    family: "Encryption Key",
    severity: "high",
    description:
      "The keys a Z-Wave controller encrypts its network with: S0 Legacy and the three S2 classes (Unauthenticated, Authenticated, Access Control, and their Long Range twins), 16 bytes in hex each, as Z-Wave JS UI's settings.json and Home Assistant's .storage/core.config_entries keep them.",
    security: [
      "Anyone within radio range with the keys decrypts the network's traffic and sends commands the devices accept: door locks, garage doors and alarms are in the S2 Access Control class.",
      "Devices must be excluded and included again to take new keys, so a leaked key stays usable for a long time.",
    ],
    mitigation: rebuild(
      "controller's node list and event log",
      "Generate new keys in Z-Wave JS UI (Settings > Z-Wave > Security keys) or the Home Assistant integration, then exclude and re-include every secure device, starting with locks.",
    ),
    keywords: ["s0_legacy", "s2_", "lr_s2"],
    pattern:
      /["']?(?:s0_legacy(?:_key)?|S0_Legacy|(?:lr_)?s2_(?:access_control|authenticated|unauthenticated)(?:_key)?|(?:LR_)?S2_(?:AccessControl|Authenticated|Unauthenticated))["']?\s{0,3}[:=]\s{0,3}["']?(?<secret>[0-9A-Fa-f]{32})(?![0-9A-Fa-f])/,
    examples: [
      () =>
        `"securityKeys": {\n  "S2_Unauthenticated": "${hex("zw-1")}",\n  "S2_Authenticated": "${hex("zw-2")}",\n  "S0_Legacy": "${hex("zw-3")}"\n}`,
      () => `        "s2_access_control_key": "${hex("zw-4")}",`,
    ],
    negatives: ['"S2_AccessControl": ""', '"S0_Legacy": "0102030405060708090A0B0C0D0E0F10"'],
    references: ["https://zwave-js.github.io/zwave-js-ui/#/usage/setup?id=security-keys"],
  },
  {
    id: "zigbee-network-key",
    name: "Zigbee network key",
    vendor: "Zigbee",
    family: "Encryption Key",
    severity: "high",
    description:
      "The 128-bit key of a Zigbee network, written as 16 numbers: Zigbee2MQTT's `advanced: network_key: [...]` and Home Assistant ZHA's `zigpy_config: network: key: [...]`.",
    security: [
      "Within radio range the key decrypts the network's traffic and lets a device inject commands: lights, plugs, locks and sensors on the network.",
      "Changing it means pairing every device again.",
    ],
    mitigation: rebuild(
      "coordinator's device list",
      "Set `network_key: GENERATE` (Zigbee2MQTT) or form a new network in ZHA, then pair every device again.",
    ),
    keywords: ["network_key", "key: ["],
    pattern:
      /(?:network_key|\bkey)\s{0,3}:\s{0,3}\[\s{0,20}(?<secret>(?:\d{1,3}\s{0,3},\s{0,20}){15}\d{1,3})\s{0,20}\]/,
    validate: keyBytes,
    examples: [
      () => `advanced:\n  pan_id: 6754\n  network_key: [${bytes16("zb-1")}]`,
      () => `zha:\n  zigpy_config:\n    network:\n      key: [${bytes16("zb-2")}]`,
    ],
    negatives: [
      "  network_key: GENERATE",
      "  network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]",
    ],
    references: ["https://www.zigbee2mqtt.io/guide/configuration/zigbee-network.html#network-config"],
  },
  {
    id: "esphome-api-encryption-key",
    name: "ESPHome native API encryption key",
    vendor: "ESPHome",
    family: "Encryption Key",
    severity: "medium",
    description:
      "The pre-shared key (32 bytes in base64) of an ESPHome device's native API: `api: encryption: key:` in the device's YAML, and `noise_psk` in Home Assistant's stored integration entry.",
    security: [
      "On the device's network, the key lets anyone connect to the device's API as Home Assistant does: read its sensors and switch what it controls.",
    ],
    mitigation: rebuild(
      "device's logs",
      "Generate a new key (ESPHome's dashboard offers one), flash the device with it and update the Home Assistant integration.",
    ),
    keywords: ["encryption:", "noise_psk"],
    window: { before: 32, after: 200, multiline: true },
    pattern:
      /(?:encryption:\s{1,40}key:|"noise_psk"\s{0,3}:)\s{0,3}["']?(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    validate: (secret) => (Buffer.from(secret, "base64").length === 32 ? true : "not 32 bytes"),
    examples: [
      () => `api:\n  encryption:\n    key: "${Buffer.from(hex("esp-1", 64), "hex").toString("base64")}"`,
      () =>
        `  "data": {"host": "10.0.0.7", "noise_psk": "${Buffer.from(hex("esp-2", 64), "hex").toString("base64")}"}`,
    ],
    negatives: ["api:\n  encryption:\n    key: !secret api_key", "api:\n  encryption:\n    key: <your-key>"],
    references: ["https://esphome.io/components/api.html#configuration-variables"],
  },
  {
    id: "tasmota-password",
    name: "Tasmota Wi-Fi, MQTT or web password",
    vendor: "Tasmota",
    family: "Password",
    severity: "medium",
    description:
      "Tasmota firmware's passwords as its commands and build overrides set them: `Backlog ... Password1 ...; MqttPassword ...; WebPassword ...` sent to a device, and `#define STA_PASS1`, `MQTT_PASS`, `WEB_PASSWORD` in user_config_override.h.",
    security: [
      "The Wi-Fi password joins the home network; the MQTT password reads and commands every device on the broker; the web password opens the device's console.",
    ],
    mitigation: rebuild(
      "MQTT broker's and router's logs",
      "Change the Wi-Fi, broker and device passwords, and set them on the devices again (Backlog over the console, or a new build).",
    ),
    keywords: [
      "password1",
      "password2",
      "mqttpassword",
      "webpassword",
      "sta_pass",
      "mqtt_pass",
      "web_password",
    ],
    pattern:
      /(?:(?:^|;|Backlog)[ \t]{0,4}(?:Password[12]|MqttPassword|WebPassword)[ \t]{1,4}|#define[ \t]{1,8}(?:STA_PASS[12]|MQTT_PASS|WEB_PASSWORD)[ \t]{1,20}")(?<secret>[^\s;"]{6,64})(?=[ \t]*(?:;|"|$))/m,
    // DVES_PASS is the firmware's own default MQTT password.
    validate: (secret, context) =>
      secret === "DVES_PASS" ? "Tasmota's default" : chosenPassword(secret, context),
    examples: [
      () =>
        `Backlog SSID1 Cobalt-IoT; Password1 ${pw("tas-1", 14)}; MqttHost 192.168.1.10; MqttPassword ${pw("tas-2")}`,
      () => `#undef  STA_PASS1\n#define STA_PASS1         "${pw("tas-3", 15)}"`,
    ],
    negatives: [
      '#define STA_PASS1         ""',
      "Backlog Password1 YOUR_WIFI_PASSWORD; MqttPassword DVES_PASS",
    ],
    references: ["https://tasmota.github.io/docs/Commands/#wi-fi"],
  },
  {
    id: "mosquitto-psk",
    name: "Mosquitto TLS pre-shared key",
    vendor: "Mosquitto",
    family: "Encryption Key",
    severity: "high",
    description:
      "TLS-PSK keys of the Mosquitto MQTT broker: the psk_file's `identity:hexkey` lines, and a bridge's `bridge_psk`.",
    security: [
      "With the identity and key anyone connects to the broker as that client: every topic it may read or write.",
    ],
    mitigation: rebuild(
      "broker's log",
      "Generate new keys (`openssl rand -hex 32`), update the psk_file and the clients, and reload the broker.",
    ),
    keywords: ["bridge_psk"],
    file: { path: /(?:^|\/)(?:psk_file|[^/]*\.psk(?:_file)?)$/, examplePath: "mosquitto/psk_file" },
    pattern: /(?:^[ \t]{0,4}[\w.@-]{1,64}:|bridge_psk[ \t]{1,8})(?<secret>[0-9a-fA-F]{32,128})[ \t]*$/m,
    examples: [() => `home:${hex("mq-1")}\nesp-door:${hex("mq-2")}\n`],
    negatives: ["", "# identity:key\n"],
    references: ["https://mosquitto.org/man/mosquitto-conf-5.html"],
  },
  {
    id: "openwrt-wireless-key",
    name: "OpenWrt Wi-Fi or WireGuard key (UCI)",
    vendor: "OpenWrt",
    family: "Password",
    severity: "medium",
    description:
      "Keys in OpenWrt's UCI configuration: a wifi-iface's `option key '...'` in /etc/config/wireless (the WPA passphrase, or a WEP key as key1-key4) and a WireGuard peer's `option preshared_key` in /etc/config/network.",
    security: [
      "The Wi-Fi key joins the network the router serves; a WireGuard preshared key weakens the tunnel to the peer's key alone.",
    ],
    mitigation: rebuild(
      "router's associated-clients list",
      "Change the keys in LuCI or with `uci set` and `wifi reload`, and update every client.",
    ),
    keywords: ["option key", "option preshared_key"],
    pattern:
      /^[ \t]{0,8}option[ \t]{1,4}(?:key[1-4]?|preshared_key)[ \t]{1,4}(?<q>['"]?)(?:s:)?(?<secret>[^\s'"]{8,64})\k<q>[ \t]*$/m,
    validate: (secret) =>
      /^[1-4]$/.test(secret) ? "a WEP key index" : (passwordPlaceholderReason(secret) ?? true),
    examples: [
      () =>
        `config wifi-iface 'default_radio0'\n\toption ssid 'Quartz'\n\toption encryption 'psk2'\n\toption key '${pw("owrt-1", 17)}'`,
      () =>
        `config wireguard_wg0\n\toption public_key 'x'\n\toption preshared_key '${Buffer.from(hex("owrt-2", 64), "hex").toString("base64")}'`,
    ],
    negatives: ["\toption key '1'", "\toption key 'your_password'"],
    references: ["https://openwrt.org/docs/guide-user/network/wifi/basic#wpa_modes"],
  },
  {
    id: "tuya-local-key",
    name: "Tuya device local key",
    vendor: "Tuya",
    family: "Encryption Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Tuya smart-home devices (sold under hundreds of brands: Smart Life, Gosund, Teckin...) encrypt their local network protocol with a per-device 16-character local key. tinytuya's devices.json and snapshot.json list each device's id with its key; Home Assistant's localtuya and tuya-cli keep it as local_key.",
    security: [
      "Anyone on the device's network who has the key controls the device directly (switches, locks, heaters, cameras), without the cloud account.",
      "The key also decrypts the device's local traffic.",
    ],
    mitigation: rebuild(
      "re-pair the device in the Smart Life / Tuya app (removing and adding it issues a new local key)",
      "then fetch the new key for the local integration and keep devices.json out of the repository",
    ),
    keywords: ['"key"', "local_key", "localkey"],
    // Only a 16-character value opens a window: `"key": "..."` is everywhere in JSON.
    // A key may hold any printable character, quotes and all.
    keywordGate: /["']?[ \t]{0,3}[:=][ \t]{0,3}(?:"[^"\\\n]{16}"|'[^'\\\n]{16}'|[^\s"'\\]{16}(?![^\s,}]))/,
    window: { before: 300, after: 64, multiline: true },
    pattern:
      /(?:"id"[ \t]*:[ \t]*"[a-z0-9]{20,22}"[ \t]*,\s{0,40}(?:"\w{1,20}"[ \t]*:[ \t]*(?:"[^"\n]{0,80}"|[\d.]{1,20}|true|false|null)[ \t]*,\s{0,40}){0,4}"key"|(?<![\w-])["']?(?:local_key|localKey|LOCAL_KEY))["']?[ \t]{0,3}[:=][ \t]{0,3}(?<q>["']?)(?<secret>(?<=")[^"\\\n]{16}|(?<=')[^'\\\n]{16}|(?<!["'])[^\s"'\\]{16})\k<q>(?![^\s"'\\,}])/,
    minEntropy: 3,
    validate: chosenPassword,
    examples: [
      () =>
        `[\n  {\n    "name": "Porch Light",\n    "id": "bf${randomChars("lowerAlnum", 20, "home-tuya-id1")}",\n    "key": "${randomChars("alnum", 11, "home-tuya-1")}'%*Z!",\n    "mac": "08:e4:ff:6d:e5:ea"\n  }\n]`,
      () =>
        `  - host: 192.168.1.40\n    device_id: eb${randomChars("lowerAlnum", 20, "home-tuya-id2")}\n    local_key: "${randomChars("alnum", 16, "home-tuya-2")}"\n`,
    ],
    negatives: [
      '{"id": "1", "key": "abcdefghijklmnop"}',
      () => `{"name": "cache", "key": "${randomChars("alnum", 16, "home-tuya-neg")}"}`,
      "local_key: 0123456789abcdef",
    ],
    references: ["https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys"],
  },
  {
    id: "arduino-ota-password",
    name: "Arduino / ESP over-the-air update password",
    vendor: "Arduino",
    family: "Password",
    severity: "medium",
    confidence: "medium",
    description:
      'ESP8266 and ESP32 firmware accepts over-the-air updates protected by a password set in the sketch (`ArduinoOTA.setPassword("...")`); PlatformIO sends it with `upload_flags = --auth=...` in platformio.ini.',
    security: [
      "Anyone on the device's network with the password flashes their own firmware onto it: full control of the device and a foothold on the network.",
    ],
    mitigation: rebuild(
      "set a new OTA password in the firmware (or only its MD5 with setPasswordHash) and flash every device",
      "keep it in a git-ignored secrets header or PlatformIO's environment variables",
    ),
    keywords: ["arduinoota.setpassword(", "--auth="],
    // upload_flags may be some lines above --auth=.
    window: { before: 300, after: 160, multiline: true },
    pattern:
      /(?:ArduinoOTA\.setPassword\([ \t]{0,3}(?<q>["'])(?<call>)|(?<![\w-])--auth=(?<flag>)(?<fq>["']?))(?<secret>[^\s"'\\]{6,128})(?:\k<q>\)|\k<fq>(?=[\s;,]|$))/,
    validate: (secret, context) => {
      const inPlatformio =
        /upload_flags/i.test(context.window) || /platformio\.ini$/i.test(context.path ?? "");
      if (context.groups.flag !== undefined && !inPlatformio)
        return "--auth= outside platformio.ini's upload_flags";
      return chosenPassword(secret, context);
    },
    examples: [
      () => `  ArduinoOTA.setHostname("greenhouse");\n  ArduinoOTA.setPassword("${pw("ota-1", 14)}");\n`,
      () => `upload_protocol = espota\nupload_flags =\n    --port=3232\n    --auth=${pw("ota-2", 14)}\n`,
    ],
    negatives: [
      "ArduinoOTA.setPassword(OTA_PASSWORD);",
      'ArduinoOTA.setPassword("admin");',
      "curl --auth=basic https://example.org",
    ],
    references: ["https://docs.platformio.org/en/latest/platforms/espressif32.html#over-the-air-ota-update"],
  },
];
