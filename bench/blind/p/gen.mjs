#!/usr/bin/env node
// gen.mjs - blind labelled corpus: enterprise & legacy web applications (Java, .NET, PHP, Perl, Django).
//
// Covers: Spring Boot properties/YAML (datasource, mail, OAuth client secrets, jasypt), Spring Cloud
// config, logback/log4j/log4j2 JDBC + SMTP appenders, Hibernate, Quartz, Tomcat server.xml / context.xml /
// tomcat-users.xml / setenv.sh, JBoss/WildFly standalone.xml + CLI + mgmt-users, WebLogic boot.properties /
// config.xml / jdbc modules / WLST, Maven settings.xml, Jenkins credentials.xml / JCasC / Jenkinsfile,
// .NET Web.config (+ transforms), App.config (EF), appsettings*.json, launchSettings.json, C# sources,
// WordPress, Drupal, Magento, Laravel, Symfony, CodeIgniter 3/4, Joomla, phpMyAdmin, plain PHP, Perl DBI,
// Django settings, supervisord, alembic, docker-compose, k8s Secret, CI workflow, lockfiles, docs.
//
// Usage: node gen.mjs [seed]   (default seed "blind4p"). Writes ./files, ./labels.json, ./neutrals.json.
// All randomness: HMAC-SHA256(seed, counter) stream. No Math.random, no clock.
//
// Formats used (prefix, length, alphabet, checksum):
//   github_pat            ghp_ + 30 [A-Za-z0-9] + 6-char base62 (0-9A-Za-z) CRC32 of the 30 chars, left-padded '0'
//   aws_access_key_id     AKIA + 16 [A-Z2-7]
//   aws_secret_access_key 40 [A-Za-z0-9+/]
//   stripe_secret_key     sk_live_ / rk_live_ + 24 [A-Za-z0-9]; stripe_webhook_secret whsec_ + 32 [A-Za-z0-9]
//   sendgrid_api_key      SG. + 22 [A-Za-z0-9_-] + . + 43 [A-Za-z0-9_-]
//   slack_webhook_url     https://hooks.slack.com/services/T + 8 [A-Z0-9] /B + 10 [A-Z0-9] / 24 [A-Za-z0-9]
//   google_oauth_client_secret GOCSPX- + 28 [A-Za-z0-9_-]
//   azure_client_secret   3 [A-Za-z0-9_~.-] + digit + "Q~" + 34 [A-Za-z0-9_~.-] (40 total; MS checksum NOT modelled)
//   azure_storage_account_key / azure_sas_key / azure_redis_key  base64 of 64 / 32 / 32 random bytes (88/44/44 chars)
//   mailgun_api_key       key- + 32 hex;  mailchimp_api_key 32 hex + -us + 1..21
//   twilio_auth_token     32 hex (Account SID AC + 32 hex is a neutral identifier)
//   pusher_app_secret     20 hex;  braintree_private_key 32 hex
//   sonarqube_token       squ_ + 40 hex;  jenkins_api_token "11" + 32 hex
//   recaptcha_secret_key  6L + 38 [A-Za-z0-9_-]
//   paypal_api_password   16 [A-Z0-9]; paypal_api_signature "A" + 55 [A-Za-z0-9.-] (length/alphabet from memory)
//   seq_api_key           20 [A-Za-z0-9] (from memory)
//   loggly_customer_token UUID v4 (in an inputs/ URL)
//   laravel_app_key       base64: + base64(32 bytes)   (label includes the "base64:" prefix)
//   symfony_app_secret    32 hex;  jwt_passphrase 32 hex
//   django_secret_key     50 chars of "a-z0-9!@#$%^&*(-_=+)"
//   wordpress_salt        64 chars of WordPress' secret-key alphabet (minus ' and \)
//   drupal_hash_salt      74 [A-Za-z0-9_-] (base64url of 55 bytes, as Crypt::randomBytesBase64(55))
//   magento_crypt_key     32 hex (pre-2.4.7 md5-style key)
//   joomla_secret         16 [A-Za-z0-9]
//   phpmyadmin_blowfish_secret 32 printable chars
//   codeigniter_encryption_key 64 hex (hex2bin)
//   machine_key_validation 128 [0-9A-F]; machine_key_decryption 64 [0-9A-F]
//   jwt_signing_key       base64 of 64 bytes
//   spring_cloud_encrypt_key 32 [A-Za-z0-9]
//   private_key           OpenSSH ed25519 (real keypair derived from a seeded 32-byte seed)
//   *_password            random 12-24 chars [A-Za-z0-9] plus !*-_. (URL-safe variant -_.~), or word+digits style
// Negatives: jasypt ENC(base64), WebLogic {AES}/{3DES}, Jenkins {AQAAABAAAAA..}, Maven {..=}, WildFly MASK-..,
//   ${..}/%(..)s/#{..}#/%env()%/env()/getenv placeholders, vendor sample passwords, docs example keys,
//   bcrypt/pbkdf2/md5/Tomcat digests, checksums, commit SHAs, UUIDs, publicKeyToken, masked values.

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The marker around a label number inside generated text (a character no file holds).
const NUL = String.fromCharCode(0);

const SEED = process.argv[2] ?? "blind4p";
const ROOT = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(ROOT, "files");

// ---------------------------------------------------------------- deterministic RNG
let counter = 0;
let pool = Buffer.alloc(0);
function bytes(n) {
  while (pool.length < n) {
    const h = crypto.createHmac("sha256", SEED).update(`blk:${counter++}`).digest();
    pool = Buffer.concat([pool, h]);
  }
  const out = Buffer.from(pool.subarray(0, n));
  pool = pool.subarray(n);
  return out;
}
function int(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = bytes(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const pick = (a) => a[int(a.length)];
function rs(alpha, len) {
  let s = "";
  for (let i = 0; i < len; i++) s += alpha[int(alpha.length)];
  return s;
}

// ---------------------------------------------------------------- alphabets & generators
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS = "0123456789";
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = "0123456789abcdef";
const HEXU = "0123456789ABCDEF";
const B64 = `${ALNUM}+/`;
const B64URL = `${ALNUM}-_`;
const B62GH = DIGITS + UPPER + LOWER;
const PW_SYM = "!*-_.";
const URL_SYM = "-_.~";
const DJANGO = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";
const WP_ALPHA = `${LOWER + UPPER + DIGITS}!@#$%^&*()-_ []{}<>~\`+=,.;:/?|`;
const BCRYPT = `./${UPPER}${LOWER}${DIGITS}`;
const WORDS = [
  "Harbor",
  "Quartz",
  "Maple",
  "Falcon",
  "Copper",
  "Nimbus",
  "Juniper",
  "Orbit",
  "Saffron",
  "Tundra",
  "Velvet",
  "Cobalt",
  "Ember",
  "Glacier",
  "Lantern",
  "Meadow",
  "Pioneer",
  "Raven",
  "Summit",
  "Willow",
];

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n) {
  let s = "";
  do {
    s = B62GH[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s;
}

const g = {
  hex: (n) => rs(HEX, n),
  HEX: (n) => rs(HEXU, n),
  alnum: (n) => rs(ALNUM, n),
  b64: (nBytes) => bytes(nBytes).toString("base64"),
  // random password, first char alphanumeric so it is safe unquoted in YAML/.env
  pw: (n = 12 + int(11)) => rs(ALNUM, 1) + rs(ALNUM + PW_SYM, n - 1),
  // URL/shell-safe password
  upw: (n = 12 + int(11)) => rs(ALNUM, 1) + rs(ALNUM + URL_SYM, n - 1),
  // human-style password: Word + sep + digits + letters
  hpw: () =>
    pick(WORDS) + pick(["!", "-", "_", ".", "*", ""]) + String(1000 + int(9000)) + rs(LOWER, 2 + int(3)),
  gh: (prefix = "ghp_") => {
    const body = rs(ALNUM, 30);
    return prefix + body + base62(crc32(Buffer.from(body))).padStart(6, "0");
  },
  akia: () => `AKIA${rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`,
  awsSecret: () => rs(B64, 40),
  skLive: () => `sk_live_${rs(ALNUM, 24)}`,
  rkLive: () => `rk_live_${rs(ALNUM, 24)}`,
  pkLive: () => `pk_live_${rs(ALNUM, 24)}`,
  whsec: () => `whsec_${rs(ALNUM, 32)}`,
  sendgrid: () => `SG.${rs(B64URL, 22)}.${rs(B64URL, 43)}`,
  slackHook: () =>
    `https://hooks.slack.com/services/T${rs(UPPER + DIGITS, 8)}/B${rs(UPPER + DIGITS, 10)}/${rs(ALNUM, 24)}`,
  gocspx: () => `GOCSPX-${rs(B64URL, 28)}`,
  googleClientId: () =>
    `${String(100000000000 + int(899999999))}-${rs(LOWER + DIGITS, 32)}.apps.googleusercontent.com`,
  azureSecret: () => {
    const a = `${ALNUM}_~.-`;
    return `${rs(a, 3) + rs(DIGITS, 1)}Q~${rs(a, 34)}`;
  },
  mailgun: () => `key-${rs(HEX, 32)}`,
  mailchimp: () => `${rs(HEX, 32)}-us${1 + int(21)}`,
  uuid: () => {
    const b = bytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  },
  djangoKey: () => rs(DJANGO, 50),
  wpSalt: () => {
    let s;
    do {
      s = rs(WP_ALPHA, 64);
    } while (s.startsWith(" ") || s.endsWith(" "));
    return s;
  },
  drupalSalt: () => bytes(55).toString("base64url"),
  laravelKey: () => `base64:${bytes(32).toString("base64")}`,
  jasyptEnc: () => `ENC(${bytes(pick([48, 64])).toString("base64")})`,
  wlsAes: () => `{AES}${bytes(48).toString("base64")}`,
  wls3des: () => `{3DES}${bytes(16).toString("base64")}`,
  jenkinsSecret: (len = 16) =>
    `{${Buffer.concat([Buffer.from([1, 0, 0, 0, 16, 0, 0, 0, len]), bytes(16 + len)]).toString("base64")}}`,
  mavenEnc: () => `{${bytes(25).toString("base64")}}`,
  mask: () => `MASK-${bytes(12).toString("base64").replace(/[+/=]/g, "")}`,
  bcrypt: (cost = 10) => `$2a$${cost}$${rs(BCRYPT, 53)}`,
  pbkdf2: () => `pbkdf2_sha256$600000$${rs(ALNUM, 22)}$${bytes(32).toString("base64")}`,
  sha256: () => rs(HEX, 64),
  sha1: () => rs(HEX, 40),
};

// OpenSSH ed25519 private key (real key pair derived from seeded bytes), lines joined with '\n' + indent.
function sshEd25519(comment, indent = "") {
  const seed = bytes(32);
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
  const priv = crypto.createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  const pub = Buffer.from(crypto.createPublicKey(priv).export({ format: "jwk" }).x, "base64url");
  const u32 = (n) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const str = (b) => Buffer.concat([u32(b.length), typeof b === "string" ? Buffer.from(b) : b]);
  const sbuf = (s) => str(Buffer.from(s));
  const pubBlob = Buffer.concat([sbuf("ssh-ed25519"), str(pub)]);
  const check = bytes(4);
  let sec = Buffer.concat([
    check,
    check,
    sbuf("ssh-ed25519"),
    str(pub),
    str(Buffer.concat([seed, pub])),
    sbuf(comment),
  ]);
  for (let p = 1; sec.length % 8; p++) sec = Buffer.concat([sec, Buffer.from([p])]);
  const blob = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sbuf("none"),
    sbuf("none"),
    sbuf(""),
    u32(1),
    str(pubBlob),
    str(sec),
  ]);
  const b64 = blob.toString("base64");
  const lines = ["-----BEGIN OPENSSH PRIVATE KEY-----"];
  for (let i = 0; i < b64.length; i += 70) lines.push(b64.slice(i, i + 70));
  lines.push("-----END OPENSSH PRIVATE KEY-----");
  return lines.join(`\n${indent}`);
}

// ---------------------------------------------------------------- labelling machinery
const marks = [];
function mark(kind, type, value, note, decoded) {
  const id = marks.length;
  marks.push({ kind, type, value, note, decoded, used: 0 });
  return `\u0000${id}\u0000`;
}
/** positive */
const P = (type, value, note, decoded) => mark("pos", type, value, note, decoded);
/** hard negative */
const N = (type, value, note) => mark("neg", type, value, note);
/** neutral (debatable) */
const U = (type, value, note) => mark("neu", type, value, note);
/** literal ${NAME} for unlabelled placeholders inside template literals */
const _E = (name) => `\${${name}}`;

const files = [];
const labels = [];
const neutrals = [];
function add(rel, text, { crlf = false } = {}) {
  const parts = text.split(new RegExp(`${NUL}(\\d+)${NUL}`));
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      out += parts[i];
      continue;
    }
    const m = marks[Number(parts[i])];
    m.used++;
    const line = out.split("\n").length;
    const rec = { file: rel, line, type: m.type, secret: m.value };
    if (m.kind === "neu") {
      neutrals.push({ ...rec, note: m.note ?? "" });
    } else {
      rec.positive = m.kind === "pos";
      if (m.note) rec.note = m.note;
      if (m.decoded !== undefined) rec.decoded = m.decoded;
      labels.push(rec);
    }
    out += m.value;
  }
  if (crlf) out = out.replace(/\n/g, "\r\n");
  files.push({ rel, content: out });
}

// ================================================================= FILES
// ---------------------------------------------------------------- Spring Boot: billing-service
add(
  "billing-service/src/main/resources/application.properties",
  `# Billing service - shared configuration (all profiles)
spring.application.name=billing-service
server.port=8082
server.servlet.context-path=/billing
server.shutdown=graceful

# --- Datasource -------------------------------------------------------------
spring.datasource.url=jdbc:postgresql://pg-billing-01.internal.acme-corp.net:5432/billing
spring.datasource.username=billing_app
spring.datasource.password=${P("postgres_password", g.pw())}
spring.datasource.driver-class-name=org.postgresql.Driver
spring.datasource.hikari.maximum-pool-size=20
spring.datasource.hikari.connection-timeout=30000
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

# Flyway runs migrations with the schema owner, not the app account
spring.flyway.user=billing_owner
spring.flyway.password=${P("postgres_password", g.hpw())}
spring.flyway.locations=classpath:db/migration

# --- Mail -------------------------------------------------------------------
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=billing-noreply@acme-corp.net
spring.mail.password=${P("smtp_password", g.pw())}
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true

# --- OAuth2 login (GitHub org SSO) -----------------------------------------
spring.security.oauth2.client.registration.github.client-id=${U("oauth_client_id", `Iv1.${g.hex(16)}`, "GitHub App client id: public identifier")}
spring.security.oauth2.client.registration.github.client-secret=${P("oauth_client_secret", g.hex(40), "GitHub OAuth client secret (40 hex)")}
spring.security.oauth2.client.registration.github.scope=read:user,user:email

# --- Redis (sessions) -------------------------------------------------------
spring.redis.host=redis-billing.internal.acme-corp.net
spring.redis.port=6379
spring.redis.password=${N("redis_password", "${REDIS_PASSWORD}", "Spring env placeholder")}

# --- TLS --------------------------------------------------------------------
server.ssl.enabled=true
server.ssl.key-store=classpath:keystore/billing.p12
server.ssl.key-store-password=${N("keystore_password", "changeit", "JDK default keystore password from vendor docs")}
server.ssl.key-store-type=PKCS12

# --- Jasypt (decrypts ENC(...) values in application-prod.yml) ----------------
jasypt.encryptor.password=${P("jasypt_encryptor_password", g.pw(24))}
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator

# --- Payments ---------------------------------------------------------------
app.payments.stripe.api-key=${P("stripe_secret_key", g.skLive())}
app.payments.stripe.webhook-secret=${P("stripe_webhook_secret", g.whsec())}
app.payments.stripe.publishable-key=${U("stripe_publishable_key", g.pkLive(), "publishable key is meant for browsers")}

management.endpoints.web.exposure.include=health,info,prometheus
management.endpoint.health.probes.enabled=true
`,
);

