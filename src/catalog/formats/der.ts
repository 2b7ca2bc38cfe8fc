/**
 * DER (X.690) structure checks of private keys: whether decoded bytes hold the fields a PEM
 * label promises, not a certificate, a public key or random bytes.
 */

interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
}

/** One DER tag-length-value at `offset`, or undefined if it does not fit in `bytes`. */
function readTlv(bytes: Buffer, offset: number, limit = bytes.length): Tlv | undefined {
  if (offset + 2 > limit) return undefined;
  const tag = bytes[offset] as number;
  let length = bytes[offset + 1] as number;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 3 || start + count > limit) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] as number);
    start += count;
  }
  const end = start + length;
  return end <= limit ? { tag, start, end } : undefined;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const OCTET_STRING = 0x04;

/** The children of the outer SEQUENCE, which must span the whole buffer. */
function derChildren(bytes: Buffer, count: number): Tlv[] | string {
  const outer = readTlv(bytes, 0);
  if (!outer || outer.tag !== SEQUENCE) return "the body is not a DER SEQUENCE";
  if (outer.end !== bytes.length) return "the DER length does not match the body";
  const children: Tlv[] = [];
  let offset = outer.start;
  while (children.length < count && offset < outer.end) {
    const child = readTlv(bytes, offset, outer.end);
    if (!child) return "malformed DER";
    children.push(child);
    offset = child.end;
  }
  return children.length === count ? children : "too few DER fields";
}

const smallInt = (bytes: Buffer, tlv: Tlv | undefined) =>
  tlv?.tag === INTEGER && tlv.end - tlv.start === 1 ? (bytes[tlv.start] as number) : -1;

export type Structure = (bytes: Buffer) => true | string;

/** PKCS#1 RSAPrivateKey: version 0 (or 1, multi-prime), then a modulus of 512 bits or more. */
export const rsaStructure: Structure = (bytes) => {
  const fields = derChildren(bytes, 3);
  if (typeof fields === "string") return fields;
  const [version, modulus] = fields as [Tlv, Tlv];
  if (smallInt(bytes, version) > 1 || smallInt(bytes, version) < 0) return "no RSAPrivateKey version";
  if (modulus.tag !== INTEGER || modulus.end - modulus.start < 64) return "no RSA modulus";
  return true;
};

/** SEC 1 ECPrivateKey: version 1, then the private scalar as an OCTET STRING. */
export const ecStructure: Structure = (bytes) => {
  const fields = derChildren(bytes, 2);
  if (typeof fields === "string") return fields;
  const [version, scalar] = fields as [Tlv, Tlv];
  if (smallInt(bytes, version) !== 1) return "no ECPrivateKey version";
  const size = scalar.end - scalar.start;
  if (scalar.tag !== OCTET_STRING || size < 20 || size > 72) return "no EC private scalar";
  return true;
};

/** OpenSSL's DSA private key: version 0, then p of 512 bits or more. */
export const dsaStructure: Structure = (bytes) => {
  const fields = derChildren(bytes, 2);
  if (typeof fields === "string") return fields;
  const [version, p] = fields as [Tlv, Tlv];
  if (smallInt(bytes, version) !== 0) return "no DSA key version";
  if (p.tag !== INTEGER || p.end - p.start < 64) return "no DSA prime";
  return true;
};

/** PKCS#8 PrivateKeyInfo / OneAsymmetricKey: version, AlgorithmIdentifier, OCTET STRING. */
export const pkcs8Structure: Structure = (bytes) => {
  const fields = derChildren(bytes, 3);
  if (typeof fields === "string") return fields;
  const [version, algorithm, key] = fields as [Tlv, Tlv, Tlv];
  const v = smallInt(bytes, version);
  if (v !== 0 && v !== 1) return "no PrivateKeyInfo version";
  if (algorithm.tag !== SEQUENCE || bytes[algorithm.start] !== 0x06) return "no algorithm identifier";
  if (key.tag !== OCTET_STRING || key.end - key.start < 16) return "no private key octets";
  return true;
};

/** PKCS#8 EncryptedPrivateKeyInfo: AlgorithmIdentifier, then the ciphertext. */
export const encryptedPkcs8Structure: Structure = (bytes) => {
  const fields = derChildren(bytes, 2);
  if (typeof fields === "string") return fields;
  const [algorithm, data] = fields as [Tlv, Tlv];
  if (algorithm.tag !== SEQUENCE || bytes[algorithm.start] !== 0x06)
    return "no encryption algorithm identifier";
  if (data.tag !== OCTET_STRING || data.end - data.start < 16) return "no encrypted data";
  return true;
};
