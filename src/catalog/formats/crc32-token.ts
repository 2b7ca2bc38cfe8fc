import { crc32Base62 } from "../synth.js";
import type { Validator } from "../types.js";

/**
 * GitHub's token format (2021), which npm's tokens share: prefix, `_`, random base62 characters,
 * then the CRC32 of that random part written in base 62 and padded to 6. A wrong checksum means
 * a typo or a made-up token.
 */
export const crc32TokenChecksum =
  (randomLength: number): Validator =>
  (secret) => {
    const body = secret.slice(secret.indexOf("_") + 1);
    if (body.length !== randomLength + 6) return `not ${randomLength + 6} characters after the prefix`;
    return crc32Base62(body.slice(0, randomLength)) === body.slice(randomLength)
      ? true
      : "CRC32 checksum does not match";
  };