add(
  "billing-service/src/main/resources/application-prod.yml",
  `# Production profile. Secrets are jasypt-encrypted or injected by the platform.
spring:
  datasource:
    url: jdbc:postgresql://pg-billing-prod.internal.acme-corp.net:5432/billing?sslmode=require
    username: billing_app
    password: ${N("postgres_password", g.jasyptEnc(), "jasypt-encrypted value")}
  mail:
    username: billing-noreply@acme-corp.net
    password: ${N("smtp_password", "${MAIL_PASSWORD}", "env placeholder")}
  security:
    oauth2:
      client:
        registration:
          google:
            client-id: ${U("google_oauth_client_id", g.googleClientId(), "OAuth client id is public")}
            client-secret: ${P("google_oauth_client_secret", g.gocspx())}
            scope: openid,profile,email
  rabbitmq:
    host: mq-prod.internal.acme-corp.net
    port: 5671
    username: billing
    password: "${P("rabbitmq_password", g.pw())}"
    ssl:
      enabled: true

cloud:
  aws:
    credentials:
      access-key: ${P("aws_access_key_id", g.akia())}
      secret-key: ${P("aws_secret_access_key", g.awsSecret())}
    region:
      static: eu-west-1
    stack:
      auto: false

app:
  jwt:
    secret: ${N("jwt_signing_key", g.jasyptEnc(), "jasypt-encrypted value")}
    expiration-ms: 3600000
  archive:
    sftp-host: sftp.archive-partner.example
    sftp-user: acme_billing
    sftp-password: '${P("sftp_password", g.pw())}'
  invoice:
    pdf-renderer-url: http://pdf-renderer.billing.svc.cluster.local:8080
`,
);

add(
  "billing-service/src/main/resources/application-dev.yml",
  `# Local development profile - do NOT put real credentials here
spring:
  datasource:
    url: jdbc:h2:mem:billing;DB_CLOSE_DELAY=-1;MODE=PostgreSQL
    username: sa
    password:
  h2:
    console:
      enabled: true
  mail:
    host: localhost
    port: 1025   # MailHog
    username: dev
    password: ${N("smtp_password", "changeme", "placeholder")}

app:
  jwt:
    secret: ${N("jwt_signing_key", "${JWT_SECRET:dev-only-not-a-secret}", "placeholder with dev default")}
  payments:
    stripe:
      api-key: ${N("stripe_secret_key", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "Stripe documentation example test key")}

cloud:
  aws:
    credentials:
      access-key: ${N("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", "AWS documentation example")}
      secret-key: ${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documentation example")}
    region:
      static: eu-west-1

logging:
  level:
    com.acme.billing: DEBUG
    org.hibernate.SQL: DEBUG
`,
);

// ---------------------------------------------------------------- Spring Boot: inventory-api
add(
  "inventory-api/src/main/resources/application.yml",
  `spring:
  application:
    name: inventory-api
  profiles:
    active: prod
  data:
    mongodb:
      uri: mongodb+srv://inventory:${P("mongodb_password", g.upw())}@cluster0.x7k2p.mongodb.net/inventory?retryWrites=true&w=majority
server:
  port: 8090
eureka:
  client:
    service-url:
      defaultZone: http://eureka:${P("basic_auth_password", g.upw())}@discovery.internal.acme-corp.net:8761/eureka/
  instance:
    prefer-ip-address: true
---
spring:
  config:
    activate:
      on-profile: prod
  datasource:
    url: jdbc:mysql://mysql-inv-prod.internal.acme-corp.net:3306/inventory?useSSL=true&serverTimezone=UTC
    username: inv_rw
    password: ${P("mysql_password", g.pw())}
  ldap:
    urls: ldaps://ad.acme-corp.net:636
    base: dc=acme-corp,dc=net
    username: cn=svc-inventory,ou=ServiceAccounts,dc=acme-corp,dc=net
    password: "${P("ldap_bind_password", g.hpw())}"
---
spring:
  config:
    activate:
      on-profile: local
  datasource:
    url: jdbc:mysql://localhost:3306/inventory
    username: root
    password: ${N("mysql_password", "secret", "local docker default")}
`,
);

add(
  "inventory-api/src/main/resources/bootstrap.properties",
  `# Spring Cloud Config client bootstrap
spring.application.name=inventory-api
spring.cloud.config.uri=https://config.internal.acme-corp.net
spring.cloud.config.username=inventory
spring.cloud.config.password=${P("spring_cloud_config_password", g.pw())}
spring.cloud.config.fail-fast=true
spring.cloud.config.retry.max-attempts=6

# symmetric key used to decrypt {cipher} values served by the config server
encrypt.key=${P("spring_cloud_encrypt_key", g.alnum(32))}

# example of a value as it is stored in the config repo
inventory.partner.api-key={cipher}${N("spring_cloud_cipher", g.hex(128), "Spring Cloud Config {cipher} encrypted value")}
spring.cloud.vault.token=${N("vault_token", "${VAULT_TOKEN}", "env placeholder")}
`,
);

add(
  "inventory-api/src/main/resources/logback-spring.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<configuration scan="true" scanPeriod="60 seconds">
    <include resource="org/springframework/boot/logging/logback/defaults.xml"/>
    <springProperty scope="context" name="appName" source="spring.application.name"/>

    <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
        <encoder>
            <pattern>\${CONSOLE_LOG_PATTERN}</pattern>
        </encoder>
    </appender>

    <!-- audit trail table, see db/audit/ddl.sql -->
    <appender name="DB" class="ch.qos.logback.classic.db.DBAppender">
        <connectionSource class="ch.qos.logback.core.db.DriverManagerConnectionSource">
            <driverClass>com.mysql.cj.jdbc.Driver</driverClass>
            <url>jdbc:mysql://mysql-audit.internal.acme-corp.net:3306/logback</url>
            <user>logback_writer</user>
            <password>${P("mysql_password", g.pw())}</password>
        </connectionSource>
    </appender>

    <appender name="LOGGLY" class="ch.qos.logback.ext.loggly.LogglyAppender">
        <endpointUrl>https://logs-01.loggly.com/inputs/${P("loggly_customer_token", g.uuid(), "Loggly customer token (UUID format) in input URL")}/tag/inventory-api/</endpointUrl>
        <pattern>%d{"ISO8601", UTC}  %p %t %c{0}.%M - %m%n</pattern>
    </appender>

    <appender name="SLACK" class="com.github.maricn.logback.SlackAppender">
        <webhookUri>${P("slack_webhook_url", g.slackHook())}</webhookUri>
        <channel>#inventory-alerts</channel>
        <username>inventory-api</username>
        <layout class="ch.qos.logback.classic.PatternLayout">
            <pattern>%-4relative [%thread] %-5level %class - %msg%n</pattern>
        </layout>
    </appender>
    <appender name="ASYNC_SLACK" class="ch.qos.logback.classic.AsyncAppender">
        <appender-ref ref="SLACK"/>
        <filter class="ch.qos.logback.classic.filter.ThresholdFilter">
            <level>ERROR</level>
        </filter>
    </appender>

    <root level="INFO">
        <appender-ref ref="CONSOLE"/>
        <appender-ref ref="DB"/>
        <appender-ref ref="LOGGLY"/>
        <appender-ref ref="ASYNC_SLACK"/>
    </root>
</configuration>
`,
);

// ---------------------------------------------------------------- legacy-portal (Spring MVC 4 + Hibernate on Tomcat 8.5)
add(
  "legacy-portal/src/main/resources/log4j.properties",
  `# log4j 1.x configuration - legacy portal
log4j.rootLogger=INFO, stdout, DB, MAIL

log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=%d{ISO8601} %-5p [%t] %c{1} - %m%n

# errors are persisted to APP_LOG for the ops dashboard
log4j.appender.DB=org.apache.log4j.jdbc.JDBCAppender
log4j.appender.DB.URL=jdbc:oracle:thin:@ora-portal-01.acme-corp.net:1521/PORTAL
log4j.appender.DB.driver=oracle.jdbc.driver.OracleDriver
log4j.appender.DB.user=PORTAL_LOG
log4j.appender.DB.password=${P("oracle_password", g.pw())}
log4j.appender.DB.Threshold=WARN
log4j.appender.DB.sql=INSERT INTO APP_LOG (LOGGED_AT, LOGGER, LEVEL, MESSAGE) VALUES (SYSTIMESTAMP, '%c', '%p', '%m')
log4j.appender.DB.layout=org.apache.log4j.PatternLayout

log4j.appender.MAIL=org.apache.log4j.net.SMTPAppender
log4j.appender.MAIL.SMTPHost=mail.acme-corp.net
log4j.appender.MAIL.SMTPPort=587
log4j.appender.MAIL.SMTPUsername=portal-alerts
log4j.appender.MAIL.SMTPPassword=${P("smtp_password", g.hpw())}
log4j.appender.MAIL.From=portal-alerts@acme-corp.net
log4j.appender.MAIL.To=portal-oncall@acme-corp.net
log4j.appender.MAIL.Subject=[PORTAL] ERROR
log4j.appender.MAIL.Threshold=ERROR
log4j.appender.MAIL.BufferSize=10
log4j.appender.MAIL.layout=org.apache.log4j.PatternLayout

log4j.logger.org.hibernate=WARN
log4j.logger.org.springframework=INFO
`,
);

add(
  "legacy-portal/src/main/resources/log4j2.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN" monitorInterval="30">
  <Properties>
    <Property name="pattern">%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%t] %logger{36} - %msg%n</Property>
  </Properties>
  <Appenders>
    <Console name="Console" target="SYSTEM_OUT">
      <PatternLayout pattern="\${pattern}"/>
    </Console>
    <JDBC name="AuditDb" tableName="dbo.AUDIT_LOG">
      <DriverManager connectionString="jdbc:sqlserver://sql-audit.acme-corp.net:1433;databaseName=Audit;encrypt=true"
                     driverClassName="com.microsoft.sqlserver.jdbc.SQLServerDriver"
                     userName="audit_writer" password="${P("mssql_password", g.pw())}"/>
      <Column name="EVENT_DATE" isEventTimestamp="true"/>
      <Column name="LEVEL" pattern="%level"/>
      <Column name="LOGGER" pattern="%logger"/>
      <Column name="MESSAGE" pattern="%message"/>
      <Column name="THROWABLE" pattern="%ex{full}"/>
    </JDBC>
    <SMTP name="Mail" subject="Portal error" to="ops@acme-corp.net" from="portal@acme-corp.net"
          smtpHost="smtp.acme-corp.net" smtpPort="587" smtpUsername="portal"
          smtpPassword="${N("smtp_password", "${env:SMTP_PASSWORD}", "log4j2 env lookup")}" bufferSize="50"/>
  </Appenders>
  <Loggers>
    <Logger name="com.acme.portal.audit" level="info" additivity="false">
      <AppenderRef ref="AuditDb"/>
    </Logger>
    <Root level="info">
      <AppenderRef ref="Console"/>
      <AppenderRef ref="Mail" level="error"/>
    </Root>
  </Loggers>
</Configuration>
`,
);

add(
  "legacy-portal/src/main/resources/hibernate.cfg.xml",
  `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="hibernate.connection.driver_class">oracle.jdbc.OracleDriver</property>
        <property name="hibernate.connection.url">jdbc:oracle:thin:@ora-portal-01.acme-corp.net:1521/PORTAL</property>
        <property name="hibernate.connection.username">PORTAL_APP</property>
        <property name="hibernate.connection.password">${P("oracle_password", g.pw())}</property>
        <!-- DR failover (switch url + password when ora-portal-01 is down):
             jdbc:oracle:thin:@ora-dr-02.acme-corp.net:1521/PORTAL  PORTAL_APP / ${P("oracle_password", g.hpw(), "credential inside an XML comment")} -->
        <property name="hibernate.dialect">org.hibernate.dialect.Oracle10gDialect</property>
        <property name="hibernate.c3p0.min_size">5</property>
        <property name="hibernate.c3p0.max_size">40</property>
        <property name="hibernate.c3p0.timeout">300</property>
        <property name="hibernate.show_sql">false</property>
        <property name="hibernate.hbm2ddl.auto">validate</property>
        <mapping resource="com/acme/portal/model/Customer.hbm.xml"/>
        <mapping resource="com/acme/portal/model/Order.hbm.xml"/>
        <mapping class="com.acme.portal.model.AuditEvent"/>
    </session-factory>
</hibernate-configuration>
`,
);

add(
  "legacy-portal/src/main/resources/quartz.properties",
  `# Quartz scheduler - clustered JDBC job store
org.quartz.scheduler.instanceName = PortalScheduler
org.quartz.scheduler.instanceId = AUTO
org.quartz.threadPool.threadCount = 10
org.quartz.jobStore.class = org.quartz.impl.jdbcjobstore.JobStoreTX
org.quartz.jobStore.driverDelegateClass = org.quartz.impl.jdbcjobstore.oracle.OracleDelegate
org.quartz.jobStore.tablePrefix = QRTZ_
org.quartz.jobStore.isClustered = true
org.quartz.jobStore.dataSource = quartzDS
org.quartz.dataSource.quartzDS.driver = oracle.jdbc.OracleDriver
org.quartz.dataSource.quartzDS.URL = jdbc:oracle:thin:@ora-portal-01.acme-corp.net:1521/PORTAL
org.quartz.dataSource.quartzDS.user = PORTAL_QRTZ
org.quartz.dataSource.quartzDS.password = ${P("oracle_password", g.pw())}
org.quartz.dataSource.quartzDS.maxConnections = 5
`,
);

add(
  "legacy-portal/src/main/resources/portal-secure.properties",
  `# Encrypted with:
#   mvn jasypt:encrypt-value -Djasypt.encryptor.password=... -Djasypt.plugin.value=...
# The master password is provided via -Djasypt.encryptor.password at startup (see setenv.sh)
db.username=PORTAL_APP
db.password=${N("oracle_password", g.jasyptEnc(), "jasypt-encrypted value")}
ldap.bind.dn=CN=svc-portal,OU=Service,DC=acme-corp,DC=net
ldap.bind.password=${N("ldap_bind_password", g.jasyptEnc(), "jasypt-encrypted value")}
partner.api.secret=${N("generic_api_secret", g.jasyptEnc(), "jasypt-encrypted value")}
partner.api.url=https://api.partner-logistics.example/v2
`,
);

