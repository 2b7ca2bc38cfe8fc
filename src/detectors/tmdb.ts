import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tmdb-api-key",
    name: "TMDB API key",
    vendor: "TMDB",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "The Movie Database (TMDB) is a community movie and TV database with a free API. Its v3 API key (32 hexadecimal characters, sent as api_key) identifies the developer account.",
    security: [
      "Requests can be made under the owner's key and rate limits; abuse can get the key disabled for the owner's app.",
    ],
    mitigation: {
      revoke:
        "In TMDB open Settings > API and regenerate the API key (and the read access token); update the applications that use it.",
      revokeUrl: "https://www.themoviedb.org/settings/api",
      audit: "Watch the app for rate-limit errors your own traffic does not explain.",
      bestPractices: ["proxy requests through a server for public apps"],
    },
    keywords: ["tmdb", "themoviedb", "the_movie_db"],
    // Also the api_key parameter of a request to TMDB's API, as front ends build it.
    pattern: new RegExp(
      `(?:${vendorNameAtWordStart(["tmdb", "themoviedb", "the_movie_db", "theMovieDb"], ["api_key", "apiKey", "apikey", "key"])}${ASSIGN_LOOSE}|api\\.themoviedb\\.org/[^\\s"'\\x60<>?]{0,200}\\?(?:[^\\s"'\\x60<>#]{0,200}&)?api_key=)(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // Reads the API's public configuration; nothing is changed.
    verify: {
      method: "GET",
      url: "https://api.themoviedb.org/3/configuration?api_key={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "images" },
    },
    examples: [
      () => `TMDB_API_KEY=${randomChars("hexLower", 32, "tmdb-api-key-1")}`,
      () => `tmdb_api_key: "${randomChars("hexLower", 32, "tmdb-api-key-2")}"`,
      () => `const tmdbApiKey = "${randomChars("hexLower", 32, "tmdb-api-key-3")}";`,
      () =>
        `fetch(\`https://api.themoviedb.org/3/movie/\${props.movieId}?api_key=${randomChars("hexLower", 32, "tmdb-api-key-4")}\`)`,
    ],
    negatives: [
      "TMDB_API_KEY=your_tmdb_api_key_here",
      () => `TMDB_API_KEY=${randomChars("hexLower", 29, "tmdb-api-key-short")}`,
      () => `TMDB_URL=${randomChars("hexLower", 32, "tmdb-api-key-noname")}`,
      "https://api.themoviedb.org/3/movie/550?api_key=${TMDB_API_KEY}",
    ],
    references: ["https://developer.themoviedb.org/docs/authentication-application"],
  },
];
