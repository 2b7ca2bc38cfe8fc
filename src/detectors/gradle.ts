import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string, length = 52) => randomChars("lowerAlnum", length, label);

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
];