add(
  "legacy-portal/src/main/webapp/META-INF/context.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<Context antiResourceLocking="false" privileged="false">
    <WatchedResource>WEB-INF/web.xml</WatchedResource>

    <Resource name="jdbc/PortalDS" auth="Container" type="javax.sql.DataSource"
              maxTotal="50" maxIdle="10" maxWaitMillis="10000"
              username="PORTAL_APP" password="${P("oracle_password", g.pw())}"
              driverClassName="oracle.jdbc.OracleDriver"
              url="jdbc:oracle:thin:@ora-portal-01.acme-corp.net:1521/PORTAL"
              validationQuery="SELECT 1 FROM DUAL" testOnBorrow="true"/>

    <!-- value is substituted by the catalina.properties property source -->
    <Resource name="jdbc/ReportingDS" auth="Container" type="javax.sql.DataSource"
              username="RPT_READER" password="${N("oracle_password", "${reporting.db.password}", "Tomcat property placeholder")}"
              driverClassName="oracle.jdbc.OracleDriver"
              url="jdbc:oracle:thin:@ora-rpt.internal.acme-corp.net:1521/RPT"/>

    <Resource name="mail/Session" auth="Container" type="javax.mail.Session"
              mail.smtp.host="smtp.acme-corp.net" mail.smtp.port="587"
              mail.smtp.auth="true" mail.smtp.user="portal"
              password="${P("smtp_password", g.pw())}" mail.smtp.starttls.enable="true"/>
</Context>
`,
);

add(
  "legacy-portal/src/main/java/com/acme/portal/report/LegacyReportDao.java",
  `package com.acme.portal.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Direct JDBC access for the nightly reports. Predates the JNDI datasource;
 * scheduled for removal in PORTAL-1432.
 */
public class LegacyReportDao {

    private static final String URL = "jdbc:oracle:thin:@ora-rpt.internal.acme-corp.net:1521/RPT";
    private static final String USER = "RPT_READER";
    private static final String PASSWORD = "${P("oracle_password", g.pw())}";

    // HMAC secret shared with the partner portal for signed report download links
    private static final String LINK_SIGNING_SECRET = "${P("generic_api_secret", g.hex(64), "HMAC secret constant")}";

    private final String archivePassword = ${N("postgres_password", 'System.getenv("ARCHIVE_DB_PASSWORD")', "env lookup")};

    public Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    public Connection openArchive() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://pg-archive.internal:5432/archive", "archive_ro", archivePassword);
    }

    public Connection openLegacyMysql() throws SQLException {
        return DriverManager.getConnection(
            "jdbc:mysql://mysql-old.internal:3306/portal?user=portal&password=${P("mysql_password", g.upw())}&useSSL=false");
    }

    public String signLink(String reportId, long expires) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(LINK_SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] sig = mac.doFinal((reportId + ":" + expires).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
    }
}
`,
);

add(
  "legacy-portal/src/main/resources/db/migration/V3__seed_admin.sql",
  `-- V3: initial users and integration settings
INSERT INTO portal_user (id, username, password_hash, role, created_at) VALUES
  (1, 'admin', '${N("password_hash", g.bcrypt(10), "bcrypt hash")}', 'ADMIN', CURRENT_TIMESTAMP),
  (2, 'ops',   '${N("password_hash", g.bcrypt(12), "bcrypt hash")}', 'OPS',   CURRENT_TIMESTAMP);

-- OAuth client for the mobile app (spring-security-oauth2 JdbcClientDetailsService)
INSERT INTO oauth_client_details (client_id, client_secret, scope, authorized_grant_types, access_token_validity)
VALUES ('mobile-app', '${N("oauth_client_secret", `{bcrypt}${g.bcrypt(10)}`, "bcrypt-hashed client secret")}', 'read,write', 'password,refresh_token', 3600);

-- settings read by IntegrationConfigService at startup
INSERT INTO integration_config (name, value) VALUES ('smtp.host', 'smtp.acme-corp.net');
INSERT INTO integration_config (name, value) VALUES ('smtp.user', 'portal');
INSERT INTO integration_config (name, value) VALUES ('smtp.password', '${P("smtp_password", g.pw())}');
`,
);

add(
  "legacy-portal/pom.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
    <modelVersion>4.0.0</modelVersion>
    <groupId>com.acme</groupId>
    <artifactId>legacy-portal</artifactId>
    <version>4.12.3</version>
    <packaging>war</packaging>

    <properties>
        <java.version>1.8</java.version>
        <spring.version>4.3.30.RELEASE</spring.version>
        <hibernate.version>5.2.18.Final</hibernate.version>
        <jasypt.version>3.0.5</jasypt.version>
        <!-- used by the flyway-maven-plugin in CI -->
        <flyway.user>PORTAL_OWNER</flyway.user>
        <flyway.password>${N("oracle_password", "${env.PORTAL_OWNER_PASSWORD}", "Maven env placeholder")}</flyway.password>
    </properties>

    <build>
        <plugins>
            <plugin>
                <groupId>com.googlecode.maven-download-plugin</groupId>
                <artifactId>download-maven-plugin</artifactId>
                <version>1.6.8</version>
                <executions>
                    <execution>
                        <id>fetch-ojdbc</id>
                        <phase>generate-resources</phase>
                        <goals><goal>wget</goal></goals>
                        <configuration>
                            <url>https://repo.acme-corp.net/thirdparty/ojdbc8-19.3.0.0.jar</url>
                            <outputDirectory>\${project.build.directory}/lib</outputDirectory>
                            <sha256>${N("checksum", g.sha256(), "SHA-256 of a downloaded jar")}</sha256>
                        </configuration>
                    </execution>
                </executions>
            </plugin>
            <plugin>
                <groupId>com.github.ulisesbocchio</groupId>
                <artifactId>jasypt-maven-plugin</artifactId>
                <version>\${jasypt.version}</version>
            </plugin>
        </plugins>
    </build>
</project>
`,
);

add(
  ".mvn/wrapper/maven-wrapper.properties",
  `wrapperVersion=3.3.2
distributionType=only-script
distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.9/apache-maven-3.9.9-bin.zip
distributionSha256Sum=${N("checksum", g.sha256(), "distribution checksum")}
`,
);

// ---------------------------------------------------------------- Tomcat
add(
  "deploy/tomcat/conf/server.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<!-- Tomcat 8.5 - legacy portal production node -->
<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />
  <Listener className="org.apache.catalina.core.AprLifecycleListener" SSLEngine="on" />
  <Listener className="org.apache.catalina.core.JreMemoryLeakPreventionListener" />
  <Listener className="org.apache.catalina.mbeans.GlobalResourcesLifecycleListener" />

  <GlobalNamingResources>
    <Resource name="UserDatabase" auth="Container"
              type="org.apache.catalina.UserDatabase"
              description="User database that can be updated and saved"
              factory="org.apache.catalina.users.MemoryUserDatabaseFactory"
              pathname="conf/tomcat-users.xml" />
    <Resource name="jdbc/SharedAuthDB" auth="Container" type="javax.sql.DataSource"
              driverClassName="org.postgresql.Driver"
              url="jdbc:postgresql://pg-auth.internal.acme-corp.net:5432/auth"
              username="tomcat_shared" password="${P("postgres_password", g.pw())}" maxTotal="20" maxIdle="5"/>
  </GlobalNamingResources>

  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443" />

    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               maxThreads="150" SSLEnabled="true">
      <SSLHostConfig truststoreFile="conf/truststore.jks" truststorePassword="${N("truststore_password", "changeit", "JDK cacerts default password")}">
        <Certificate certificateKeystoreFile="conf/portal.jks"
                     certificateKeystorePassword="${P("keystore_password", g.pw())}" type="RSA" />
      </SSLHostConfig>
    </Connector>

    <!-- AJP for the Apache httpd front end (CVE-2020-1938: secret required) -->
    <Connector protocol="AJP/1.3" address="127.0.0.1" port="8009" redirectPort="8443"
               secretRequired="true" secret="${P("ajp_secret", g.alnum(32))}" />

    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.LockOutRealm">
        <Realm className="org.apache.catalina.realm.JDBCRealm"
               driverName="org.postgresql.Driver"
               connectionURL="jdbc:postgresql://pg-auth.internal.acme-corp.net:5432/auth"
               connectionName="tomcat_realm" connectionPassword="${P("postgres_password", g.hpw())}"
               userTable="users" userNameCol="user_name" userCredCol="user_pass"
               userRoleTable="user_roles" roleNameCol="role_name" />
      </Realm>
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false">
        <Valve className="org.apache.catalina.valves.AccessLogValve" directory="logs"
               prefix="localhost_access_log" suffix=".txt"
               pattern="%h %l %u %t &quot;%r&quot; %s %b" />
      </Host>
    </Engine>
  </Service>
</Server>
`,
  { crlf: true },
);

add(
  "deploy/tomcat/conf/tomcat-users.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
<!--
  By default, no user is included in the "manager-gui" role required
  to operate the "/manager/html" web application.  If you wish to use this app,
  you must define such a user - the username and password are arbitrary.
-->
<!--
  <user username="admin" password="${N("tomcat_user_password", "<must-be-changed>", "Tomcat sample placeholder")}" roles="manager-gui"/>
  <user username="robot" password="${N("tomcat_user_password", "<must-be-changed>", "Tomcat sample placeholder")}" roles="manager-script"/>
-->
<!--
  The sample user and role entries below are intended for use with the
  examples web application.
-->
<!--
  <role rolename="tomcat"/>
  <role rolename="role1"/>
  <user username="tomcat" password="${N("tomcat_user_password", "s3cret", "Tomcat sample password from docs")}" roles="manager-gui"/>
  <user username="both" password="${N("tomcat_user_password", "<must-be-changed>", "Tomcat sample placeholder")}" roles="tomcat,role1"/>
-->
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <role rolename="admin-gui"/>
  <user username="deployer" password="${P("tomcat_user_password", g.pw())}" roles="manager-script"/>
  <user username="ops-admin" password="${P("tomcat_user_password", g.hpw())}" roles="manager-gui,admin-gui"/>
  <!-- digested with: bin/digest.sh -a SHA-256 -i 1000 -s 16 <password> -->
  <user username="monitor" password="${N("password_hash", `${g.hex(32)}$1000$${g.hex(64)}`, "Tomcat digested credential salt$iterations$hash")}" roles="manager-jmx"/>
</tomcat-users>
`,
);

add(
  "deploy/tomcat/bin/setenv.sh",
  `#!/bin/sh
# Tomcat environment for the legacy portal (sourced by catalina.sh)
export JAVA_HOME=/usr/lib/jvm/java-8-openjdk-amd64
CATALINA_PID="$CATALINA_BASE/temp/tomcat.pid"

CATALINA_OPTS="$CATALINA_OPTS -Xms1g -Xmx3g -XX:+UseG1GC -XX:+HeapDumpOnOutOfMemoryError"
CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.keyStore=/opt/tomcat/conf/portal-client.jks -Djavax.net.ssl.keyStorePassword=${P("keystore_password", g.upw())}"
CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.trustStore=/opt/tomcat/conf/truststore.jks -Djavax.net.ssl.trustStorePassword=${N("truststore_password", "changeit", "JDK cacerts default password")}"
# master password for portal-secure.properties (ENC values)
CATALINA_OPTS="$CATALINA_OPTS -Djasypt.encryptor.password=${P("jasypt_encryptor_password", g.upw(20))}"
CATALINA_OPTS="$CATALINA_OPTS -Dspring.profiles.active=prod"
export CATALINA_OPTS
`,
);

// ---------------------------------------------------------------- JBoss / WildFly
add(
  "deploy/wildfly/standalone.xml",
  `<?xml version="1.0" ?>
<server xmlns="urn:jboss:domain:20.0">
    <extensions>
        <extension module="org.jboss.as.connector"/>
        <extension module="org.jboss.as.mail"/>
        <extension module="org.jboss.as.security"/>
        <extension module="org.wildfly.extension.elytron"/>
    </extensions>
    <vault>
        <vault-option name="KEYSTORE_URL" value="\${jboss.server.config.dir}/vault/vault.keystore"/>
        <vault-option name="KEYSTORE_PASSWORD" value="${N("keystore_password", g.mask(), "PicketBox vault masked password")}"/>
        <vault-option name="KEYSTORE_ALIAS" value="vault"/>
        <vault-option name="SALT" value="${String(10000000 + int(89999999))}"/>
        <vault-option name="ITERATION_COUNT" value="50"/>
        <vault-option name="ENC_FILE_DIR" value="\${jboss.server.config.dir}/vault/"/>
    </vault>
    <profile>
        <subsystem xmlns="urn:wildfly:elytron:18.0" final-providers="combined-providers" disallowed-providers="OracleUcrypto">
            <tls>
                <key-stores>
                    <key-store name="applicationKS">
                        <credential-reference clear-text="${P("keystore_password", g.pw())}"/>
                        <implementation type="JKS"/>
                        <file path="application.keystore" relative-to="jboss.server.config.dir"/>
                    </key-store>
                </key-stores>
            </tls>
            <credential-stores>
                <credential-store name="portalCS" relative-to="jboss.server.data.dir" location="portal.cs" create="true">
                    <credential-reference clear-text="${N("keystore_password", `${g.mask()};${String(10000000 + int(89999999))};${20 + int(80)}`, "Elytron masked password")}"/>
                </credential-store>
            </credential-stores>
        </subsystem>
        <subsystem xmlns="urn:jboss:domain:datasources:7.0">
            <datasources>
                <datasource jndi-name="java:jboss/datasources/ExampleDS" pool-name="ExampleDS" enabled="true" use-java-context="true" statistics-enabled="\${wildfly.datasources.statistics-enabled:false}">
                    <connection-url>jdbc:h2:mem:test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE</connection-url>
                    <driver>h2</driver>
                    <security>
                        <user-name>sa</user-name>
                        <password>${N("h2_password", "sa", "WildFly ExampleDS default")}</password>
                    </security>
                </datasource>
                <datasource jndi-name="java:jboss/datasources/OrdersDS" pool-name="OrdersDS" enabled="true">
                    <connection-url>jdbc:postgresql://pg-orders.internal.acme-corp.net:5432/orders</connection-url>
                    <driver>postgresql</driver>
                    <pool>
                        <min-pool-size>5</min-pool-size>
                        <max-pool-size>50</max-pool-size>
                    </pool>
                    <security>
                        <user-name>orders_app</user-name>
                        <password>${P("postgres_password", g.pw())}</password>
                    </security>
                </datasource>
                <xa-datasource jndi-name="java:jboss/datasources/LedgerXADS" pool-name="LedgerXADS">
                    <xa-datasource-property name="URL">jdbc:oracle:thin:@ora-ledger.internal.acme-corp.net:1521/LEDGER</xa-datasource-property>
                    <driver>oracle</driver>
                    <security>
                        <user-name>LEDGER_XA</user-name>
                        <password>${N("oracle_password", "${VAULT::ledgerDS::password::1}", "vault reference")}</password>
                    </security>
                </xa-datasource>
                <datasource jndi-name="java:jboss/datasources/ReportingDS" pool-name="ReportingDS">
                    <connection-url>jdbc:mysql://mysql-rpt.internal.acme-corp.net:3306/reporting</connection-url>
                    <driver>mysql</driver>
                    <security>
                        <user-name>\${env.RPT_USER}</user-name>
                        <password>${N("mysql_password", "${env.RPT_PASSWORD}", "env expression")}</password>
                    </security>
                </datasource>
                <drivers>
                    <driver name="h2" module="com.h2database.h2"><xa-datasource-class>org.h2.jdbcx.JdbcDataSource</xa-datasource-class></driver>
                    <driver name="postgresql" module="org.postgresql"/>
                    <driver name="oracle" module="com.oracle.ojdbc8"/>
                    <driver name="mysql" module="com.mysql"/>
                </drivers>
            </datasources>
        </subsystem>
        <subsystem xmlns="urn:jboss:domain:mail:4.0">
            <mail-session name="default" jndi-name="java:jboss/mail/Default">
                <smtp-server outbound-socket-binding-ref="mail-smtp" tls="true" username="jboss-mail" password="${P("smtp_password", g.pw())}"/>
            </mail-session>
        </subsystem>
        <subsystem xmlns="urn:jboss:domain:security:2.0">
            <security-domains>
                <security-domain name="portal-ldap" cache-type="default">
                    <authentication>
                        <login-module code="LdapExtended" flag="required">
                            <module-option name="java.naming.provider.url" value="ldap://ad.acme-corp.net:389"/>
                            <module-option name="bindDN" value="CN=svc-jboss,OU=Service,DC=acme-corp,DC=net"/>
                            <module-option name="bindCredential" value="${P("ldap_bind_password", g.hpw())}"/>
                            <module-option name="baseCtxDN" value="OU=Users,DC=acme-corp,DC=net"/>
                            <module-option name="baseFilter" value="(sAMAccountName={0})"/>
                        </login-module>
                    </authentication>
                </security-domain>
                <security-domain name="orders-encrypted-ds" cache-type="default">
                    <authentication>
                        <login-module code="org.picketbox.datasource.security.SecureIdentityLoginModule" flag="required">
                            <module-option name="username" value="orders_app"/>
                            <module-option name="password" value="${U("jboss_secure_identity", `-${g.hex(32)}`, "SecureIdentityLoginModule output: reversible with a well-known static key")}"/>
                        </login-module>
                    </authentication>
                </security-domain>
            </security-domains>
        </subsystem>
    </profile>
</server>
`,
);

