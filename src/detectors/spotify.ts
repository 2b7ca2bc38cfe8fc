import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const secret = (label: string) => randomChars("hexLower", 32, label);

export const detectors: Detector[] = [
  {
    id: "spotify-client-secret",
    name: "Spotify Web API client secret",
    vendor: "Spotify",
    family: "OAuth Client Secret",
    severity: "medium",
    confidence: "medium",
    description:
      "Spotify's Web API gives apps access to the catalog and, with the user's consent, to playlists and playback. An app has a client id and a client secret, both 32 hexadecimal characters; the secret obtains client-credentials tokens and exchanges users' authorization codes. It is recognised by a Spotify secret name next to it.",
    security: [
      "The attacker can obtain app tokens and use the app's rate limits and quota, getting the app throttled or suspended.",
      "With authorization codes or refresh tokens the app has collected, the secret lets the attacker act on those users' accounts within the granted scopes.",
    ],
    mitigation: {
      revoke:
        'Sign in to the Spotify Developer Dashboard, open the app > Settings, and click "Rotate client secret" (View client secret > Rotate); update SPOTIFY_CLIENT_SECRET wherever it is used.',
      revokeUrl: "https://developer.spotify.com/dashboard",
      audit: "Review the app's usage in the dashboard for request volume you did not expect.",
      bestPractices: [
        "keep the secret on a backend; mobile and browser apps use the PKCE flow without a secret",
        "register only the redirect URIs you use",
      ],
    },
    keywords: ["spotify", "spotipy"],
    pattern: new RegExp(
      `${vendorName(["spotify", "spotipy"], ["secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `SPOTIFY_CLIENT_SECRET=${secret("spotify-1")}`,
      () => `SPOTIPY_CLIENT_SECRET='${secret("spotify-2")}'`,
      () => `{"spotifyClientSecret": "${secret("spotify-3")}"}`,
    ],
    negatives: [
      // The client id is public: it appears in every authorization URL.
      () => `SPOTIFY_CLIENT_ID=${secret("spotify-id")}`,
      "SPOTIFY_CLIENT_SECRET=your_client_secret",
    ],
    references: [
      "https://developer.spotify.com/documentation/web-api/concepts/apps",
      "https://developer.spotify.com/documentation/web-api/tutorials/client-credentials-flow",
    ],
  },
];
