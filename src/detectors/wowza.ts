import { chosenPassword } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "wowza-password-file",
    name: "Wowza Streaming Engine publisher or admin password",
    vendor: "Wowza",
    family: "Password",
    severity: "high",
    confidence: "high",
    description:
      "Wowza Streaming Engine keeps the users who may publish streams in conf/publish.password and its administrators in conf/admin.password, one `username password [group]` line each, in clear text unless password encoding is turned on.",
    security: [
      "A publisher's password lets anyone push a live stream into the server's applications: their video on your channels.",
      "An administrator's password opens Wowza Streaming Engine Manager and its REST API: applications, stream targets (with the credentials of the platforms they push to) and the server's settings.",
    ],
    mitigation: {
      revoke:
        "Change the passwords in Wowza Streaming Engine Manager (Server > Users, and the application's Source Security for publishers), or edit the files and restart the server; update the encoders and tools that use them. Turn on password encoding for the files.",
      revokeUrl:
        "https://www.wowza.com/docs/how-to-enable-username-password-authentication-for-rtmp-and-rtsp-publishing",
      audit: "Review the server's access log for publishes and Manager logins from unknown addresses.",
      bestPractices: [
        "keep conf/*.password out of repositories and images; write them at deploy time from a secret store",
        "give each encoder its own publisher and remove it when the encoder is retired",
      ],
    },
    keywords: [],
    file: { path: /(?:^|\/)conf\/(?:publish|admin)\.password$/, examplePath: "wowza/conf/publish.password" },
    pattern:
      /^(?!#)(?<user>[^\s#]{1,64})[ \t]{1,20}(?<secret>[^\s#]{6,128})(?:[ \t]{1,20}[\w|,-]{1,64})?[ \t]*\r?$/m,
    validate: chosenPassword,
    examples: [
      () =>
        `# Publish password file (format [username][space][password])\n# username password\ncaster-main ${randomChars("alnum", 12, "wowza-1")}+${randomChars("digits", 3, "wowza-1b")}\n`,
    ],
    negatives: ["# username password\nmyuser mypassword\n"],
    references: [
      "https://www.wowza.com/docs/how-to-enable-username-password-authentication-for-rtmp-and-rtsp-publishing",
    ],
  },
];