add(
  "deploy/wildfly/configuration/mgmt-users.properties",
  `#
# Properties declaration of users for the realm 'ManagementRealm' which is the default realm
# for new installations. Further authentication mechanism can be configured
# as part of the <management /> in standalone.xml.
#
# Users can be added to this properties file at any time, updates after the server has started
# will be automatically detected.
#
# By default the properties realm expects the entries to be in the format: -
# username=HEX( MD5( username ':' realm ':' password))
#
# A utility script is provided which can be executed from the bin folder to add the users: -
# - Linux
#  bin/add-user.sh
#
ops-admin=${N("password_hash", g.hex(32), "HEX(MD5(user:realm:password))")}
ci-deployer=${N("password_hash", g.hex(32), "HEX(MD5(user:realm:password))")}
`,
);

add(
  "deploy/wildfly/cli/configure-invoice.cli",
  `# jboss-cli.sh --connect --file=configure-invoice.cli
batch
module add --name=org.postgresql --resources=/tmp/postgresql-42.7.3.jar --dependencies=javax.api,javax.transaction.api
/subsystem=datasources/jdbc-driver=postgresql:add(driver-name=postgresql,driver-module-name=org.postgresql)
data-source add --name=InvoiceDS --jndi-name=java:jboss/datasources/InvoiceDS --driver-name=postgresql --connection-url=jdbc:postgresql://pg-invoice.internal.acme-corp.net:5432/invoice --user-name=invoice_app --password=${P("postgres_password", g.upw())} --min-pool-size=5 --max-pool-size=30
/subsystem=elytron/credential-store=portalCS:add-alias(alias=ldap-bind, secret-value="${P("ldap_bind_password", g.upw())}")
run-batch
reload
`,
);

// ---------------------------------------------------------------- WebLogic
add(
  "deploy/weblogic/base_domain/servers/AdminServer/security/boot.properties",
  `# Generated by Node Manager on Tue Mar 12 09:14:55 CET 2024
username=${N("weblogic_admin_username", g.wlsAes(), "WebLogic {AES} encrypted boot identity")}
password=${N("weblogic_admin_password", g.wlsAes(), "WebLogic {AES} encrypted boot identity")}
`,
);

add(
  "ops/weblogic/stage/boot.properties",
  `# boot identity for the staging AdminServer; WebLogic encrypts this file on first start
# copy to $DOMAIN_HOME/servers/AdminServer/security/
username=weblogic
password=${P("weblogic_admin_password", g.pw())}
`,
);

add(
  "deploy/weblogic/base_domain/config/config.xml",
  `<?xml version='1.0' encoding='UTF-8'?>
<domain xmlns="http://xmlns.oracle.com/weblogic/domain" xmlns:sec="http://xmlns.oracle.com/weblogic/security" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <name>base_domain</name>
  <domain-version>12.2.1.4.0</domain-version>
  <security-configuration>
    <name>base_domain</name>
    <credential-encrypted>${N("weblogic_domain_credential", g.wlsAes(), "WebLogic {AES} encrypted")}</credential-encrypted>
    <node-manager-username>nodemgr</node-manager-username>
    <node-manager-password-encrypted>${N("weblogic_nodemanager_password", g.wls3des(), "WebLogic {3DES} encrypted (pre-11g)")}</node-manager-password-encrypted>
  </security-configuration>
  <server>
    <name>AdminServer</name>
    <listen-address>wls-admin.internal.acme-corp.net</listen-address>
  </server>
  <embedded-ldap>
    <name>base_domain</name>
    <credential-encrypted>${N("weblogic_ldap_credential", g.wlsAes(), "WebLogic {AES} encrypted")}</credential-encrypted>
  </embedded-ldap>
  <jdbc-system-resource>
    <name>PortalDS</name>
    <target>portal_cluster</target>
    <descriptor-file-name>jdbc/PortalDS-jdbc.xml</descriptor-file-name>
  </jdbc-system-resource>
  <admin-server-name>AdminServer</admin-server-name>
</domain>
`,
);

add(
  "deploy/weblogic/base_domain/config/jdbc/PortalDS-jdbc.xml",
  `<?xml version='1.0' encoding='UTF-8'?>
<jdbc-data-source xmlns="http://xmlns.oracle.com/weblogic/jdbc-data-source" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <name>PortalDS</name>
  <datasource-type>GENERIC</datasource-type>
  <jdbc-driver-params>
    <url>jdbc:oracle:thin:@//ora-portal-01.acme-corp.net:1521/PORTAL</url>
    <driver-name>oracle.jdbc.xa.client.OracleXADataSource</driver-name>
    <properties>
      <property>
        <name>user</name>
        <value>PORTAL_APP</value>
      </property>
    </properties>
    <password-encrypted>${N("oracle_password", g.wlsAes(), "WebLogic {AES} encrypted")}</password-encrypted>
  </jdbc-driver-params>
  <jdbc-connection-pool-params>
    <initial-capacity>5</initial-capacity>
    <max-capacity>40</max-capacity>
    <test-table-name>SQL ISVALID</test-table-name>
  </jdbc-connection-pool-params>
  <jdbc-data-source-params>
    <jndi-name>jdbc/PortalDS</jndi-name>
    <global-transactions-protocol>TwoPhaseCommit</global-transactions-protocol>
  </jdbc-data-source-params>
</jdbc-data-source>
`,
);

add(
  "ops/weblogic/wlst/create_datasource.py",
  `# WLST online script - run with $WL_HOME/common/bin/wlst.sh create_datasource.py [db-password]
import sys

adminUrl = 't3://wls-admin.internal.acme-corp.net:7001'
adminUser = 'weblogic'
adminPassword = '${P("weblogic_admin_password", g.pw())}'

dsName = 'ReportingDS'
dsJndi = 'jdbc/ReportingDS'
dsUrl = 'jdbc:oracle:thin:@//ora-rpt.internal.acme-corp.net:1521/RPT'
dsUser = 'RPT_READER'
dsPassword = sys.argv[1] if len(sys.argv) > 1 else '${P("oracle_password", g.pw())}'

connect(adminUser, adminPassword, adminUrl)
edit()
startEdit()
cd('/')
cmo.createJDBCSystemResource(dsName)
cd('/JDBCSystemResources/' + dsName + '/JDBCResource/' + dsName)
cmo.setName(dsName)
cd('/JDBCSystemResources/' + dsName + '/JDBCResource/' + dsName + '/JDBCDataSourceParams/' + dsName)
set('JNDINames', jarray.array([String(dsJndi)], String))
cd('/JDBCSystemResources/' + dsName + '/JDBCResource/' + dsName + '/JDBCDriverParams/' + dsName)
cmo.setUrl(dsUrl)
cmo.setDriverName('oracle.jdbc.OracleDriver')
set('PasswordEncrypted', encrypt(dsPassword))
cd('/JDBCSystemResources/' + dsName + '/JDBCResource/' + dsName + '/JDBCDriverParams/' + dsName + '/Properties/' + dsName)
cmo.createProperty('user')
cd('Properties/user')
cmo.setValue(dsUser)
cd('/JDBCSystemResources/' + dsName)
set('Targets', jarray.array([ObjectName('com.bea:Name=portal_cluster,Type=Cluster')], ObjectName))
save()
activate()
disconnect()
`,
);

