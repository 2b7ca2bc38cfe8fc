import { chosenPassword } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string, length = 52) => randomChars("lowerAlnum", length, label);

/*
 * Gradle's signing plugin reads the passphrase of the OpenPGP key that signs published
 * artifacts from gradle.properties (`signing.password`, `signing.gnupg.passphrase`) or from
 * the environment as a project property (`ORG_GRADLE_PROJECT_signingPassword`). A .properties
 * value runs to the end of its line, spaces included: passphrases are often several words.
 */
const word = (label: string) => randomChars("lower", 7, label).replace(/^./, (c) => c.toUpperCase());

export const detectors: Detector[] = [
  {
    id: "develocity-access-key",
    name: "Develocity (Gradle Enterprise) access key",
    vendor: "Gradle",
    family: "Access Key",
    severity: "high",
    description:
      "Develocity (formerly Gradle Enterprise) collects Build Scans and serves the remote build cache for Gradle, Maven, sbt and Bazel builds. Access keys are given to build tools as `<server host>=<key>` in DEVELOCITY_ACCESS_KEY (GRADLE_ENTERPRISE_ACCESS_KEY before 2024) or the develocity.accessKey property, with the permissions of the user who created them.",
    security: [
      "With cache write permission an attacker can poison the remote build cache, so that other builds, including release builds, reuse attacker-built outputs.",
      "Build Scans can be read, exposing environment details, dependency versions, test output and sometimes secrets printed by builds.",
      "Keys of administrators can change the server's configuration and users.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Develocity server as the key's owner, open My settings > Access keys and Revoke the key (administrators: Administration > Access keys); on a workstation run `./gradlew provisionDevelocityAccessKey` for a new one and update CI secrets.",
      revokeUrl: "https://docs.gradle.com/develocity/gradle-plugin/current/#authenticating",
      audit:
        "Review Build Scans published and build cache entries written with the key's user during the exposure window; purge the build cache if writes cannot be explained.",
      bestPractices: [
        "give CI its own user with cache write permission and give developers read-only cache access",
        "prefer short-lived access tokens requested from the server's /api/auth/token endpoint in CI",
      ],
    },
    keywords: [
      "develocity_access_key",
      "gradle_enterprise_access_key",
      "develocity.accesskey",
      "gradle.enterprise.accesskey",
    ],
    pattern:
      /(?:DEVELOCITY_ACCESS_KEY|GRADLE_ENTERPRISE_ACCESS_KEY|develocity\.accessKey|gradle\.enterprise\.accessKey)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?:[A-Za-z0-9.-]{1,100}=[a-z0-9]{40,60};){0,3}[A-Za-z0-9.-]{1,100}(?::[0-9]{1,5})?=(?<secret>[a-z0-9]{40,60})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () => `DEVELOCITY_ACCESS_KEY=develocity.example.com=${key("dv-1")}`,
      () => `systemProp.x=1\ndevelocity.accessKey=ge.example.com=${key("dv-2")}`,
      () => `env:\n  GRADLE_ENTERPRISE_ACCESS_KEY: "scans.example.org=${key("dv-3")}"`,
    ],
    negatives: [
      "DEVELOCITY_ACCESS_KEY=develocity.example.com=<access-key>",
      "DEVELOCITY_ACCESS_KEY=${{ secrets.DEVELOCITY_ACCESS_KEY }}",
      () => `DEVELOCITY_ACCESS_KEY=develocity.example.com=${key("dv-short", 20)}`,
    ],
    references: ["https://docs.gradle.com/develocity/gradle-plugin/current/#via_environment_variable"],
  },
  {
    id: "gradle-signing-password",
    name: "Gradle signing key passphrase",
    vendor: "Gradle",
    family: "Password",
    severity: "high",
    description:
      "The passphrase of the OpenPGP secret key that Gradle's signing plugin uses to sign artifacts before they are published to Maven Central or another repository: signing.password (with signing.keyId and signing.secretKeyRingFile) or signing.gnupg.passphrase in gradle.properties, or ORG_GRADLE_PROJECT_signingPassword in a CI file. A .properties value is the rest of its line, so a passphrase of several words is taken whole.",
    security: [
      "With the passphrase and the key ring (often committed or stored beside it) anyone can sign artifacts as the project: a malicious release then verifies as genuine.",
      "The same key usually signs every release of every project of its owner.",
    ],
    mitigation: {
      revoke:
        "Revoke the signing key (gpg --gen-revoke, then publish the revocation certificate to the keyservers the key was uploaded to), create a new key, publish it, and store the new passphrase in ~/.gradle/gradle.properties outside any repository or in the CI's secret store.",
      revokeUrl: "https://docs.gradle.org/current/userguide/signing_plugin.html",
      audit:
        "Check the artifacts published under the project's coordinates since the exposure for signatures you did not make, and where the key ring file has been.",
      bestPractices: [
        "keep signing credentials in the user's gradle.properties (~/.gradle), not the project's",
        "in CI, pass in-memory keys (useInMemoryPgpKeys) from masked secret variables",
      ],
    },
    keywords: ["signing.password", "signing.gnupg.passphrase", "signingpassword"],
    pattern:
      /(?<![\w.-])(?:signing\.password|signing\.gnupg\.passphrase|(?:ORG_GRADLE_PROJECT_)?signingPassword)[ \t]{0,4}[=:][ \t]{0,4}(?<q>["']?)(?<secret>[^\s"'#][^\r\n"']{3,126}[^\s"'])\k<q>[ \t]*\r?$/m,
    validate: chosenPassword,
    examples: [
      () =>
        `signing.keyId=3761486A\nsigning.password=${word("gradle-1a")} ${word("gradle-1b")}${randomChars("digits", 3, "gradle-1c")}!\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\n`,
      () => `signing.gnupg.passphrase=${randomChars("alnum", 20, "gradle-2")}\n`,
      () => `    env:\n      ORG_GRADLE_PROJECT_signingPassword: "${randomChars("alnum", 18, "gradle-3")}"\n`,
    ],
    negatives: [
      "signing.password=${SIGNING_PASSWORD}\n",
      "signing.password=\n",
      "    env:\n      ORG_GRADLE_PROJECT_signingPassword: ${{ secrets.SIGNING_PASSWORD }}\n",
      "signing.password=<your key passphrase>\n",
    ],
    references: ["https://docs.gradle.org/current/userguide/signing_plugin.html"],
  },
];
