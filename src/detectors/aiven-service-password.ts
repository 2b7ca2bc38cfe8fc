import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const password = (label: string) => `AVNS_${randomChars("base64url", 19, label)}`;

export const detectors: Detector[] = [
  {
    id: "aiven-service-password",
    name: "Aiven service user password (AVNS_)",
    vendor: "Aiven",
    family: "Password",
    severity: "critical",
    confidence: "high",
    description:
      "Aiven runs managed PostgreSQL, MySQL, Kafka, OpenSearch, Valkey/Redis and other services, and DigitalOcean's managed databases run on it. The passwords it generates for service users (avnadmin, doadmin and the users made in the console) start with AVNS_ followed by about 19 URL-safe characters; the prefix makes them recognisable wherever they are written: a config dict, a JDBC call, a connection URI.",
    security: [
      "With the host and port beside it (often on the next line), the password signs in to the database or broker: avnadmin and doadmin are the service's administrators, with every database and table.",
      "Managed services are reachable from the internet unless IP filtering is set, so the password is all an attacker needs.",
    ],
    mitigation: {
      revoke:
        "In the Aiven console open the service > Users, and reset the user's password (or run `avn service user-password-reset`); on DigitalOcean open Databases > the cluster > Users & Databases and reset the user's password. Then update every client with the new password, read from its environment.",
      revokeUrl: "https://aiven.io/docs/products/mysql/howto/manage-service-users",
      audit:
        "Review the service's logs and, for PostgreSQL, pg_stat_activity and the connection logs for sign-ins from addresses you do not use during the exposure window, and look for new users, roles or changed data.",
      bestPractices: [
        "restrict the service's allowed IP addresses (Aiven's ip_filter, DigitalOcean's trusted sources) to your application's",
        "give applications their own users with only the rights they need, not avnadmin or doadmin",
        "read the connection string from the environment or a secret store",
      ],
    },
    keywords: ["AVNS_"],
    caseSensitiveKeywords: true,
    pattern: /(?<![A-Za-z0-9_])(?<secret>AVNS_[A-Za-z0-9_-]{16,32})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `config = {\n    "user": "avnadmin",\n    "password": "${password("aiven-1")}",\n    "port": 21314,\n}`,
      () => `set "DB_USERNAME=doadmin"\nset "DB_PASSWORD=${password("aiven-2")}"`,
      () =>
        `app.config['SQLALCHEMY_DATABASE_URI'] = 'mysql+pymysql://avnadmin:${password("aiven-3")}@mysql-1a2b3c4d-shop.g.aivencloud.com:27463/defaultdb'`,
    ],
    negatives: [
      'DB_PASSWORD="AVNS_xxxxxxxxxxxxxxxxxxx"',
      'New_puncture_position_bits_outfile = "ExtraVNs_NewStructure_50percent.csv";',
      () => `DB_PASSWORD=AVNS_${randomChars("base64url", 8, "aiven-short")}`,
    ],
    references: [
      "https://aiven.io/docs/products/mysql/howto/manage-service-users",
      "https://aiven.io/docs/tools/cli/service/user",
    ],
  },
];