// ---------------------------------------------------------------- Maven / Jenkins / CI
add(
  "ci/maven/settings.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <!-- CI settings; used as: mvn -s ci/maven/settings.xml -->
  <servers>
    <server>
      <id>acme-nexus-releases</id>
      <username>ci-deployer</username>
      <password>${P("maven_repo_password", g.pw())}</password>
    </server>
    <server>
      <id>acme-nexus-snapshots</id>
      <username>ci-deployer</username>
      <password>${N("maven_repo_password", g.mavenEnc(), "Maven encrypted password (settings-security.xml)")}</password>
    </server>
    <server>
      <id>github</id>
      <username>acme-ci-bot</username>
      <password>${P("github_pat", g.gh("ghp_"), "GitHub Packages token")}</password>
    </server>
    <server>
      <id>central</id>
      <username>\${env.OSSRH_USERNAME}</username>
      <password>${N("maven_repo_password", "${env.OSSRH_TOKEN}", "env placeholder")}</password>
    </server>
    <server>
      <id>deploy-box</id>
      <username>deploy</username>
      <privateKey>\${user.home}/.ssh/id_ed25519</privateKey>
      <passphrase>${P("ssh_key_passphrase", g.hpw())}</passphrase>
      <filePermissions>664</filePermissions>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>acme-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.acme-corp.net/repository/maven-public/</url>
    </mirror>
  </mirrors>
  <profiles>
    <profile>
      <id>sonar</id>
      <properties>
        <sonar.host.url>https://sonar.acme-corp.net</sonar.host.url>
        <sonar.token>${P("sonarqube_token", `squ_${g.hex(40)}`)}</sonar.token>
      </properties>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>sonar</activeProfile>
  </activeProfiles>
</settings>
`,
);

add(
  "ci/jenkins/credentials.xml",
  `<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus-deployer</id>
          <description>Nexus deploy user</description>
          <username>ci-deployer</username>
          <password>${N("jenkins_credential", g.jenkinsSecret(16), "Jenkins-encrypted secret (hudson.util.Secret)")}</password>
          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>sonar-token</id>
          <description>SonarQube analysis token</description>
          <secret>${N("jenkins_credential", g.jenkinsSecret(48), "Jenkins-encrypted secret (hudson.util.Secret)")}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>github-token</id>
          <description>acme-ci-bot PAT</description>
          <secret>${N("jenkins_credential", g.jenkinsSecret(48), "Jenkins-encrypted secret (hudson.util.Secret)")}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
`,
);

add(
  "ci/jenkins/casc/jenkins.yaml",
  `# Jenkins Configuration as Code - legacy build controller
jenkins:
  systemMessage: "Legacy portal CI - managed by JCasC, manual changes are overwritten"
  numExecutors: 0
  securityRealm:
    ldap:
      configurations:
        - server: "ldaps://ad.acme-corp.net:636"
          rootDN: "dc=acme-corp,dc=net"
          userSearchBase: "OU=Users"
          managerDN: "CN=svc-jenkins,OU=Service,DC=acme-corp,DC=net"
          managerPasswordSecret: "${P("ldap_bind_password", g.pw())}"
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: "nexus-deployer"
              username: "ci-deployer"
              password: "${N("maven_repo_password", "${NEXUS_PASSWORD}", "JCasC secret variable")}"
          - string:
              scope: GLOBAL
              id: "github-token"
              secret: "${P("github_pat", g.gh("ghp_"))}"
          - string:
              scope: GLOBAL
              id: "slack-token"
              secret: "${N("slack_token", "${readFile:/run/secrets/slack-token}", "JCasC file reference")}"
          - basicSSHUserPrivateKey:
              scope: GLOBAL
              id: "deploy-ssh"
              username: "deploy"
              privateKeySource:
                directEntry:
                  privateKey: |
                    ${P("private_key", sshEd25519("deploy@jenkins-legacy", "                    "), "OpenSSH ed25519 private key in a YAML block scalar")}
unclassified:
  location:
    url: https://jenkins-legacy.internal.acme-corp.net/
`,
);

add(
  "ci/Jenkinsfile",
  `// Legacy portal pipeline
pipeline {
    agent { label 'maven-jdk8' }
    options { timestamps(); buildDiscarder(logRotator(numToKeepStr: '20')) }
    environment {
        NEXUS_URL   = 'https://nexus.acme-corp.net'
        SONAR_TOKEN = credentials('sonar-token')
    }
    stages {
        stage('Build') {
            steps {
                sh 'mvn -B -s ci/maven/settings.xml clean verify'
            }
        }
        stage('Deploy to staging Tomcat') {
            when { branch 'develop' }
            steps {
                // TODO(PORTAL-1501): switch back to withCredentials once the credentials store is fixed
                sh "curl -sf -u deployer:${P("tomcat_user_password", g.upw())} -T legacy-portal/target/portal.war 'http://tomcat-stg.internal.acme-corp.net:8080/manager/text/deploy?path=/portal&update=true'"
            }
        }
        stage('Smoke tests') {
            when { branch 'develop' }
            steps {
                sh 'curl -sf -X POST -u ci-bot:${P("jenkins_api_token", `11${g.hex(32)}`)} https://jenkins-legacy.internal.acme-corp.net/job/portal-smoke/build'
            }
        }
    }
    post {
        failure { slackSend channel: '#portal-ci', message: "Build failed: \${env.BUILD_URL}" }
    }
}
`,
);

add(
  ".github/workflows/build.yml",
  `name: build
on:
  push:
    branches: [ main, develop ]
  pull_request:

jobs:
  maven:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${N("commit_sha", g.sha1(), "pinned action commit SHA")}
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: '8'
          cache: maven
      - name: Build and deploy snapshot
        run: mvn -B -s ci/maven/settings.xml deploy
        env:
          NEXUS_PASSWORD: ${N("maven_repo_password", "${{ secrets.NEXUS_PASSWORD }}", "GitHub Actions secret reference")}
          SONAR_TOKEN: \${{ secrets.SONAR_TOKEN }}
`,
);

// ---------------------------------------------------------------- .NET Framework: LegacyShop.Web (Windows line endings)
add(
  "LegacyShop.Web/Web.config",
  `<?xml version="1.0" encoding="utf-8"?>
<!--
  For more information on how to configure your ASP.NET application, please visit
  https://go.microsoft.com/fwlink/?LinkId=301880
  -->
<configuration>
  <configSections>
    <section name="entityFramework" type="System.Data.Entity.Internal.ConfigFile.EntityFrameworkSection, EntityFramework, Version=6.0.0.0, Culture=neutral, PublicKeyToken=${N("public_key_token", "b77a5c561934e089", ".NET strong-name public key token (public)")}" requirePermission="false" />
  </configSections>
  <connectionStrings>
    <add name="ShopDb" connectionString="Data Source=SQL01\\SHOP;Initial Catalog=LegacyShop;User ID=shop_web;Password=${P("mssql_password", g.pw())};MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
    <add name="ShopReadOnly" connectionString="Server=sql02.acme-corp.net;Database=LegacyShop;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
    <add name="Elmah" connectionString="Data Source=SQL01\\SHOP;Initial Catalog=Elmah;uid=elmah;pwd=${P("mssql_password", g.hpw())}" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="PayPal.Mode" value="live" />
    <add key="PayPal.ApiUsername" value="payments_api1.acme-corp.net" />
    <add key="PayPal.ApiPassword" value="${P("paypal_api_password", rs(UPPER + DIGITS, 16))}" />
    <add key="PayPal.ApiSignature" value="${P("paypal_api_signature", `A${rs(`${ALNUM}.-`, 55)}`, "PayPal classic NVP signature; exact format from memory")}" />
    <add key="Smtp.Host" value="smtp.office365.com" />
    <add key="Smtp.User" value="shop@acme-corp.net" />
    <add key="Smtp.Password" value="${P("smtp_password", g.pw())}" />
    <add key="Recaptcha.SiteKey" value="${U("recaptcha_site_key", `6L${rs(B64URL, 38)}`, "reCAPTCHA site key is embedded in pages")}" />
    <add key="Recaptcha.SecretKey" value="${P("recaptcha_secret_key", `6L${rs(B64URL, 38)}`)}" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.7.2" />
    <httpRuntime targetFramework="4.7.2" enableVersionHeader="false" />
    <!-- shared across the web farm (WEB01..WEB04) so forms tickets survive failover -->
    <machineKey validationKey="${P("machine_key_validation", g.HEX(128))}" decryptionKey="${P("machine_key_decryption", g.HEX(64))}" validation="HMACSHA256" decryption="AES" />
    <authentication mode="Forms">
      <forms loginUrl="~/Account/Login" timeout="2880" requireSSL="true" />
    </authentication>
    <customErrors mode="RemoteOnly" defaultRedirect="~/Error" />
  </system.web>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <assemblyIdentity name="System.Web.Helpers" publicKeyToken="${N("public_key_token", "31bf3856ad364e35", ".NET strong-name public key token (public)")}" />
        <bindingRedirect oldVersion="1.0.0.0-3.0.0.0" newVersion="3.0.0.0" />
      </dependentAssembly>
      <dependentAssembly>
        <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="${N("public_key_token", "30ad4fe6b2a6aeed", ".NET strong-name public key token (public)")}" culture="neutral" />
        <bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" />
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
  <entityFramework>
    <providers>
      <provider invariantName="System.Data.SqlClient" type="System.Data.Entity.SqlServer.SqlProviderServices, EntityFramework.SqlServer" />
    </providers>
  </entityFramework>
</configuration>
`,
  { crlf: true },
);

add(
  "LegacyShop.Web/Web.Release.config",
  `<?xml version="1.0" encoding="utf-8"?>
<!-- Values in #{...}# are replaced by the release pipeline (Replace Tokens task) -->
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="ShopDb"
         connectionString="Data Source=#{SqlServer}#;Initial Catalog=LegacyShop;User ID=#{SqlUser}#;Password=${N("mssql_password", "#{SqlPassword}#", "release token placeholder")};MultipleActiveResultSets=True"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
  </connectionStrings>
  <appSettings>
    <add key="Smtp.Password" value="${N("smtp_password", "__SmtpPassword__", "Octopus-style token placeholder")}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
    <machineKey validationKey="${N("machine_key_validation", "AutoGenerate,IsolateApps", "ASP.NET default, not a key")}" decryptionKey="${N("machine_key_decryption", "AutoGenerate,IsolateApps", "ASP.NET default, not a key")}" xdt:Transform="Replace" />
  </system.web>
</configuration>
`,
  { crlf: true },
);

add(
  "LegacyShop.Web/Web.Debug.config",
  `<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <!-- local SQL Server in Docker, see docs/dev-setup.md -->
    <add name="ShopDb"
         connectionString="Server=localhost,1433;Database=LegacyShop;User ID=sa;Password=${N("mssql_password", "yourStrong(!)Password", "SQL Server container docs example")};TrustServerCertificate=True"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
    <add name="Elmah"
         connectionString="Server=localhost,1433;Database=Elmah;uid=sa;pwd=${N("mssql_password", "********", "masked")}"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
  </connectionStrings>
</configuration>
`,
  { crlf: true },
);

add(
  "Reports.Console/App.config",
  `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <connectionStrings>
    <add name="ReportsEntities" connectionString="metadata=res://*/Reports.csdl|res://*/Reports.ssdl|res://*/Reports.msl;provider=System.Data.SqlClient;provider connection string=&quot;data source=SQL01\\SHOP;initial catalog=Reports;user id=reports;password=${P("mssql_password", g.pw())};MultipleActiveResultSets=True;App=EntityFramework&quot;" providerName="System.Data.EntityClient" />
  </connectionStrings>
  <appSettings>
    <add key="ReportMailer.From" value="reports@acme-corp.net" />
    <add key="ReportMailer.User" value="reports@acme-corp.net" />
    <add key="ReportMailer.Password" value="${P("smtp_password", g.hpw())}" />
    <add key="OutputFolder" value="\\\\fs01\\reports\\daily" />
  </appSettings>
</configuration>
`,
  { crlf: true },
);

// ---------------------------------------------------------------- ASP.NET Core: Admin.Api
add(
  "Admin.Api/appsettings.json",
  `{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "AdminDb": "Server=tcp:acme-admin-sql.database.windows.net,1433;Initial Catalog=admin;Persist Security Info=False;User ID=admin_api;Password=${P("mssql_password", g.pw())};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;",
    "Hangfire": "Host=pg-jobs.internal.acme-corp.net;Port=5432;Database=hangfire;Username=hangfire;Password=${P("postgres_password", g.pw())}"
  },
  "Jwt": {
    "Issuer": "https://admin.acme-corp.net",
    "Audience": "admin-api",
    "Key": "${P("jwt_signing_key", g.b64(64))}",
    "ExpiresMinutes": 60
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "Domain": "acmecorp.onmicrosoft.com",
    "TenantId": "${N("azure_tenant_id", g.uuid(), "tenant id is a UUID identifier")}",
    "ClientId": "${U("azure_client_id", g.uuid(), "application (client) id")}",
    "ClientSecret": "${P("azure_client_secret", g.azureSecret())}",
    "CallbackPath": "/signin-oidc"
  },
  "SendGrid": {
    "ApiKey": "${P("sendgrid_api_key", g.sendgrid())}",
    "FromAddress": "admin-noreply@acme-corp.net"
  },
  "Serilog": {
    "MinimumLevel": "Information",
    "WriteTo": [
      { "Name": "Console" },
      {
        "Name": "Seq",
        "Args": {
          "serverUrl": "https://seq.internal.acme-corp.net",
          "apiKey": "${P("seq_api_key", g.alnum(20), "Seq API key, 20 alnum (from memory)")}"
        }
      }
    ]
  }
}
`,
);

add(
  "Admin.Api/appsettings.Production.json",
  `{
  "ConnectionStrings": {
    "Storage": "DefaultEndpointsProtocol=https;AccountName=acmeadminprod;AccountKey=${P("azure_storage_account_key", g.b64(64))};EndpointSuffix=core.windows.net",
    "Redis": "acme-admin.redis.cache.windows.net:6380,password=${P("azure_redis_key", g.b64(32))},ssl=True,abortConnect=False",
    "ServiceBus": "Endpoint=sb://acme-admin.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${P("azure_sas_key", g.b64(32))}"
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=${U("appinsights_instrumentation_key", g.uuid(), "ingestion-only identifier")};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"
  },
  "KeyVault": {
    "VaultUri": "https://acme-admin-kv.vault.azure.net/",
    "ClientSecret": "${N("azure_client_secret", "@Microsoft.KeyVault(SecretUri=https://acme-admin-kv.vault.azure.net/secrets/AdminClientSecret/)", "Key Vault reference")}"
  }
}
`,
);

add(
  "Admin.Api/appsettings.Development.json",
  `{
  "Logging": {
    "LogLevel": {
      "Default": "Debug"
    }
  },
  "ConnectionStrings": {
    "AdminDb": "Server=localhost,1433;Database=admin;User Id=sa;Password=${N("mssql_password", "<YourStrong@Passw0rd>", "SQL Server docs placeholder")};TrustServerCertificate=True",
    "Storage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${N("azure_storage_account_key", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", "Azurite/storage emulator well-known public key")};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
  },
  "Jwt": {
    "Key": "${N("jwt_signing_key", "<your-256-bit-secret>", "placeholder")}"
  },
  "AzureAd": {
    "ClientSecret": "${N("azure_client_secret", "<client-secret-from-user-secrets>", "placeholder")}"
  },
  "SendGrid": {
    "ApiKey": "${N("sendgrid_api_key", "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "x-filled placeholder")}"
  }
}
`,
);

add(
  "Admin.Api/appsettings.Staging.json",
  `{
  "ConnectionStrings": {
    "AdminDb": "Server=tcp:acme-admin-sql-stg.database.windows.net,1433;Initial Catalog=admin;User ID=admin_api;Password=${N("mssql_password", "REDACTED", "redacted")};Encrypt=True;"
  },
  "AzureAd": {
    "ClientSecret": "${N("azure_client_secret", "****************************************", "masked")}"
  }
}
`,
);

add(
  "Admin.Api/Properties/launchSettings.json",
  `{
  "$schema": "http://json.schemastore.org/launchsettings.json",
  "profiles": {
    "Admin.Api": {
      "commandName": "Project",
      "dotnetRunMessages": true,
      "launchBrowser": true,
      "launchUrl": "swagger",
      "applicationUrl": "https://localhost:7043;http://localhost:5043",
      "environmentVariables": {
        "ASPNETCORE_ENVIRONMENT": "Development",
        "ConnectionStrings__AdminDb": "Server=sql-test.internal.acme-corp.net;Database=admin;User Id=admin_api;Password=${P("mssql_password", g.pw())};TrustServerCertificate=True",
        "Stripe__SecretKey": "${P("stripe_restricted_key", g.rkLive())}"
      }
    }
  }
}
`,
);

add(
  "Admin.Api/packages.lock.json",
  `{
  "version": 1,
  "dependencies": {
    "net8.0": {
      "Microsoft.Identity.Web": {
        "type": "Direct",
        "requested": "[2.17.0, )",
        "resolved": "2.17.0",
        "contentHash": "${N("checksum", g.b64(64), "NuGet SHA-512 content hash")}"
      },
      "SendGrid": {
        "type": "Direct",
        "requested": "[9.29.2, )",
        "resolved": "9.29.2",
        "contentHash": "${N("checksum", g.b64(64), "NuGet SHA-512 content hash")}"
      }
    }
  }
}
`,
);

add(
  "Admin.Api/Services/LegacyFtpExporter.cs",
  `using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace Acme.Admin.Api.Services;

/// <summary>Pushes the nightly order export to the logistics partner's FTP drop.</summary>
public sealed class LegacyFtpExporter : IOrderExporter
{
    private const string FtpRoot = "ftp://ftp.partner-logistics.example/inbound/";

    // partner issued a single account; rotation needs a ticket on their side (LOG-88)
    private static readonly NetworkCredential Creds = new("acme_upload", "${P("ftp_password", g.pw())}");

    // used to sign the manifest so the partner can verify the upload
    private const string ManifestHmacKey = "${P("generic_api_secret", g.hex(64), "HMAC key constant")}";

    public async Task ExportAsync(string localFile)
    {
        var request = (FtpWebRequest)WebRequest.Create(FtpRoot + Path.GetFileName(localFile));
        request.Method = WebRequestMethods.Ftp.UploadFile;
        request.Credentials = Creds;
        request.EnableSsl = true;
        await using var src = File.OpenRead(localFile);
        await using var dst = await request.GetRequestStreamAsync();
        await src.CopyToAsync(dst);
    }

    public static string Sign(string manifest)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(ManifestHmacKey));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(manifest)));
    }
}
`,
);

add(
  "Admin.Api/Services/EmailSender.cs",
  `using System;
using System.Net;
using System.Net.Mail;
using System.Threading.Tasks;

namespace Acme.Admin.Api.Services;

public class EmailSender : IEmailSender
{
    public Task SendAsync(string to, string subject, string body)
    {
        using var client = new SmtpClient("smtp.sendgrid.net", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("apikey", "${P("sendgrid_api_key", g.sendgrid())}")
        };
        return client.SendMailAsync(new MailMessage("admin-noreply@acme-corp.net", to, subject, body));
    }

    public Task SendViaRelayAsync(string to, string subject, string body)
    {
        var password = ${N("smtp_password", 'Environment.GetEnvironmentVariable("SMTP_RELAY_PASSWORD")', "env lookup")};
        using var client = new SmtpClient("relay.acme-corp.net", 25)
        {
            Credentials = new NetworkCredential("admin-api", password)
        };
        return client.SendMailAsync(new MailMessage("admin-noreply@acme-corp.net", to, subject, body));
    }
}
`,
);

// ---------------------------------------------------------------- WordPress
const WP_KEYS = [
  "AUTH_KEY",
  "SECURE_AUTH_KEY",
  "LOGGED_IN_KEY",
  "NONCE_KEY",
  "AUTH_SALT",
  "SECURE_AUTH_SALT",
  "LOGGED_IN_SALT",
  "NONCE_SALT",
];
const wpHeader = `<?php
/**
 * The base configuration for WordPress
 *
 * The wp-config.php creation script uses this file during the installation.
 * You don't have to use the website, you can copy this file to "wp-config.php"
 * and fill in the values.
 *
 * This file contains the following configurations:
 *
 * * Database settings
 * * Secret keys
 * * Database table prefix
 * * ABSPATH
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 *
 * @package WordPress
 */
`;
const wpSaltsIntro = `/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to any random strings! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 *
 * You can change these at any point in time to invalidate all existing cookies.
 * This will force all users to have to log in again.
 *
 * @since 2.6.0
 */
`;
add(
  "wordpress/wp-config.php",
  `${wpHeader}
// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'acme_wp' );

/** Database username */
define( 'DB_USER', 'acme_wp' );

