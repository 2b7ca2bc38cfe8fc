import { ALNUM_END, ASSIGN } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Firebase";
const about =
  "Firebase is Google's app development platform (Realtime Database, Cloud Messaging, Authentication, Hosting).";

const fcmKey = (label: string) =>
  `AAAA${randomChars("base64url", 7, `${label}-a`)}:APA91b${randomChars("base64url", 134, label)}`;

export const detectors: Detector[] = [
  {
    id: "firebase-cloud-messaging-server-key",
    name: "Firebase Cloud Messaging legacy server key",
    vendor,
    family: "API Key",
    severity: "medium",
    description: `${about} Legacy Cloud Messaging server keys (AAAA + 7 characters + ':APA91b' + 134 characters) authorized the legacy FCM HTTP and XMPP APIs, which Google shut down in 2024 in favour of the HTTP v1 API with service account credentials. Keys issued earlier may still work with other legacy Google Cloud Messaging endpoints or reveal the project's sender configuration.`,
    security: [
      "Where the legacy API still answers, the key sends push notifications to every device of the app, enabling phishing through a trusted app.",
      "The key identifies the Firebase project and its sender ID.",
    ],
    mitigation: {
      revoke:
        "In the Firebase console open Project settings > Cloud Messaging and disable the Cloud Messaging API (Legacy), or delete the server key; in the Google Cloud console the key also appears under APIs & Services > Credentials (Server key (auto created by Google Service)), where it can be deleted. Migrate senders to the HTTP v1 API with a service account.",
      revokeUrl: "https://console.firebase.google.com/project/_/settings/cloudmessaging",
      audit: "Check the Firebase console's Cloud Messaging reports for sends you did not initiate.",
      bestPractices: [
        "use the FCM HTTP v1 API with short-lived OAuth tokens from a service account",
        "never put server credentials in mobile or web clients",
      ],
    },
    keywords: [":APA91b"],
    window: { before: 24, after: 152 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
    examples: [
      () => `FCM_SERVER_KEY=${fcmKey("fcm-1")}`,
      () => `headers: { Authorization: "key=${fcmKey("fcm-2")}" }`,
      () => `{"fcm": {"serverKey": "${fcmKey("fcm-3")}"}}`,
    ],
    negatives: [
      "FCM_SERVER_KEY=AAAA...:APA91b...",
      // A device registration token has the same tail but not the AAAA server-key head.
      () =>
        `registration_token = "${randomChars("base64url", 11, "fcm-reg-a")}:APA91b${randomChars("base64url", 134, "fcm-reg")}"`,
      () =>
        `FCM_SERVER_KEY=AAAA${randomChars("base64url", 7, "fcm-short-a")}:APA91b${randomChars("base64url", 60, "fcm-short")}`,
    ],
    references: ["https://firebase.google.com/docs/cloud-messaging/migrate-v1"],
  },
  {
    id: "firebase-database-secret",
    name: "Firebase Realtime Database secret",
    vendor,
    family: "Database Secret",
    severity: "critical",
    confidence: "medium",
    description: `${about} Realtime Database secrets are legacy 40-character credentials that authenticate as an administrator and bypass all security rules; they appear as the auth= parameter of REST URLs (https://<db>.firebaseio.com/...json?auth=...) or under names such as FIREBASE_DATABASE_SECRET.`,
    security: [
      "The secret reads and overwrites the entire database, ignoring security rules.",
      "It mints custom authentication tokens for any user ID with the legacy token generator.",
    ],
    mitigation: {
      revoke:
        "In the Firebase console open Project settings > Service accounts > Database secrets, hover the leaked secret and select Delete (it cannot be rotated in place); move the integration to the Admin SDK with a service account.",
      revokeUrl: "https://console.firebase.google.com/project/_/settings/serviceaccounts/databasesecrets",
      audit:
        "Review the database's Usage tab and profiler for unusual reads and writes, and compare data with backups.",
      bestPractices: [
        "stop using database secrets: authenticate servers with the Admin SDK and service accounts",
        "enable daily backups for Realtime Database (Blaze plan)",
      ],
    },
    keywords: [
      "firebase_database_secret",
      "firebase_db_secret",
      "firebase_secret",
      // FirebaseArduino's and Firebase-ESP8266's sketches: Firebase.begin(FIREBASE_HOST, FIREBASE_AUTH).
      "firebase_auth",
      "firebasesecret",
      "databasesecret",
      "firebaseio.com",
    ],
    window: { before: 200, after: 240 },
    pattern: new RegExp(
      String.raw`(?:(?:FIREBASE_DATABASE_SECRET|FIREBASE_DB_SECRET|FIREBASE_SECRET|FIREBASE_AUTH|firebase_auth|firebase_database_secret|firebaseSecret|FirebaseSecret|databaseSecret|DatabaseSecret)${ASSIGN}|\.firebaseio\.com/[^\s"'?#]{0,200}\?(?:[^\s"'#]{0,200}&)?auth=)(?<secret>[A-Za-z0-9]{40})${ALNUM_END}`,
    ),
    examples: [
      () => `FIREBASE_DATABASE_SECRET=${randomChars("alnum", 40, "fbdb-1")}`,
      () =>
        `curl "https://chat-app-81f2.firebaseio.com/messages.json?print=pretty&auth=${randomChars("alnum", 40, "fbdb-2")}"`,
      () =>
        `{"firebase": {"url": "https://shop-42.firebaseio.com", "databaseSecret": "${randomChars("alnum", 40, "fbdb-3")}"}}`,
      () =>
        `#define FIREBASE_HOST "greenhouse-7c1e.firebaseio.com"\n#define FIREBASE_AUTH "${randomChars("alnum", 40, "fbdb-4")}"`,
    ],
    negatives: [
      "FIREBASE_DATABASE_SECRET=<database-secret>",
      'FIREBASE_AUTH_DOMAIN="greenhouse-7c1e.firebaseapp.com"',
      "https://project.firebaseio.com/users.json?auth=CREDENTIAL",
      () => `https://project.firebaseio.com/users.json?auth=${randomChars("alnum", 30, "fbdb-short")}`,
    ],
    references: ["https://firebase.google.com/docs/database/rest/auth"],
  },
];
