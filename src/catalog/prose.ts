import { tokenize, tokensPerChar } from "./language.js";

/*
 * Text written for people, found where a credential would be: translated labels of sign-in
 * forms (`password: Einmal-Passwort`, `"api_key": "Clave-de-API-personal"`), prompts
 * (`login.password=Kennwort:`) and messages run together (`PassWordMustBeAtLeast6Chars.`). A
 * generated credential is ASCII, holds no word that names a credential in some language, and
 * does not end like a sentence.
 */

/** Words that name a credential, in the languages sign-in forms are most often translated to. */
const CREDENTIAL_WORDS =
  /passwor[dt]|kennwort|contrase|senha|wachtwoord|passe|parola|has[lł]o|heslo|l[öo]senord|adgangskode|salasana|jelsz|token|jeton|schl[üu]ssel|^cl[ée]$|clave|chiave|chave|geheim|secret|segreto|^api$/i;

/** Why `value` is a label, prompt or message rather than a credential, or `undefined`. */
export function proseReason(value: string): string | undefined {
  if (/(?=\P{ASCII})\p{L}/u.test(value)) return "non-ASCII letters (translated text)";
  if (/^\p{L}[\p{L}' -]*[.:?…]$/u.test(value)) return "words ending like a sentence or prompt";
  const parts = value.split(/[- ']/);
  if (parts.length >= 2 && /^[\p{L}' -]+$/u.test(value) && parts.some((part) => CREDENTIAL_WORDS.test(part)))
    return "a label naming the credential (a form label or its translation)";
  // A message's last word ends it: `Timber-Pepper1514?` is a password with a question mark.
  if (/[A-Za-z][.:?…]$/.test(value) && tokensPerChar(value) < 0.5) {
    const words = tokenize(value).filter((piece) => /^[-_ ]?[A-Za-z]{2,}$/.test(piece));
    if (words.length >= 4) return "a message run together (words ending like a sentence)";
  }
  return undefined;
}