/** Database password */
define( 'DB_PASSWORD', '${P("mysql_password", g.pw())}' );

/** Database hostname */
define( 'DB_HOST', 'mysql-wp.internal.acme-corp.net' );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8mb4' );

/** The database collate type. Don't change this if in doubt. */
define( 'DB_COLLATE', '' );

${wpSaltsIntro}${WP_KEYS.map((k) => `define( '${k}',${" ".repeat(17 - k.length)}'${P("wordpress_salt", g.wpSalt(), k)}' );`).join("\n")}

/**#@-*/

/**
 * WordPress database table prefix.
 */
$table_prefix = 'wp_';

/* Object cache (Redis Object Cache plugin) */
define( 'WP_REDIS_HOST', 'redis-wp.internal.acme-corp.net' );
define( 'WP_REDIS_PASSWORD', '${P("redis_password", g.pw())}' );

/* WP Mail SMTP */
define( 'WPMS_ON', true );
define( 'WPMS_SMTP_HOST', 'smtp.office365.com' );
define( 'WPMS_SMTP_USER', 'web@acme-corp.net' );
define( 'WPMS_SMTP_PASS', '${P("smtp_password", g.hpw())}' );

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

/* That's all, stop editing! Happy publishing. */

/** Absolute path to the WordPress directory. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

/** Sets up WordPress vars and included files. */
require_once ABSPATH . 'wp-settings.php';
`,
);

add(
  "wordpress/wp-config-sample.php",
  `${wpHeader}
// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'database_name_here' );

/** Database username */
define( 'DB_USER', 'username_here' );

/** Database password */
define( 'DB_PASSWORD', '${N("mysql_password", "password_here", "WordPress sample placeholder")}' );

/** Database hostname */
define( 'DB_HOST', 'localhost' );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8' );

/** The database collate type. Don't change this if in doubt. */
define( 'DB_COLLATE', '' );

${wpSaltsIntro}${WP_KEYS.map((k) => `define( '${k}',${" ".repeat(17 - k.length)}'${N("wordpress_salt", "put your unique phrase here", "WordPress sample placeholder")}' );`).join("\n")}

/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
);

add(
  "wordpress/wp-content/mu-plugins/acme-integrations.php",
  `<?php
/**
 * Plugin Name: ACME integrations (must-use)
 * Description: Newsletter sign-up + SMTP tweaks for the corporate site.
 */

const ACME_MAILCHIMP_API_KEY = '${P("mailchimp_api_key", g.mailchimp())}';
const ACME_MAILCHIMP_LIST_ID = '${g.hex(10)}';

add_action( 'phpmailer_init', function ( $phpmailer ) {
	$phpmailer->isSMTP();
	$phpmailer->Host     = 'relay.acme-corp.net';
	$phpmailer->SMTPAuth = true;
	$phpmailer->Username = 'wp-relay';
	$phpmailer->Password = ${N("smtp_password", "getenv( 'WP_RELAY_PASSWORD' )", "env lookup")};
} );

function acme_newsletter_subscribe( $email ) {
	$dc  = substr( ACME_MAILCHIMP_API_KEY, strpos( ACME_MAILCHIMP_API_KEY, '-' ) + 1 );
	$url = "https://{$dc}.api.mailchimp.com/3.0/lists/" . ACME_MAILCHIMP_LIST_ID . '/members';
	return wp_remote_post( $url, array(
		'headers' => array( 'Authorization' => 'apikey ' . ACME_MAILCHIMP_API_KEY ),
		'body'    => wp_json_encode( array( 'email_address' => $email, 'status' => 'pending' ) ),
	) );
}
`,
);

// ---------------------------------------------------------------- Drupal
add(
  "drupal/web/sites/default/settings.php",
  `<?php

// phpcs:ignoreFile

/**
 * @file
 * Drupal site-specific configuration file.
 *
 * Database settings:
 *
 * The $databases array specifies the database connection or
 * connections that Drupal may use.
 *
 * @code
 * $databases['default']['default'] = [
 *   'database' => 'databasename',
 *   'username' => 'sqlusername',
 *   'password' => '${N("mysql_password", "sqlpassword", "Drupal default.settings.php example")}',
 *   'host' => 'localhost',
 *   'port' => '3306',
 *   'driver' => 'mysql',
 *   'prefix' => '',
 *   'collation' => 'utf8mb4_general_ci',
 * ];
 * @endcode
 */
$databases = [];

$databases['default']['default'] = [
  'database' => 'drupal_acme',
  'username' => 'drupal',
  'password' => '${P("mysql_password", g.pw())}',
  'prefix' => '',
  'host' => 'mysql-drupal.internal.acme-corp.net',
  'port' => '3306',
  'isolation_level' => 'READ COMMITTED',
  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
  'driver' => 'mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

/**
 * Salt for one-time login links, cancel links, form tokens, etc.
 */
$settings['hash_salt'] = '${P("drupal_hash_salt", g.drupalSalt())}';

$settings['update_free_access'] = FALSE;
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/var/www/private';

$settings['trusted_host_patterns'] = [
  '^www\\.acme-corp\\.net$',
  '^acme-corp\\.net$',
];

// SMTP module
$config['smtp.settings']['smtp_on'] = TRUE;
$config['smtp.settings']['smtp_host'] = 'smtp.office365.com';
$config['smtp.settings']['smtp_username'] = 'web@acme-corp.net';
$config['smtp.settings']['smtp_password'] = '${P("smtp_password", g.pw())}';

if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
`,
);

add(
  "drupal/web/sites/default/settings.local.php",
  `<?php

// Local/stage overrides. Not deployed to production.

$databases['default']['default']['host'] = 'db';
$databases['default']['default']['password'] = ${N("mysql_password", "getenv('DRUPAL_DB_PASSWORD')", "env lookup")};

$settings['hash_salt'] = file_get_contents('/var/www/private/salt.txt');
$config['system.logging']['error_level'] = 'verbose';
$settings['skip_permissions_hardening'] = TRUE;

// Stage File Proxy: fetch missing public files from production (behind basic auth)
$config['stage_file_proxy.settings']['origin'] = 'https://editor:${P("basic_auth_password", g.upw())}@www.acme-corp.net';
$config['stage_file_proxy.settings']['hotlink'] = FALSE;
`,
);

// ---------------------------------------------------------------- Magento 2
add(
  "magento/app/etc/env.php",
  `<?php
return [
    'backend' => [
        'frontName' => 'admin_${rs(LOWER + DIGITS, 6)}'
    ],
    'remote_storage' => [
        'driver' => 'file'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1,
        'amqp' => [
            'host' => 'rabbitmq-mage.internal.acme-corp.net',
            'port' => '5672',
            'user' => 'magento',
            'password' => '${P("rabbitmq_password", g.pw())}',
            'virtualhost' => '/'
        ]
    ],
    'crypt' => [
        'key' => '${P("magento_crypt_key", g.hex(32))}'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql-mage.internal.acme-corp.net',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => '${P("mysql_password", g.pw())}',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1',
                'driver_options' => [
                    1014 => false
                ]
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => 'redis-mage.internal.acme-corp.net',
            'port' => '6379',
            'password' => '${P("redis_password", g.pw())}',
            'timeout' => '2.5',
            'persistent_identifier' => '',
            'database' => '2',
            'compression_threshold' => '2048',
            'compression_library' => 'gzip',
            'log_level' => '3',
            'max_concurrency' => '6'
        ]
    ],
    'cache' => [
        'frontend' => [
            'default' => [
                'id_prefix' => '${g.hex(3)}_'
            ]
        ],
        'allow_parallel_generation' => false
    ],
    'system' => [
        'default' => [
            'payment' => [
                'braintree' => [
                    'merchant_id' => '${U("braintree_merchant_id", rs(LOWER + DIGITS, 16), "merchant id is an identifier")}',
                    'private_key' => '${P("braintree_private_key", g.hex(32))}'
                ]
            ]
        ]
    ],
    'install' => [
        'date' => 'Tue, 14 Mar 2023 10:22:41 +0000'
    ]
];
`,
);

// ---------------------------------------------------------------- Laravel
add(
  "laravel-app/.env",
  `APP_NAME="Acme Portal"
APP_ENV=production
APP_KEY=${P("laravel_app_key", g.laravelKey(), "value includes the base64: prefix")}
APP_DEBUG=false
APP_URL=https://portal.acme-corp.net

LOG_CHANNEL=stack
LOG_DEPRECATIONS_CHANNEL=null
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=mysql-portal.internal.acme-corp.net
DB_PORT=3306
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=${P("mysql_password", g.pw())}

BROADCAST_DRIVER=pusher
CACHE_DRIVER=redis
FILESYSTEM_DISK=s3
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
SESSION_LIFETIME=120

REDIS_HOST=redis-portal.internal.acme-corp.net
REDIS_PASSWORD=${N("redis_password", "null", 'Laravel default "null"')}
REDIS_PORT=6379

MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_PORT=587
MAIL_USERNAME=postmaster@mg.acme-corp.net
MAIL_PASSWORD=${P("smtp_password", `${g.hex(32)}-${g.hex(8)}-${g.hex(8)}`, "Mailgun SMTP password")}
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS="portal@acme-corp.net"
MAIL_FROM_NAME="\${APP_NAME}"
MAILGUN_DOMAIN=mg.acme-corp.net
MAILGUN_SECRET=${P("mailgun_api_key", g.mailgun())}
MAILGUN_ENDPOINT=api.eu.mailgun.net

AWS_ACCESS_KEY_ID=${P("aws_access_key_id", g.akia())}
AWS_SECRET_ACCESS_KEY=${P("aws_secret_access_key", g.awsSecret())}
AWS_DEFAULT_REGION=eu-central-1
AWS_BUCKET=acme-portal-uploads
AWS_USE_PATH_STYLE_ENDPOINT=false

PUSHER_APP_ID=${U("pusher_app_id", String(1000000 + int(8999999)), "numeric app id")}
PUSHER_APP_KEY=${U("pusher_app_key", g.hex(20), "Pusher key is shipped to browsers")}
PUSHER_APP_SECRET=${P("pusher_app_secret", g.hex(20))}
PUSHER_HOST=
PUSHER_PORT=443
PUSHER_SCHEME=https
PUSHER_APP_CLUSTER=eu

STRIPE_KEY=${U("stripe_publishable_key", g.pkLive(), "publishable key")}
STRIPE_SECRET=${P("stripe_secret_key", g.skLive())}

VITE_PUSHER_APP_KEY="\${PUSHER_APP_KEY}"
VITE_PUSHER_APP_CLUSTER="\${PUSHER_APP_CLUSTER}"
`,
);

add(
  "laravel-app/.env.example",
  `APP_NAME=Laravel
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=laravel
DB_USERNAME=root
DB_PASSWORD=

REDIS_HOST=127.0.0.1
REDIS_PASSWORD=null
REDIS_PORT=6379

MAIL_MAILER=smtp
MAIL_HOST=mailpit
MAIL_PORT=1025
MAIL_USERNAME=null
MAIL_PASSWORD=${N("smtp_password", "null", "Laravel example default")}
MAIL_ENCRYPTION=null

AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
AWS_DEFAULT_REGION=us-east-1

PUSHER_APP_ID=
PUSHER_APP_KEY=
PUSHER_APP_SECRET=

STRIPE_SECRET=${N("stripe_secret_key", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "x-filled placeholder")}
`,
);

add(
  "laravel-app/.env.testing",
  `APP_ENV=testing
APP_KEY=${N("laravel_app_key", "base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "all-zero test key")}
APP_DEBUG=true
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=testing
DB_USERNAME=sail
DB_PASSWORD=${N("mysql_password", "password", "Laravel Sail default")}
CACHE_DRIVER=array
QUEUE_CONNECTION=sync
SESSION_DRIVER=array
MAIL_MAILER=array
`,
);

add(
  "laravel-app/config/database.php",
  `<?php

use Illuminate\\Support\\Str;

return [

    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [

        'mysql' => [
            'driver' => 'mysql',
            'url' => env('DATABASE_URL'),
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', ''),
            'unix_socket' => env('DB_SOCKET', ''),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'prefix' => '',
            'strict' => true,
            'engine' => null,
        ],

        // read-only link into the old ERP for the order history page
        'legacy_erp' => [
            'driver' => 'sqlsrv',
            'host' => env('ERP_DB_HOST', 'erp-sql.internal.acme-corp.net'),
            'port' => env('ERP_DB_PORT', '1433'),
            'database' => env('ERP_DB_DATABASE', 'ERP_PROD'),
            'username' => env('ERP_DB_USERNAME', 'portal_ro'),
            'password' => env('ERP_DB_PASSWORD', '${P("mssql_password", g.pw(), "hard-coded fallback of env()")}'),
            'charset' => 'utf8',
            'prefix' => '',
        ],
    ],

    'migrations' => 'migrations',

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'options' => [
            'cluster' => env('REDIS_CLUSTER', 'redis'),
            'prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'laravel'), '_').'_database_'),
        ],
        'default' => [
            'url' => env('REDIS_URL'),
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'username' => env('REDIS_USERNAME'),
            'password' => ${N("redis_password", "env('REDIS_PASSWORD')", "env lookup")},
            'port' => env('REDIS_PORT', '6379'),
            'database' => env('REDIS_DB', '0'),
        ],
    ],
];
`,
);

add(
  "laravel-app/config/services.php",
  `<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => ${N("mailgun_api_key", "env('MAILGUN_SECRET')", "env lookup")},
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
        'scheme' => 'https',
    ],

    // SMS notifications (laravel-notification-channels/twilio)
    'twilio' => [
        'account_sid' => '${U("twilio_account_sid", `AC${g.hex(32)}`, "account SID is an identifier")}',
        'auth_token' => '${P("twilio_auth_token", g.hex(32))}',
        'from' => '+15005550006',
    ],

    'google' => [
        'client_id' => '${U("google_oauth_client_id", g.googleClientId(), "OAuth client id is public")}',
        'client_secret' => '${P("google_oauth_client_secret", g.gocspx())}',
        'redirect' => 'https://portal.acme-corp.net/auth/google/callback',
    ],

];
`,
);

add(
  "laravel-app/composer.lock",
  `{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",
        "This file is @generated automatically"
    ],
    "content-hash": "${N("checksum", g.hex(32), "composer content-hash")}",
    "packages": [
        {
            "name": "laravel/framework",
            "version": "v10.48.4",
            "source": {
                "type": "git",
                "url": "https://github.com/laravel/framework.git",
                "reference": "${N("commit_sha", g.sha1(), "git commit reference")}"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/laravel/framework/zipball/${g.sha1()}",
                "reference": "${N("commit_sha", g.sha1(), "git commit reference")}",
                "shasum": ""
            },
            "type": "library"
        },
        {
            "name": "pusher/pusher-php-server",
            "version": "7.2.4",
            "dist": {
                "type": "zip",
                "url": "https://repo.packagist.org/pusher-php-server-7.2.4.zip",
                "reference": "${g.sha1()}",
                "shasum": "${N("checksum", g.sha1(), "dist sha1")}"
            },
            "type": "library"
        }
    ],
    "packages-dev": [],
    "aliases": [],
    "minimum-stability": "stable",
    "prefer-stable": true,
    "platform": {
        "php": "^8.1"
    },
    "plugin-api-version": "2.6.0"
}
`,
);

// ---------------------------------------------------------------- Symfony
add(
  "symfony-shop/.env",
  `# In all environments, the following files are loaded if they exist,
# the latter taking precedence over the former:
#
#  * .env                contains default values for the environment variables needed by the app
#  * .env.local          uncommitted file with local overrides
#  * .env.$APP_ENV       committed environment-specific defaults
#  * .env.$APP_ENV.local uncommitted environment-specific overrides
#
# Real environment variables win over .env files.
#
# DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE NOR IN ANY OTHER COMMITTED FILES.
# https://symfony.com/doc/current/configuration/secrets.html
#
# Run "composer dump-env prod" to compile .env files for production use (requires symfony/flex >=1.2).
# https://symfony.com/doc/current/best_practices.html#use-environment-variables-for-infrastructure-configuration

###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET=${P("symfony_app_secret", g.hex(32))}
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
# Format described at https://www.doctrine-project.org/projects/doctrine-dbal/en/latest/reference/configuration.html#connecting-using-a-url
# IMPORTANT: You MUST configure your server version, either here or in config/packages/doctrine.yaml
#
# DATABASE_URL="sqlite:///%kernel.project_dir%/var/data.db"
# DATABASE_URL="mysql://app:${N("mysql_password", "!ChangeMe!", "Symfony recipe placeholder")}@127.0.0.1:3306/app?serverVersion=8.0.32&charset=utf8mb4"
DATABASE_URL="postgresql://shop:${P("postgres_password", g.upw())}@pg-shop.internal.acme-corp.net:5432/shop?serverVersion=15&charset=utf8"
###< doctrine/doctrine-bundle ###

###> symfony/messenger ###
MESSENGER_TRANSPORT_DSN=amqp://shop:${P("rabbitmq_password", g.upw())}@rabbitmq.internal.acme-corp.net:5672/%2f/messages
###< symfony/messenger ###

###> symfony/mailer ###
MAILER_DSN=smtp://shop-mailer:${P("smtp_password", g.upw())}@smtp.eu.sparkpostmail.com:587
###< symfony/mailer ###

###> lexik/jwt-authentication-bundle ###
JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem
JWT_PUBLIC_KEY=%kernel.project_dir%/config/jwt/public.pem
JWT_PASSPHRASE=${P("jwt_passphrase", g.hex(32))}
###< lexik/jwt-authentication-bundle ###
`,
);

add(
  "symfony-shop/.env.local.php",
  `<?php

// This file was generated by running "composer dump-env prod"

return array (
  'APP_ENV' => 'prod',
  'APP_SECRET' => '${P("symfony_app_secret", g.hex(32))}',
  'DATABASE_URL' => 'postgresql://shop:${P("postgres_password", g.upw())}@pg-shop-prod.internal.acme-corp.net:5432/shop?serverVersion=15&charset=utf8',
  'MESSENGER_TRANSPORT_DSN' => 'doctrine://default?auto_setup=0',
  'MAILER_DSN' => 'null://null',
  'CORS_ALLOW_ORIGIN' => '^https?://(localhost|127\\\\.0\\\\.0\\\\.1)(:[0-9]+)?$',
);
`,
);

add(
  "symfony-shop/config/packages/doctrine.yaml",
  `doctrine:
    dbal:
        url: ${N("postgres_password", "'%env(resolve:DATABASE_URL)%'", "Symfony env processor")}
        # IMPORTANT: You MUST configure your server version,
        # either here or in the DATABASE_URL env var (see .env file)
        server_version: '15'
        profiling_collect_backtrace: '%kernel.debug%'
    orm:
        auto_generate_proxy_classes: true
        enable_lazy_ghost_objects: true
        naming_strategy: doctrine.orm.naming_strategy.underscore_number_aware
        auto_mapping: true
        mappings:
            App:
                type: attribute
                is_bundle: false
                dir: '%kernel.project_dir%/src/Entity'
                prefix: 'App\\Entity'
                alias: App
`,
);

add(
  "symfony-shop/config/services.yaml",
  `# This file is the entry point to configure your own services.
parameters:
    app.partner_api_url: 'https://api.partner-logistics.example/v2'
    app.partner_api_secret: ${N("generic_api_secret", "'%env(PARTNER_API_SECRET)%'", "Symfony env reference")}
    # old SOAP stock service, no env var support in the client bundle
    app.legacy_stock_soap_user: 'shop_ws'
    app.legacy_stock_soap_password: '${P("soap_password", g.pw())}'

services:
    _defaults:
        autowire: true
        autoconfigure: true

    App\\:
        resource: '../src/'
        exclude:
            - '../src/DependencyInjection/'
            - '../src/Entity/'
            - '../src/Kernel.php'

    App\\Stock\\LegacyStockClient:
        arguments:
            $user: '%app.legacy_stock_soap_user%'
            $password: '%app.legacy_stock_soap_password%'
`,
);

// ---------------------------------------------------------------- CodeIgniter 3 + 4
add(
  "crm-ci3/application/config/database.php",
  `<?php
defined('BASEPATH') OR exit('No direct script access allowed');

/*
| -------------------------------------------------------------------
| DATABASE CONNECTIVITY SETTINGS
| -------------------------------------------------------------------
| This file will contain the settings needed to access your database.
|
| For complete instructions please consult the 'Database Connection'
| page of the User Guide.
*/
$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => 'mysql-crm.internal.acme-corp.net',
	'username' => 'crm_web',
	'password' => '${P("mysql_password", g.pw())}',
	'database' => 'crm',
	'dbdriver' => 'mysqli',
	'dbprefix' => '',
	'pconnect' => FALSE,
	'db_debug' => (ENVIRONMENT !== 'production'),
	'cache_on' => FALSE,
	'cachedir' => '',
	'char_set' => 'utf8',
	'dbcollat' => 'utf8_general_ci',
	'swap_pre' => '',
	'encrypt' => FALSE,
	'compress' => FALSE,
	'stricton' => FALSE,
	'failover' => array(),
	'save_queries' => TRUE
);

$db['reporting'] = array(
	'dsn'	=> 'pgsql:host=pg-dw.internal.acme-corp.net;port=5432;dbname=dw;user=crm_rpt;password=${P("postgres_password", g.pw())}',
	'hostname' => '',
	'username' => '',
	'password' => '',
	'database' => '',
	'dbdriver' => 'pdo',
	'db_debug' => FALSE,
	'char_set' => 'utf8',
	'dbcollat' => 'utf8_general_ci',
);
`,
);

add(
  "crm-ci3/application/config/config.php",
  `<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['base_url'] = 'https://crm.acme-corp.net/';
$config['index_page'] = '';
$config['uri_protocol']	= 'REQUEST_URI';
$config['language']	= 'english';
$config['charset'] = 'UTF-8';
$config['enable_hooks'] = FALSE;
$config['composer_autoload'] = FCPATH . 'vendor/autoload.php';
$config['log_threshold'] = 1;

/*
|--------------------------------------------------------------------------
| Encryption Key
|--------------------------------------------------------------------------
|
| If you use the Encryption class, you must set an encryption key.
| See the user guide for more info.
|
| https://codeigniter.com/userguide3/libraries/encryption.html
|
*/
$config['encryption_key'] = hex2bin('${P("codeigniter_encryption_key", g.hex(64))}');

$config['sess_driver'] = 'database';
$config['sess_cookie_name'] = 'crm_session';
$config['sess_expiration'] = 7200;
$config['sess_save_path'] = 'ci_sessions';
$config['sess_match_ip'] = FALSE;
$config['sess_time_to_update'] = 300;
$config['cookie_secure']	= TRUE;
$config['cookie_httponly'] 	= TRUE;
$config['csrf_protection'] = TRUE;
$config['csrf_token_name'] = 'csrf_crm';
`,
);

add(
  "crm-ci4/.env",
  `#--------------------------------------------------------------------
# Example Environment Configuration file
#
# This file can be used as a starting point for your own
# custom .env files, and contains most of the possible settings
# available in a default install.
#--------------------------------------------------------------------

CI_ENVIRONMENT = production

app.baseURL = 'https://crm.acme-corp.net/'

#--------------------------------------------------------------------
# DATABASE
#--------------------------------------------------------------------

database.default.hostname = mysql-crm.internal.acme-corp.net
database.default.database = crm
database.default.username = crm_web
database.default.password = ${P("mysql_password", g.pw())}
database.default.DBDriver = MySQLi
database.default.port = 3306

# database.tests.hostname = localhost
# database.tests.username = root
# database.tests.password = ${N("mysql_password", "root", "commented default")}

#--------------------------------------------------------------------
# ENCRYPTION
#--------------------------------------------------------------------

encryption.key = ${P("codeigniter_encryption_key", `hex2bin:${g.hex(64)}`, "value includes the hex2bin: prefix")}

#--------------------------------------------------------------------
# SESSION
#--------------------------------------------------------------------

session.driver = 'CodeIgniter\\Session\\Handlers\\DatabaseHandler'
session.savePath = 'ci_sessions'
`,
);

// ---------------------------------------------------------------- Joomla
add(
  "joomla/configuration.php",
  `<?php
class JConfig {
	public $offline = false;
	public $offline_message = 'This site is down for maintenance.<br>Please check back again soon.';
	public $display_offline_message = 1;
	public $offline_image = '';
	public $sitename = 'ACME Intranet';
	public $editor = 'tinymce';
	public $captcha = '0';
	public $list_limit = 20;
	public $access = 1;
	public $debug = false;
	public $debug_lang = false;
	public $dbtype = 'mysqli';
	public $host = 'mysql-intranet.internal.acme-corp.net';
	public $user = 'joomla';
	public $password = '${P("mysql_password", g.pw())}';
	public $db = 'intranet';
	public $dbprefix = 'jos_';
	public $dbencryption = 0;
	public $live_site = '';
	public $secret = '${P("joomla_secret", g.alnum(16))}';
	public $gzip = false;
	public $error_reporting = 'default';
	public $helpurl = 'https://help.joomla.org/proxy?keyref=Help{major}{minor}:{keyref}&lang={langcode}';
	public $ftp_host = '';
	public $ftp_port = '';
	public $ftp_user = '';
	public $ftp_pass = '';
	public $ftp_root = '';
	public $ftp_enable = false;
	public $offset = 'Europe/Berlin';
	public $mailonline = true;
	public $mailer = 'smtp';
	public $mailfrom = 'intranet@acme-corp.net';
	public $fromname = 'ACME Intranet';
	public $sendmail = '/usr/sbin/sendmail';
	public $smtpauth = true;
	public $smtpuser = 'intranet@acme-corp.net';
	public $smtppass = '${P("smtp_password", g.hpw())}';
	public $smtphost = 'smtp.office365.com';
	public $smtpsecure = 'tls';
	public $smtpport = 587;
	public $caching = 0;
	public $cache_handler = 'file';
	public $cachetime = 15;
	public $session_handler = 'database';
	public $lifetime = 15;
	public $log_path = '/var/www/intranet/administrator/logs';
	public $tmp_path = '/var/www/intranet/tmp';
	public $cookie_domain = '';
	public $cookie_path = '';
}
`,
);

// ---------------------------------------------------------------- phpMyAdmin
add(
  "phpmyadmin/config.inc.php",
  `<?php
/**
 * phpMyAdmin configuration for the CRM database hosts
 */
declare(strict_types=1);

/**
 * This is needed for cookie based authentication to encrypt the cookie.
 * Needs to be a 32-bytes long string of random bytes. See FAQ 2.10.
 */
$cfg['blowfish_secret'] = '${P("phpmyadmin_blowfish_secret", rs(`${ALNUM}!#%&()*+,-./:;<=>?@[]^_{|}~`, 32))}'; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */

$i = 0;

/* CRM primary */
$i++;
$cfg['Servers'][$i]['auth_type'] = 'cookie';
$cfg['Servers'][$i]['host'] = 'mysql-crm.internal.acme-corp.net';
$cfg['Servers'][$i]['compress'] = false;
$cfg['Servers'][$i]['AllowNoPassword'] = false;
$cfg['Servers'][$i]['controlhost'] = 'mysql-crm.internal.acme-corp.net';
$cfg['Servers'][$i]['controluser'] = 'pma';
$cfg['Servers'][$i]['controlpass'] = '${P("mysql_password", g.pw())}';
$cfg['Servers'][$i]['pmadb'] = 'phpmyadmin';

/* legacy box, config auth because the helpdesk cannot log in otherwise */
$i++;
$cfg['Servers'][$i]['auth_type'] = 'config';
$cfg['Servers'][$i]['host'] = 'mysql-legacy.internal.acme-corp.net';
$cfg['Servers'][$i]['user'] = 'helpdesk';
$cfg['Servers'][$i]['password'] = '${P("mysql_password", g.hpw())}';

$cfg['UploadDir'] = '';
$cfg['SaveDir'] = '';
$cfg['TempDir'] = '/tmp/phpmyadmin';
`,
);

add(
  "phpmyadmin/config.sample.inc.php",
  `<?php
/**
 * phpMyAdmin sample configuration, you can use it as base for
 * manual configuration. For easier setup you can use setup/
 *
 * All directives are explained in documentation in the doc/ folder
 * or at <https://docs.phpmyadmin.net/>.
 */

declare(strict_types=1);

/**
 * This is needed for cookie based authentication to encrypt the cookie.
 * Needs to be a 32-bytes long string of random bytes. See FAQ 2.10.
 */
$cfg['blowfish_secret'] = ''; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */

/**
 * Servers configuration
 */
$i = 0;

/**
 * First server
 */
$i++;
/* Authentication type */
$cfg['Servers'][$i]['auth_type'] = 'cookie';
/* Server parameters */
$cfg['Servers'][$i]['host'] = 'localhost';
$cfg['Servers'][$i]['compress'] = false;
$cfg['Servers'][$i]['AllowNoPassword'] = false;

/**
 * phpMyAdmin configuration storage settings.
 */

/* User used to manipulate with storage */
// $cfg['Servers'][$i]['controlhost'] = '';
// $cfg['Servers'][$i]['controlport'] = '';
// $cfg['Servers'][$i]['controluser'] = 'pma';
// $cfg['Servers'][$i]['controlpass'] = '${N("mysql_password", "pmapass", "phpMyAdmin sample default")}';
`,
);

// ---------------------------------------------------------------- plain legacy PHP
add(
  "legacy-php/includes/db_connect.php",
  `<?php
// Legacy CRM - DB bootstrap (do not edit on prod without telling Marta)
// included from every page via header.php

$db_host = 'mysql-crm.internal.acme-corp.net';
$db_user = 'crm_web';
$db_pass = "${P("mysql_password", g.pw())}";
//$db_pass = '${P("mysql_password", g.hpw(), "previous password left in a comment")}'; // before the 2022 audit

$link = mysqli_connect($db_host, $db_user, $db_pass, 'crm') or die('DB error: ' . mysqli_connect_error());
mysqli_set_charset($link, 'utf8');

function crm_archive_pdo() {
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO('pgsql:host=pg-archive.internal.acme-corp.net;dbname=crm_archive', 'crm_archive', '${P("postgres_password", g.pw())}', array(PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION));
    }
    return $pdo;
}

// shared secret for the callback from the billing system
define('CRM_CALLBACK_SECRET', '${P("generic_api_secret", g.hex(40))}');
`,
);

add(
  "legacy-php/includes/ldap_auth.php",
  `<?php
require_once __DIR__ . '/db_connect.php';

function crm_ldap_login($username, $password) {
    $conn = ldap_connect('ldaps://ad.acme-corp.net:636');
    ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
    ldap_set_option($conn, LDAP_OPT_REFERRALS, 0);

    // service bind to look up the user's DN
    if (!ldap_bind($conn, 'CN=svc-crm,OU=Service,DC=acme-corp,DC=net', '${P("ldap_bind_password", g.pw())}')) {
        error_log('service bind failed: ' . ldap_error($conn));
        return false;
    }
    $filter = '(sAMAccountName=' . ldap_escape($username, '', LDAP_ESCAPE_FILTER) . ')';
    $res = ldap_search($conn, 'OU=Users,DC=acme-corp,DC=net', $filter, array('dn'));
    $entries = ldap_get_entries($conn, $res);
    if ($entries['count'] !== 1) {
        return false;
    }
    return @ldap_bind($conn, $entries[0]['dn'], $password);
}
`,
);

// ---------------------------------------------------------------- Perl
add(
  "perl/cgi-bin/nightly_report.pl",
  `#!/usr/bin/perl
# Nightly sales report - cron: 15 2 * * * /srv/perl/cgi-bin/nightly_report.pl
use strict;
use warnings;
use DBI;
use MIME::Lite;
use POSIX qw(strftime);

my $dbh = DBI->connect(
    "dbi:Pg:dbname=reports;host=pg-dw.internal.acme-corp.net;port=5432",
    "report_cron",
    "${P("postgres_password", g.pw())}",
    { RaiseError => 1, AutoCommit => 1 }
) or die $DBI::errstr;

my $ora = DBI->connect("dbi:Oracle:host=ora-erp.internal.acme-corp.net;sid=ERP", "ERP_RO", ${N("oracle_password", "$ENV{ERP_DB_PASS}", "env lookup")})
    or die "ERP connect failed: $DBI::errstr";

my $day = strftime('%Y-%m-%d', localtime(time - 86400));
my $rows = $dbh->selectall_arrayref(
    'SELECT region, SUM(amount) FROM sales WHERE sale_date = ? GROUP BY region', undef, $day);

my $body = join("\\n", map { sprintf('%-20s %12.2f', @$_) } @$rows);

MIME::Lite->send('smtp', 'mail.acme-corp.net', Port => 587, AuthUser => 'reports', AuthPass => '${P("smtp_password", g.pw())}');
MIME::Lite->new(
    From    => 'reports@acme-corp.net',
    To      => 'sales-leads@acme-corp.net',
    Subject => "Sales report $day",
    Data    => $body,
)->send;

$dbh->disconnect;
$ora->disconnect;
`,
);

add(
  "perl/lib/Acme/Config.pm",
  `package Acme::Config;
# Central settings for the CRM batch jobs.
use strict;
use warnings;
use Exporter 'import';
our @EXPORT_OK = qw(%DB $SOAP_USER $SOAP_PASS);

our %DB = (
    dsn      => 'DBI:mysql:database=crm;host=mysql-crm.internal.acme-corp.net;port=3306',
    user     => 'crm_batch',
    password => '${P("mysql_password", g.pw())}',
    attrs    => { RaiseError => 1, mysql_enable_utf8 => 1 },
);

# stock level web service (SOAP::Lite)
our $SOAP_USER = 'crm_batch';
our $SOAP_PASS = q{${P("soap_password", g.hpw())}};

1;
`,
);

// ---------------------------------------------------------------- Django
add(
  "django-crm/crm/settings.py",
  `"""
Django settings for crm project.

Generated by 'django-admin startproject' using Django 3.2.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '${P("django_secret_key", g.djangoKey())}'

# SECURITY WARNING: don't run with debug turned on in production!
DEBUG = False

ALLOWED_HOSTS = ['crm.acme-corp.net', 'crm-internal.acme-corp.net']

INSTALLED_APPS = [
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
    'django.contrib.staticfiles',
    'storages',
    'crm.contacts',
    'crm.deals',
]

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'crm',
        'USER': 'crm_django',
        'PASSWORD': '${P("postgres_password", g.pw())}',
        'HOST': 'pg-crm.internal.acme-corp.net',
        'PORT': '5432',
        'CONN_MAX_AGE': 60,
    },
    'legacy': {
        'ENGINE': 'django.db.backends.mysql',
        'NAME': 'crm_legacy',
        'USER': 'crm_ro',
        'PASSWORD': ${N("mysql_password", "os.environ['LEGACY_DB_PASSWORD']", "env lookup")},
        'HOST': 'mysql-crm.internal.acme-corp.net',
        'PORT': '3306',
    },
}

EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'
EMAIL_HOST = 'smtp.sendgrid.net'
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = 'apikey'
EMAIL_HOST_PASSWORD = '${P("sendgrid_api_key", g.sendgrid())}'
DEFAULT_FROM_EMAIL = 'crm@acme-corp.net'

# django-storages
DEFAULT_FILE_STORAGE = 'storages.backends.s3boto3.S3Boto3Storage'
AWS_STORAGE_BUCKET_NAME = 'acme-crm-media'
AWS_ACCESS_KEY_ID = os.environ.get('AWS_ACCESS_KEY_ID')
AWS_SECRET_ACCESS_KEY = ${N("aws_secret_access_key", "os.environ.get('AWS_SECRET_ACCESS_KEY')", "env lookup")}

CELERY_BROKER_URL = 'amqp://crm:${P("rabbitmq_password", g.upw())}@rabbitmq.internal.acme-corp.net:5672/crm'
CELERY_RESULT_BACKEND = 'django-db'

SENTRY_DSN = '${U("sentry_dsn", `https://${g.hex(32)}@o${100000 + int(899999)}.ingest.sentry.io/${1000000 + int(8999999)}`, "Sentry DSN is write-only, often public")}'

LANGUAGE_CODE = 'en-us'
TIME_ZONE = 'Europe/Berlin'
USE_I18N = True
USE_TZ = True
STATIC_URL = '/static/'
STATIC_ROOT = BASE_DIR / 'staticfiles'
`,
);

add(
  "django-crm/crm/settings_dev.py",
  `from .settings import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ['*']

# regenerated by startproject; fine for local development only
SECRET_KEY = '${U("django_secret_key", `django-insecure-${g.djangoKey()}`, "django-insecure dev key in a dev settings module")}'

DATABASES['default'].update({
    'HOST': 'localhost',
    'USER': 'postgres',
    'PASSWORD': '${N("postgres_password", "postgres", "postgres docker default")}',
})

EMAIL_BACKEND = 'django.core.mail.backends.console.EmailBackend'
DEFAULT_FILE_STORAGE = 'django.core.files.storage.FileSystemStorage'
`,
);

add(
  "django-crm/crm/fixtures/initial_users.json",
  `[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "admin",
      "password": "${N("password_hash", g.pbkdf2(), "Django PBKDF2 password hash")}",
      "is_superuser": true,
      "is_staff": true,
      "email": "crm-admin@acme-corp.net"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "sales-bot",
      "password": "${N("password_hash", g.pbkdf2(), "Django PBKDF2 password hash")}",
      "is_superuser": false,
      "is_staff": false,
      "email": "sales-bot@acme-corp.net"
    }
  }
]
`,
);

add(
  "django-crm/reporting/alembic.ini",
  `# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .
# interpolated from the environment by env.py (config.set_section_option)
sqlalchemy.url = postgresql://%(DB_USER)s:${N("postgres_password", "%(DB_PASSWORD)s", "configparser interpolation placeholder")}@%(DB_HOST)s/reporting

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
`,
);

add(
  "django-crm/deploy/supervisord.conf",
  `[unix_http_server]
file=/run/supervisor.sock
chmod=0700

[inet_http_server]
port=127.0.0.1:9001
username=supervisor
password=${P("supervisor_password", g.pw())}

[supervisord]
logfile=/var/log/supervisor/supervisord.log
pidfile=/run/supervisord.pid
childlogdir=/var/log/supervisor

[program:crm-gunicorn]
command=/srv/crm/venv/bin/gunicorn crm.wsgi:application --bind 127.0.0.1:8000 --workers 4
directory=/srv/crm
user=crm
autostart=true
autorestart=true
environment=DJANGO_SETTINGS_MODULE="crm.settings",LEGACY_DB_PASSWORD="${N("mysql_password", "%(ENV_LEGACY_DB_PASSWORD)s", "supervisord env interpolation")}"

[program:crm-celery]
command=/srv/crm/venv/bin/celery -A crm worker -l info
directory=/srv/crm
user=crm
autostart=true
`,
);

// ---------------------------------------------------------------- deployment
add(
  "deploy/docker-compose.yml",
  `# Local "production-like" stack for the legacy portal and the CRM
services:
  portal:
    image: registry.acme-corp.net/legacy-portal:4.12.3
    ports:
      - "8080:8080"
    environment:
      SPRING_PROFILES_ACTIVE: prod
      SPRING_DATASOURCE_PASSWORD: ${N("oracle_password", "${PORTAL_DB_PASSWORD}", "compose variable substitution")}
      JAVA_OPTS: "-Xmx2g -Djavax.net.ssl.trustStorePassword=${N("truststore_password", "changeit", "JDK cacerts default password")}"
    depends_on:
      - mysql

  mysql:
    image: mysql:8.0.36
    command: --default-authentication-plugin=mysql_native_password
    environment:
      MYSQL_ROOT_PASSWORD: ${P("mysql_password", g.pw())}
      MYSQL_DATABASE: crm
      MYSQL_USER: crm_web
      MYSQL_PASSWORD: "${P("mysql_password", g.pw())}"
    volumes:
      - mysql-data:/var/lib/mysql

  mssql:
    image: mcr.microsoft.com/mssql/server:2019-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: '${P("mssql_password", g.pw())}'
      MSSQL_PID: Developer
    ports:
      - "1433:1433"

volumes:
  mysql-data:
`,
);

{
  const dbPw = g.pw();
  const jasyptPw = g.upw(24);
  add(
    "deploy/k8s/legacy-portal-secret.yaml",
    `apiVersion: v1
kind: Secret
metadata:
  name: legacy-portal-db
  namespace: portal
  labels:
    app.kubernetes.io/name: legacy-portal
type: Opaque
data:
  username: ${Buffer.from("PORTAL_APP").toString("base64")}
  password: ${P("oracle_password", Buffer.from(dbPw).toString("base64"), "base64 in a Kubernetes Secret", dbPw)}
stringData:
  JASYPT_ENCRYPTOR_PASSWORD: "${P("jasypt_encryptor_password", jasyptPw)}"
`,
  );
}

// ---------------------------------------------------------------- docs
add(
  "docs/INSTALL.md",
  `# Legacy portal - installation notes

## 1. Tomcat keystore

Create the server keystore (use a real password, the one below is the JDK default):

    keytool -genkeypair -alias portal -keyalg RSA -keysize 2048 \\
            -keystore conf/portal.jks -storepass ${N("keystore_password", "changeit", "JDK default in docs")} -validity 825

## 2. Encrypting properties with Jasypt

    mvn jasypt:encrypt-value -Djasypt.encryptor.password="${N("jasypt_encryptor_password", "<your-master-password>", "docs placeholder")}" -Djasypt.plugin.value="<plain-value>"

The output looks like \`ENC(...)\`; paste it into \`portal-secure.properties\`.

## 3. Tomcat manager user

Add a user to \`conf/tomcat-users.xml\`, e.g.

    <user username="deployer" password="${N("tomcat_user_password", "CHANGE_ME", "docs placeholder")}" roles="manager-script"/>

## 4. AWS CLI (for the S3 archive job)

    $ aws configure
    AWS Access Key ID [None]: ${N("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", "AWS documentation example")}
    AWS Secret Access Key [None]: ${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documentation example")}
    Default region name [None]: eu-west-1

## 5. ASP.NET machineKey for the shop farm

Generate once with \`Get-MachineKey\` / IIS Manager and put the same key on every node:

    <machineKey validationKey="${N("machine_key_validation", "[128 hex characters]", "docs placeholder")}" decryptionKey="${N("machine_key_decryption", "[64 hex characters]", "docs placeholder")}" validation="HMACSHA256" decryption="AES" />

## 6. Laravel portal

    cp .env.example .env
    php artisan key:generate      # writes APP_KEY=base64:... into .env
`,
);

// ================================================================= WRITE + SELF-CHECK
for (const m of marks) {
  if (m.used !== 1) {
    console.error(`marker for ${m.type}=${m.value} used ${m.used} times`);
    process.exit(1);
  }
}
fs.rmSync(OUT, { recursive: true, force: true });
for (const f of files) {
  const p = path.join(OUT, f.rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, f.content);
}
fs.writeFileSync(path.join(ROOT, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync(path.join(ROOT, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);

const errors = [];
for (const l of [...labels, ...neutrals]) {
  const content = fs.readFileSync(path.join(OUT, l.file), "utf8");
  const lines = content.split("\n").map((s) => s.replace(/\r$/, ""));
  const first = l.secret.split("\n")[0];
  if (!first || !(lines[l.line - 1] ?? "").includes(first))
    errors.push(`not on line: ${l.file}:${l.line} ${l.type} ${first}`);
  if (!content.replace(/\r\n/g, "\n").includes(l.secret)) errors.push(`not in file: ${l.file} ${l.type}`);
  if (l.decoded !== undefined && Buffer.from(l.secret, "base64").toString("utf8") !== l.decoded)
    errors.push(`decoded mismatch ${l.file}:${l.line}`);
}
for (const f of files) {
  if (f.rel.endsWith(".json")) {
    try {
      JSON.parse(f.content);
    } catch (e) {
      errors.push(`bad JSON ${f.rel}: ${e.message}`);
    }
  }
}
const posVals = labels.filter((l) => l.positive).map((l) => l.secret);
const negVals = new Set(labels.filter((l) => !l.positive).map((l) => l.secret));
const neuVals = new Set(neutrals.map((n) => n.secret));
const seen = new Set();
for (const v of posVals) {
  if (negVals.has(v)) errors.push(`positive also negative: ${v}`);
  if (neuVals.has(v)) errors.push(`positive also neutral: ${v}`);
  if (seen.has(v)) errors.push(`duplicate positive: ${v}`);
  seen.add(v);
}
const nPos = posVals.length;
const nNeg = labels.length - nPos;
if (process.env.GEN_VERBOSE) {
  const by = {};
  for (const l of labels) {
    const k = l.type;
    by[k] ??= [0, 0];
    by[k][l.positive ? 0 : 1]++;
  }
  for (const [k, [p, n]] of Object.entries(by).sort()) console.log(`  ${k.padEnd(34)} pos=${p} neg=${n}`);
  console.log(`  neutrals=${neutrals.length}`);
}
console.log(`seed=${SEED} files=${files.length} labels=${labels.length} positives=${nPos} negatives=${nNeg}`);
if (errors.length) {
  for (const e of errors) console.error(`CHECK FAILED: ${e}`);
  process.exit(1);
}
