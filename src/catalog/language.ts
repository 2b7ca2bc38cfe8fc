/**
 * "Does this value read like language?" — the precision filter of the generic detectors.
 *
 * A generated credential (`q8ZkP2vXw9LmR4tB`) costs a language-model tokenizer about one token
 * per character: nothing in it is a known word. A value a person typed or a developer named
 * (`SuperSecretPassword`, `db_password_prod`, `Summer2024!`, `${DB_PASS}`) segments into a
 * few long, known pieces. This module estimates that cost without shipping a tokenizer:
 *
 * 1. A vocabulary: a seed list of common English, configuration and programming words written
 *    for this file, plus sub-word units *generated* from it by a small byte-pair encoding run
 *    (the most frequent adjacent pieces are merged, 400 times), so that affixes and stems
 *    ("tion", "ment", "pass", "conf") become units too. The run's output is kept in
 *    subwords.ts rather than repeated at start-up (see there).
 * 2. A segmentation of the value into the fewest pieces (longest matches, found by dynamic
 *    programming rather than greedily), where a piece only counts as a word if its letters are
 *    cased like a word (lower, UPPER or Capitalized: `pAsS` does not count): these are the
 *    character-class transitions a random token is full of. Digit runs cost one token per two
 *    digits (tokenizers split numbers into short groups) and a separator followed by a letter
 *    rides along with the next word ("_id", ".com").
 * 3. The same after undoing "leet" substitutions (`P@ssw0rd` -> `Password`); the cheaper
 *    reading wins.
 *
 * `tokensPerChar` is the result. On the tables of test/language.test.ts, random tokens cost at
 * least 0.60 tokens per character and language-like values at most 0.36, so
 * RANDOM_MIN_TOKENS_PER_CHAR = 0.5 sits in the gap. Entropy (bits per character) is combined
 * with it because short values are noisy (see `randomnessReason`); the price is that the gate
 * rejects some short random values of small alphabets (about 16% of 8-character hex ones).
 */
import { createHash } from "node:crypto";
import { shannonEntropy } from "../engine/filters.js";
import { SUBWORDS } from "./subwords.js";
import type { Validator } from "./types.js";

/**
 * Seed vocabulary: everyday English, the words configuration and code are made of, and the
 * words people build passwords from. Written for keyhound; extend freely (lower case, one
 * space between words).
 */
const SEED_WORDS = `
the and for are but not you all any can her was one our out day get has him his how man new now old see
two way who boy did its let put say she too use able about above after again against also always among
another answer around back base because been before being below best better between both bring build
came come could does done down each early even ever every first found from full give good great group
hand have here high home house into just keep kind know large last late leave left life like line
little live long look made make many might more most move much must name near need never next night
only open other over own part people place plan play point power public read real right room same
seem should show side small some sound start state still such sure take tell than that their them
then there these they thing think this those though three through time today together turn under until
upon very want water well went were what when where which while white whole will with word work world
would write year young your yours mine yes okay please thanks hello welcome world love peace happy
money super duper great magic power strong simple easy hard quick fast slow light dark black blue red
green yellow orange purple pink brown gray grey silver gold golden diamond crystal star stars moon sun
sunny summer winter spring autumn fall january february march april june july august september october
november december monday tuesday wednesday thursday friday saturday sunday morning evening night today
dragon monkey tiger lion eagle falcon wolf bear shadow master princess prince king queen knight angel
devil ninja pirate hunter killer soccer football baseball basketball hockey tennis golf jordan michael
charlie thomas robert daniel matthew jessica jennifer ashley nicole andrew joshua george harry david
superman batman spider pokemon starwars matrix freedom whatever trust secret secrets hidden private
letmein iloveyou qwerty asdf zxcv abcd abcdef abc xyz foo bar baz qux quux foobar hunter blink
password passwd pass word phrase pwd passphrase pin code secure security safe unsafe insecure token
tokens key keys api apikey client server service services account accounts user users username login
logout auth authentication authorization oauth bearer basic session cookie jwt access refresh grant
scope admin administrator root toor guest default defaults change changeme changeit example examples
sample samples dummy fake mock test tests testing demo placeholder replace insert enter value values
string str text char chars bytes byte number num int integer float double bool boolean true false null
none nil undefined empty blank required optional todo fixme tbd unknown missing invalid valid ignore
config configuration conf cfg setting settings option options param params parameter parameters env
environment variable variables local localhost host hostname port path file files folder directory
dir url uri link http https www web site page home index main app application apps application
data database db sql mysql postgres postgresql mongo mongodb redis rabbit rabbitmq kafka elastic search
cache queue store storage bucket blob cloud aws azure google gcp amazon microsoft github gitlab
docker kubernetes helm chart deploy deployment release build prod production dev develop development
stage staging qa uat sandbox live internal external primary secondary backup master slave main
node python java ruby rust golang script shell bash linux windows mac apple android mobile web
system systems network net internet email mail smtp message messages notify notification push
send receive request response get set put post patch delete create update read write list find
load save copy move remove add new old first last next prev previous current temp tmp random seed
hash salt crypt encrypt encrypted decrypt cipher sign signed signature verify check checksum digest
public pri priv private shared share common global my our mine their his her its we us them
type types class object array map list dict set tuple func function method call return result
error errors warning info debug trace log logs logger level status state event events handler
callback promise async await sync import export module package version update upgrade install
admin manager management owner member members team teams org organization company corp inc
product products order orders customer customers payment payments invoice billing price cost
stripe twilio slack discord telegram twitter facebook instagram linkedin youtube spotify
api gateway proxy router route routes controller model view views template templates component
input output source target stream buffer chunk size length width height max min limit count total
index key value pair item items entry entries record records field fields column row table schema
query filter sort order group join select insert update delete drop alter grant revoke
one two three four five six seven eight nine ten hundred thousand million zero
alpha beta gamma delta omega sigma theta lambda epsilon kappa zeta
company school college university student teacher family friend friends mother father baby
computer laptop phone keyboard mouse screen monitor printer
coffee pizza chocolate cookie cookies apple banana cherry lemon orange mango
test tester testing tested mysecret mypassword yourpassword supersecret topsecret
hunter welcome letmein trustno iloveyou sunshine princess football monkey
act add age ago air arm art ask bad bag bed big bit box bus buy car cat cut dog dry due eat egg end eye far fat few fit fix fly fun gas god gun guy hat hit hot ice job joy key kid lab law lay leg lie lot low map mix net odd oil pay pen pet pop raw row run sad sea sit six sky son tax tea ten tie tip top toy try war wet win yet zip
across action active actual address advance advice afford afraid agency agent agree ahead allow almost alone along already although amount animal annual apply approach area argue arrive article artist assume attack attempt attend author avoid award aware away
battery beach beautiful become bedroom begin behind believe benefit beyond bill billion bird birth blood board body book born boss bottle bottom brain branch bread break bridge brief bright broad brother budget burn business busy button
cable call camera camp campaign cancel cancer capital captain card care career carry case catch cause cell center central century certain chain chair challenge chance chapter charge cheap chief child choice choose church circle citizen city civil claim clean clear climb clock close cloth cloud club coach coast cold collect color column combine comfort command comment commit community compare complete complex computer concern condition conference confirm connect consider contain content contest context continue contract control cook cool corner correct country county couple course court cover crash create credit crime crisis critical cross crowd culture cup current cycle
damage dance danger deal death debate decade decide decision deep defend degree demand depend describe design desk despite detail determine device die diet differ difficult dinner direct discover discuss disease display distance divide doctor document door double doubt draft drama draw dream dress drink drive drop drug during duty
earth east economy edge edit education effect effort eight either election element else emerge employee enable energy engine enjoy enough ensure entire equal escape especially establish estimate evening evidence exact exam exist expand expect expense expert explain express extend extra
face fact factor fail faith false fear feature federal feel fight figure final finance finger finish fire firm fish five flag flat flight floor flow flower focus follow food foot force foreign forest forget form formal former forward frame free fresh front fruit fuel fund future
game garden gate general generate gift girl glass goal grand grass ground grow growth guard guess guide
hair half hall handle hang happen hardware head health hear heart heat heavy help history hold hole holiday horse hospital hotel hour huge human hundred hurt husband
idea identify identity image impact important improve include income increase indeed indicate industry initial inside instance instead interest interview introduce invest issue item
join joint judge jump jury justice
kitchen knee knife land language laptop launch layer lead leader learn least legal less lesson letter level library lift limit listen loan location lock lose loss lower luck lunch
machine magazine maintain major manage market marriage match material matter meal mean measure media medical meet meeting memory mention metal middle military milk mind minute mirror miss mission modern moment mother motion mount mountain mouth movie music
narrow nation native nature nearly neck network news newspaper nice none normal north note nothing notice novel nurse
object occur ocean offer office officer often operate opinion option orange original outside owner
page pain paint pair paper parent park party pass past patient pattern peace pick picture piece plant plate player pocket poem police policy pool poor popular position positive possible pound practice prepare present pressure pretty prevent price print prison prize problem process produce profile program project promise proper protect prove provide pull purpose
quality quarter question quiet quite race radio rain raise range rate rather reach reason recent record reduce reflect region relate remain remember report represent require research resource rest reveal rich ride ring rise risk river road rock role rule
safety salt scale scene science score screen season seat second section sell sense series serious serve seven several shake shape sharp sheet shift ship shoe shoot shop short shot shoulder sight sign silence similar since sing single sister size skill skin sleep smile smoke snow social soft software soldier solution song soon sort south space speak special speech speed spend sport spot staff stand standard staple station stay step stick stock stone stop story strange street stress strike structure student study stuff style subject success sudden suffer suggest summer support surface system
table talk task teach tend term test than thank theory thick thin though thought throw ticket tired title tone tool total touch tough tour toward town track trade traffic train travel treat tree trial trip trouble truck true truth twice
unit unless usual vacation valley various vehicle version victim video view village visit voice vote
wait walk wall watch wave weapon wear weather week weight west wheel wide wife wild wind window wine wing winner wish within without woman wonder wood worker worry wrong
yard yellow yesterday youth
svg xml json yaml yml html css png jpg jpeg gif pdf csv txt utf ascii base64 sha md5 rsa ecdsa aes tls ssl ssh
tcp udp dns uuid guid url uri sdk cli gui os vm cpu gpu ram io js ts py rb php sql npm pip gem maven gradle
image images video audio font fonts icon icons logo avatar media mime plain octet stream form multipart
admin allow assert attach branch bundle canary cluster commit compose container context cron daemon endpoint fetch format frontend backend gateway graph header helper host ingress kernel lambda layout lint listener loader logger macro manifest metric middleware migrate mutex namespace origin parser pipeline plugin pod policy process provider publish query region registry render replica resolver runtime runner schema scheduler selector shard sidecar socket spec stack subnet tenant thread timeout topic trigger vault volume webhook worker workflow
`;

/** Number of byte-pair merges learned from the seed words (the length of SUBWORDS). */
export const BPE_MERGES = 400;
/** Digits per token: tokenizers split digit runs into short groups. */
const DIGIT_GROUP = 2;
/** Longest vocabulary entry tried at each position. */
const MAX_PIECE = 14;

/**
 * Learns sub-word units from `words` the way a BPE tokenizer is trained: start from single
 * characters, repeatedly merge the most frequent adjacent pair. Ties break alphabetically so
 * that the vocabulary is the same on every run.
 */
export function learnSubwords(words: readonly string[], merges: number): string[] {
  // Units are numbered and pairs counted under numeric keys: the same merges as counting string
  // pairs, in half the time.
  const unitIds = new Map<string, number>();
  const units: string[] = [];
  const idOf = (unit: string) => {
    let id = unitIds.get(unit);
    if (id === undefined) {
      id = units.length;
      units.push(unit);
      unitIds.set(unit, id);
    }
    return id;
  };
  const sequences = words.map((word) => Array.from(word, idOf));
  const PAIR = 0x100000;
  const learned: string[] = [];
  for (let round = 0; round < merges; round++) {
    const counts = new Map<number, number>();
    for (const seq of sequences) {
      for (let i = 0; i + 1 < seq.length; i++) {
        const key = (seq[i] as number) * PAIR + (seq[i + 1] as number);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    // The most frequent pair seen at least twice; ties go to the alphabetically first pair.
    let best: number | undefined;
    let bestName = "";
    let bestCount = 0;
    for (const [key, count] of counts) {
      if (count < 2 || count < bestCount) continue;
      const name = `${units[Math.floor(key / PAIR)]}\u0000${units[key % PAIR]}`;
      if (count > bestCount || name < bestName) {
        best = key;
        bestName = name;
        bestCount = count;
      }
    }
    if (best === undefined) break;
    const left = Math.floor(best / PAIR);
    const right = best % PAIR;
    const merged = idOf((units[left] as string) + (units[right] as string));
    learned.push(units[merged] as string);
    for (const seq of sequences) {
      for (let i = 0; i + 1 < seq.length; i++) {
        if (seq[i] === left && seq[i + 1] === right) seq.splice(i, 2, merged);
      }
    }
  }
  return learned;
}

/** The seed words, each once, in the order written. */
export function seedWords(): string[] {
  return [...new Set(SEED_WORDS.split(/\s+/).filter((w) => w.length > 0))];
}

function buildVocabulary(): Set<string> {
  const vocabulary = new Set<string>();
  for (const word of seedWords()) if (word.length >= 2) vocabulary.add(word);
  for (const unit of SUBWORDS) if (unit.length >= 2) vocabulary.add(unit);
  return vocabulary;
}

interface Lexicon {
  /** Words and generated sub-word units, lower case, two characters or more. */
  readonly words: ReadonlySet<string>;
  /**
   * The words as a trie: `child[node * width + column[code]]` is the node after the character
   * `code` (0: no word goes on that way; column 0 is every character no word holds), and
   * `isWord[node]` says whether a word ends there. Segmentation walks it from each position
   * rather than cutting and hashing a string per step, which made long identifiers under
   * generic names cost their validators tens of microseconds each.
   */
  readonly child: Uint16Array;
  readonly column: Uint8Array;
  readonly width: number;
  readonly isWord: Uint8Array;
}

let lexicon: Lexicon | undefined;

/** Built on first use rather than at import: scans without generic candidates never need it. */
function getLexicon(): Lexicon {
  if (lexicon === undefined) {
    const words = buildVocabulary();
    const column = new Uint8Array(128);
    let width = 1;
    for (const word of words) {
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        if (code < 128 && column[code] === 0) column[code] = width++;
      }
    }
    const nodes = 1 + [...words].reduce((sum, word) => sum + word.length, 0);
    const child = new Uint16Array(nodes * width);
    const isWord = new Uint8Array(nodes);
    let count = 1;
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const at = node * width + (column[word.charCodeAt(i)] as number);
        if (child[at] === 0) child[at] = count++;
        node = child[at] as number;
      }
      isWord[node] = 1;
    }
    lexicon = { words, child, column, width, isWord };
  }
  return lexicon;
}

export function vocabulary(): ReadonlySet<string> {
  return getLexicon().words;
}

const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLetter = (c: number) => isLower(c) || isUpper(c);
const SEPARATORS = new Set(["_", "-", ".", "/", " ", ":"]);

/** A piece counts as a word only when cased like one: lower, UPPER or Capitalized. */
function casedLikeAWord(piece: string): boolean {
  if (piece === piece.toLowerCase() || piece === piece.toUpperCase()) return true;
  const rest = piece.slice(1);
  return isUpper(piece.charCodeAt(0)) && rest === rest.toLowerCase();
}

/**
 * Segmentation of `value` into the fewest pieces: vocabulary words (cased like words), digit
 * groups and single characters. A separator before a letter joins the following piece, as
 * BPE vocabularies hold "_id", ".com" or "-prod" as single tokens.
 */
export function tokenize(value: string): readonly string[] {
  // A generic candidate is segmented up to three times (placeholder check, then tokens per
  // character with and without leet): the last answer is kept.
  if (value === lastTokenized.value) return lastTokenized.tokens;
  const { child, column, width, isWord } = getLexicon();
  const n = value.length;
  const lower = value.toLowerCase();
  // cost[i]: fewest pieces for value[i..]; next[i]: where the first of them ends.
  const cost = new Array<number>(n + 1).fill(0);
  const next = new Array<number>(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    const code = value.charCodeAt(i);
    let start = i;
    if (SEPARATORS.has(value[i] as string) && i + 1 < n && isLetter(value.charCodeAt(i + 1))) start = i + 1;
    let bestEnd = start + 1;
    if (isDigit(code)) {
      let j = i;
      while (j < n && j - i < DIGIT_GROUP && isDigit(value.charCodeAt(j))) j++;
      bestEnd = j;
    }
    let best = 1 + (cost[bestEnd] as number);
    if (isLetter(value.charCodeAt(start))) {
      // Extend while the text is still the start of some vocabulary word.
      const limit = Math.min(MAX_PIECE, n - start);
      let node = 0;
      for (let len = 1; len <= limit; len++) {
        const code = lower.charCodeAt(start + len - 1);
        const at = code < 128 ? (column[code] as number) : 0;
        node = at === 0 ? 0 : (child[node * width + at] as number);
        if (node === 0) break;
        const end = start + len;
        if (
          len >= 2 &&
          isWord[node] === 1 &&
          1 + (cost[end] as number) < best &&
          casedLikeAWord(value.slice(start, end))
        ) {
          best = 1 + (cost[end] as number);
          bestEnd = end;
        }
      }
    }
    cost[i] = best;
    next[i] = bestEnd;
  }
  const tokens: string[] = [];
  for (let i = 0; i < n; i = next[i] as number) tokens.push(value.slice(i, next[i]));
  lastTokenized = { value, tokens: Object.freeze(tokens) };
  return tokens;
}

let lastTokenized: { readonly value: string; readonly tokens: readonly string[] } = { value: "", tokens: [] };

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};

/** `P@ssw0rd` -> `Password`: undoes the substitutions people make to pass password rules. */
export function unLeet(value: string): string {
  return value.replace(/[013457@$]/g, (c, offset: number) => {
    // Only between letters: "abc123" keeps its digits, "p4ss" becomes "pass".
    const before = value.charCodeAt(offset - 1);
    const after = value.charCodeAt(offset + 1);
    return isLetter(before) && isLetter(after) ? (LEET[c] ?? c) : c;
  });
}

/** Estimated tokenizer cost per character: about 1 for random tokens, 0.1 to 0.4 for language. */
export function tokensPerChar(value: string): number {
  if (value.length === 0) return 0;
  // De-leeted first: the placeholder check has just segmented that (see tokenize's memo).
  const deLeeted = unLeet(value);
  const fromDeLeeted = tokenize(deLeeted).length;
  return (deLeeted === value ? fromDeLeeted : Math.min(fromDeLeeted, tokenize(value).length)) / value.length;
}

/** Values below this cost read like words; measured in test/language.test.ts. */
export const RANDOM_MIN_TOKENS_PER_CHAR = 0.5;

/** Entropy floor for a value of `length` characters (random values of that length sit above it). */
function entropyFloor(length: number): number {
  if (length < 12) return 2.3;
  if (length < 16) return 2.6;
  if (length < 24) return 2.8;
  return 3.0;
}

function characterClasses(value: string): number {
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  return classes;
}

/** Why `value` does not look randomly generated, or `undefined` if it does. */
export function randomnessReason(value: string): string | undefined {
  const cost = tokensPerChar(value);
  if (cost < RANDOM_MIN_TOKENS_PER_CHAR) return `reads like words (${cost.toFixed(2)} tokens per character)`;
  const entropy = shannonEntropy(value);
  const floor = entropyFloor(value.length);
  if (entropy < floor) return `low randomness (entropy ${entropy.toFixed(2)} below ${floor})`;
  // One character class only (all lower case, all digits): random only when long and costly.
  if (characterClasses(value) < 2 && (value.length < 16 || cost < 0.7)) return "a single character class";
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// References, templates and placeholders: values that stand for a secret without being one.

const REFERENCE_SHAPES: readonly [RegExp, string][] = [
  [/\$\{|\$\(|\$\{\{|\{\{|\{%|#\{|<%|\{\$/, "a template or variable reference"],
  // `$NAME`, `$HOME/...`, `$obj->field`, `$env:NAME`, Compose's escaped `$$NAME`; not
  // `$VcZ,pv>#...`, a generated password.
  [/^\$\$?[A-Za-z_]\w*(?:$|[-.:/[{($]|->)/, "a shell or PHP variable"],
  // %NAME% (Windows), %app.name% (Symfony parameters), %(name)s, %s.
  [/^%[A-Za-z_][\w.]*%$|%\([A-Za-z_]+\)[sd]|%[sd]\b|^%[sd]/, "a format placeholder"],
  [
    /^@@?[A-Za-z_][\w.-]*@@?$|^__[A-Za-z][A-Za-z0-9_.]*__$|^\{[\w.-]*\}$|^\[[\w .-]*\]$|^<[^>]*>$/,
    "a build-time placeholder",
  ],
  // Bacula's and Bareos's `@/path` includes the file's content in its place.
  [/^@\/[\w./-]+$/, "a file included by path (@/...)"],
  // `*kafka-password*`: a name set off by asterisks, as docs mark what to fill in.
  [/^\*[A-Za-z][\w.-]{2,60}\*$/, "a name between asterisks (a placeholder)"],
  // VBScript and ASP build strings with `"...="&name&"..."`: the value is a variable.
  [/^&[A-Za-z_]\w*&?$/, "a variable concatenated into the string (&name&)"],
  [
    /^(?:uid|cn|ou|dc|o)=[^,=]{1,64}(?:,[ \t]?(?:uid|cn|ou|dc|o)=[^,=]{1,64})+$/i,
    "an LDAP distinguished name",
  ],
  [
    /(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv|System\.getenv|Environment\.GetEnvironmentVariable|ENV\[|env\(|Deno\.env|std::env)/i,
    "an environment lookup",
  ],
  [
    /^(?:vault|ref\+[a-z]+|op|awssm|sm|gcpsm|azurekeyvault|keyvault|secretsmanager|ssm|arn|projects)[:/]|^cred:[A-Z][A-Z0-9_]+$/i,
    "a secret-manager reference",
  ],
  [/^!(?:Ref|Sub|GetAtt|ImportValue|vault)\b|^ENC[([]|^\$ANSIBLE_VAULT/i, "an encrypted or referenced value"],
  [/^\{[A-Za-z0-9+/=]{8,}\}$/, "an encrypted value in braces (Maven, Jasypt)"],
  // WildFly's and JBoss's vault and credential references: MASK-<base64>;<salt>;<iterations>.
  [/^MASK-[A-Za-z0-9+/=]{8,}(?:;[^;\s]{1,64};\d{1,9})?$/, "a masked password (WildFly MASK-...)"],
  // WebLogic's boot.properties and config.xml, encrypted with the domain's SerializedSystemIni.dat.
  [/^\{(?:AES(?:256)?|3DES|DES)\}[A-Za-z0-9+/=]{8,}$/, "an encrypted value (WebLogic {AES})"],
  // Mirth Connect's and Spring Cloud Config's encrypted properties: {enc}<base64>, {cipher}<hex>.
  [/^\{(?:enc|cipher)\}[A-Za-z0-9+/=]{8,}$/i, "an encrypted value ({enc}, {cipher})"],
  // Tomcat's digested tomcat-users.xml passwords: salt$iterations$hash.
  [/^[0-9a-f]{16,128}\$\d{1,7}\$[0-9a-f]{32,256}$/, "a hashed password (Tomcat's salt$iterations$digest)"],
  // Apple's altool and notarytool read a password from the keychain or the environment.
  [/^@(?:keychain|env):[\w.-]+$/, "a keychain or environment reference (@keychain:, @env:)"],
  // Apache's AuthLDAPBindPassword and others run a program that prints the password.
  [/^exec:\//, "a command that prints the password (exec:)"],
  [
    /^(?:this|self|req|request|config|cfg|settings|options|opts|props|params|args|ctx|env)\.[A-Za-z_]/,
    "a member access",
  ],
];

const DOTTED_IDENTIFIER = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){1,6}(?:\(\))?$/;
const DOTTED_IDENTIFIER_REASON = "a dotted identifier";
/** A capitalised word and a year or number (`Summer2020`): how people make passwords, not names. */
const WORD_AND_NUMBER_PART = /(?:^|\.)[A-Z][a-z]{2,}\d{2,}(?:\.|$)/;
/**
 * Three or more lower-case words joined by dots and ending in digits (`pixel.quartz.harbor8`):
 * a passphrase generator's "memorable password" with dots, not a name in code, whose parts
 * rarely end in a number.
 */
export const DOTTED_PASSPHRASE = /^[a-z]{3,12}(?:\.[a-z]{3,12}){2,6}\d{1,4}$/;

/** Why `value` is a reference to a secret kept elsewhere, or `undefined`. */
export function referenceReason(value: string): string | undefined {
  for (const [shape, reason] of REFERENCE_SHAPES) if (shape.test(value)) return reason;
  // Code's dotted names read like words (config.db.password, secrets.NPM_TOKEN); a generated
  // password that happens to hold a dot (b8jrDD0URK_.x0sKj42) has their shape but not their words.
  if (
    DOTTED_IDENTIFIER.test(value) &&
    !WORD_AND_NUMBER_PART.test(value) &&
    !DOTTED_PASSPHRASE.test(value) &&
    (value.length < 12 || tokensPerChar(value) < RANDOM_MIN_TOKENS_PER_CHAR)
  )
    return DOTTED_IDENTIFIER_REASON;
  return undefined;
}

/**
 * Words that make up documentation placeholders and test fixtures. A value made only of these
 * (after case folding, leet undone, digits and separators dropped) is not a credential:
 * `your_password_here`, `SuperSecretPassword123`, `changeme`, `dbpass`.
 */
const PLACEHOLDER_PIECES = new Set(
  `your my our the some any real actual strong new old put insert enter type add set fill here there
   password passwd pass pwd pw passphrase secret secrets token key apikey api auth credential credentials
   user username usr login admin administrator root toor guest default change changeme changeit me it
   example sample dummy fake mock test testing demo placeholder replace redacted hidden masked none null
   empty blank foo bar baz qux xyz abc value values string str text todo fixme tbd db database app
   super top very ultra mega secure safe private super secret dev local prod staging client server
   letmein qwerty welcome hunter iloveyou monkey dragon master shadow sunshine princess
   not so a an
   tu su ton ta votre mot de passe motdepasse contrasena clave senha sua seu passwort kennwort wachtwoord wifi
   usuario utente benutzer utilisateur pas le la vrai faux exemple minha mi segura seguro secreta secreto forte
   mypassword yourpassword mysecret yoursecret mypass`.split(/\s+/),
);

/** The words of the stock sample password, however it is spelled (P@ssw0rd123!, Pa55-word). */
const STOCK_PASSWORD_WORDS = new Set(["password", "passwd", "pass", "word", "pwd"]);

/**
 * Weak passwords people do set on their servers (`root`, `123456`, `admin123`), as against
 * documentation's words for the slot (`password`, `changeme`, `<pass>`): both are samples on an
 * unknown host, but where the host is known to be a real server only the latter are.
 */
const WEAK_CHOSEN_PASSWORDS: ReadonlySet<string> = new Set(
  `passw0rd p@ssw0rd pa55word s3cr3t s3cret admin root toor guest tiger scott test testing demo abc123 abcd1234
   123456 1234567 12345678 123456789 1234567890 qwerty letmein welcome hunter2 iloveyou foobar password1
   password123 secret123 admin123 root123 pass123 test123 supersecret topsecret swordfish opensesame`.split(
    /\s+/,
  ),
);

/** Exact values that are defaults or placeholders in tools and tutorials: those words and the weak ones. */
const PLACEHOLDER_VALUES: ReadonlySet<string> = new Set([
  ...`password passwd p@ssword pass pwd secret changeme changeit change_me changethis default postgres mysql
   redis mongo rabbitmq oracle sa minioadmin foobared sqlpassword sqlusername databasename abcd-efgh-ijkl-mnop
   xxxx-xxxx-xxxx-xxxx example sample dummy fake mock placeholder redacted hidden masked none null nil
   undefined empty blank true false yes no on off string str text value token key apikey xxx xxxx xxxxx xxxxxx
   yyy zzz abc foo bar baz pass@word1 mypassword yourpassword mysecret yoursecret notasecret something
   correcthorsebatterystaple nopassword nopass cluecon testing123
   clave contrasena contraseña senha passwort kennwort wachtwoord motdepasse parola haslo`.split(/\s+/),
  ...WEAK_CHOSEN_PASSWORDS,
]);

/** Whether `value` is one of the weak passwords people set (WEAK_CHOSEN_PASSWORDS), in any case. */
export function isWeakChosenPassword(value: string): boolean {
  return WEAK_CHOSEN_PASSWORDS.has(value.toLowerCase());
}

/** Whether `value` is, letter for letter in any case, one of the stock placeholders (P@ssw0rd, changeme). */
export function isStockPlaceholder(value: string): boolean {
  return PLACEHOLDER_VALUES.has(value.toLowerCase());
}

/**
 * SHA-256 prefixes of credentials printed in specifications and copied into countless docs and
 * tests: RFC 6749's access, refresh and authorization codes and client secret (2YotnF...,
 * tGzv3J..., SplxlO..., 7Fjfp0..., gX1fBa...), RFC 6750's bearer token (mF_9.B5f-4.1JqM) and
 * RFC 6749's second client password (8xLOxB...), RFC 5849's OAuth 1.0 consumer keys, tokens
 * and secrets (dpf43f..., kd94hf..., hh5s93..., ad180j...), RFC 7009's revoked token
 * (45ghiu...) and RFC 6265's session cookie (SID=31d4d9...), with their lengths: only a value of one of
 * those lengths is hashed (a hash per candidate showed in profiles).
 */
const SPECIFICATION_SAMPLES: ReadonlyMap<number, ReadonlySet<string>> = new Map([
  [10, new Set(["53f5da0aaa93d64c", "9e309cccd311ea64"])],
  [15, new Set(["b8e148545b13c78b"])],
  [
    16,
    new Set([
      "293257ab6495ebb1",
      "4c20e6f5cc11b937",
      "649e1f5c769e718b",
      "6aa14267d94944e6",
      "8d567eb88afff34f",
      "74add74f531606be",
      "9d03b692e941d5ac",
      "bb9b1163338b2a51",
      "cb87c87e4a138d9a",
    ]),
  ],
  [20, new Set(["ea9bdfd02c0c412c"])],
  [22, new Set(["6c96130f130ab0d6", "00cf4c781dc37003", "a35b81a7d7927b70", "e9974c507d2a8021"])],
]);

const HOME_ROW = /[asdfghjkl]/gi;

const PLACEHOLDER_WORDING =
  /^(?:your|enter|insert|replace|fill|change[-_ .]?(?:this|me|it))|^(?:my|put|add)[-_ .]/i;

/** A mask, or words naming the password (and, with `wording`, placeholder wording), or `undefined`. */
function maskOrWordingReason(value: string, wording: boolean): string | undefined {
  if (/^[*•·.x#?_-]+$/i.test(value)) return "a mask of repeated symbols";
  // cluster_password, ZS_DBPassword, "Wifi password": a name, in words apart, of what goes
  // there. Run together (thisismypassword), the words are a password people do choose.
  if (
    /^[A-Za-z][A-Za-z_. -]{1,40}$/.test(value) &&
    /[_. -]|[a-z][A-Z]/.test(value) &&
    /(?:password|passwd|pwd|passphrase|[_. -]secret)$/i.test(value)
  )
    return "words naming the password, not one";
  if (wording && PLACEHOLDER_WORDING.test(value)) return "placeholder wording";
  return undefined;
}

/** Why `value` is a placeholder rather than a credential, or `undefined`. */
export function placeholderValueReason(value: string): string | undefined {
  const lower = value.toLowerCase();
  // With separators dropped too: `p@/ssword`, `pass-word`, `change.me`.
  if (PLACEHOLDER_VALUES.has(lower) || PLACEHOLDER_VALUES.has(lower.replace(/[^a-z0-9@$]/g, "")))
    return `the placeholder "${value}"`;
  if (
    SPECIFICATION_SAMPLES.get(value.length)?.has(
      createHash("sha256").update(value).digest("hex").slice(0, 16),
    )
  )
    return "a sample value from a specification (RFC 5849/6749/6750/7009)";
  // "sdlfkj452", "askfjh234as9sd8": typed by hand on the home row, as documentation does. Not
  // hex: half its letters (a, d, f) are on the home row, so one random hex key in fifty would be.
  const alpha = value.replace(/[^A-Za-z]/g, "");
  if (
    alpha.length >= 6 &&
    !/^[0-9a-f]+$/i.test(value) &&
    (alpha.match(HOME_ROW)?.length ?? 0) >= alpha.length * 0.8
  )
    return "typed on the keyboard's home row (a hand-made sample)";
  const wording = maskOrWordingReason(value, false);
  if (wording !== undefined) return wording;
  // `perm:xxx.yyy.zzz`, `AAAA-BBBB-CCCC`: a prefix at most, then runs of one character each.
  if (/^(?:[a-z]{2,8}[:_-])?(?:([A-Za-z0-9])\1{2,}[.:_-]?){2,}$/.test(value))
    return "runs of repeated characters (a hand-made sample)";
  // "5678defg-5678-defg-5678-defg56": a piece typed again and again; random text repeats no
  // 4-character piece three times up to 40 characters (measured: none in 100,000 hex values).
  if (value.length <= 40 && /(.{4}).*\1.*\1/.test(value))
    return "a piece repeated three times (a hand-made sample)";
  // "pr3Gen3R4Tedpr3Gen3R4Tedpr3Gen3R4Ted...": one piece typed out again and again, at any length.
  if ((/^(.{3,24}?)\1{2,}/.exec(value)?.[0].length ?? 0) >= value.length * 0.8)
    return "one piece repeated (a hand-made sample)";
  if (PLACEHOLDER_WORDING.test(value)) return "placeholder wording";
  const pieces = tokenize(unLeet(value))
    .map((t) => t.toLowerCase().replace(/[^a-z]/g, ""))
    .filter((t) => t.length > 0);
  const wordy = pieces.filter((p) => p.length >= 2);
  // Letters swapped for look-alike digits (Sup3rS3cr3t!, s3cr3tP@ss2021) are how people make a
  // password they mean to use, not how a sample says "put yours here". Only the stock sample
  // P@ssw0rd123! (the word password alone, dressed up) stays a placeholder. An @ or $ between
  // words is as often a separator (foo@bar), so only digits count.
  if (/[A-Za-z][013457][A-Za-z]/.test(value) && !wordy.every((p) => STOCK_PASSWORD_WORDS.has(p)))
    return undefined;
  // Words of other languages the vocabulary does not hold (senha, contrasena) are cut into
  // letters by the tokenizer: their letter runs are judged as written.
  // A vendor's short prefix before capitals (`sk-NEW_KEY`) is left out: it says whose key goes
  // there. A project's name before lower case (`owl_password_123`) is part of a chosen password.
  const runs =
    value
      .replace(/^[a-z]{2,4}[-_](?=[A-Z])/, "")
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  if (runs.join("").length * 2 >= value.length && runs.every((run) => PLACEHOLDER_PIECES.has(run)))
    return "made only of placeholder words";
  const letters = wordy.reduce((sum, p) => sum + p.length, 0);
  if (
    wordy.length > 0 &&
    letters * 2 >= value.length &&
    pieces.every((p) => PLACEHOLDER_PIECES.has(p) || /^[xyz]$/.test(p))
  ) {
    return "made only of placeholder words";
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Shapes that are data, not secrets.

const NOT_SECRET_SHAPES: readonly [RegExp, string][] = [
  [/^(?:true|false|yes|no|on|off|null|nil|none|undefined|nan|n\/a)$/i, "a boolean or null"],
  [/^[+-]?\d+(?:\.\d+)?$/, "a number"],
  [/^[\^~>=<v]{0,2}\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?$/, "a version"],
  [/^[a-z][a-z0-9+.-]{1,20}:\/\//i, "a URL"],
  [/^data:[a-z]+\/[\w.+-]+/i, "a data URI"],
  [/^[^@\s]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}$/, "an e-mail address"],
  [/^(?:\/[a-z]{2,12}\/|\.{1,2}\/|~\/|[A-Za-z]:\\|classpath:|file:)/, "a file path"],
  [
    /\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|pub|gpg|asc|json|ya?ml|toml|txt|env|conf|cfg|ini|properties|xml|sh|py|js|ts|rb|go|java|php|html?|csv|log|png|jpe?g|gif|svg)$/i,
    "a file name",
  ],
  [/^-----/, "the start of a PEM block"],
  // `openssl enc -a` and CryptoJS.AES.encrypt write "Salted__" and the salt first: ciphertext,
  // whose key is elsewhere (the value a config decrypts at start-up).
  [/^U2FsdGVkX1[A-Za-z0-9+/]{16,}={0,2}$/, 'an OpenSSL or CryptoJS encrypted value ("Salted__")'],
  // The fixed start every AWS STS session token shares (a protobuf header in base64), alone.
  [
    /^(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE|FQoGZXIvYXdzE|AQoDYXdzE)$/,
    "the fixed start of every AWS session token",
  ],
  // `"klarna_live_api_" + body`: a vendor's prefix, its random part added by code.
  [/^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*[_-]$/, "a prefix with its random part left out"],
  // An ISO 8601 date or time (`admin.passwordMtime: "2024-02-01T10:00:00Z"`, Argo CD's).
  [
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    "a date or time",
  ],
  [/^(?:sha(?:1|256|384|512)|md5)[-:]/i, "a digest"],
  [/^\$(?:2[abxy]?|5|6|argon2(?:id|i|d)?|pbkdf2[\w-]*|scrypt|y|gy|7)\$/, "a password hash"],
  // Django's: algorithm$iterations$salt$hash, argon2$argon2id$..., bcrypt_sha256$$2b$...
  [
    /^(?:pbkdf2_sha(?:1|256)|argon2|bcrypt(?:_sha256)?|scrypt|sha1|md5|unsalted_(?:md5|sha1)|crypt)\$[^\s$]*\$/,
    "a password hash (Django)",
  ],
  [/^\{(?:SSHA|SHA|SMD5|MD5|CRYPT|BCRYPT|PBKDF2)[\w-]*\}/i, "an LDAP password hash"],
  [
    /^[a-f0-9]{8}-[a-f0-9]{4}-0000-[a-f0-9]{4}-[a-f0-9]{12}$|^0{8}-0{4}-0{4}-0{4}-0{12}$/i,
    "a nil or sequential UUID",
  ],
  // Twilio-style resource SIDs (AC account, SK API key, PN number...): two capitals, 32 hex.
  [/^[A-Z]{2}[0-9a-f]{32}$/, "a resource SID (an identifier)"],
  // CONSTANT_CASE with underscores around it too: `_WP_PASS` is a token a deploy script's sed
  // replaces, not a password.
  [/^[a-z]+(?:_[a-z]+)+$|^_{0,2}[A-Z]+(?:_[A-Z]+)+_{0,2}$|^[a-z]+(?:-[a-z]+)+$/, "an identifier"],
  [/^[A-Za-z][a-z]{2,}(?:[A-Z][a-z]{2,})+$/, "a camelCase or PascalCase identifier"],
  // `$pw = ConvertTo-SecureString $plain ...`: the value assigned is a command's output.
  [/^[A-Z][a-z]{1,11}(?:To|From)?-[A-Z][A-Za-z]{2,40}$/, "a PowerShell cmdlet (Verb-Noun)"],
];

/** Why `value` is ordinary data (a path, URL, number, hash of a password...) rather than a secret. */
export function dataShapeReason(value: string): string | undefined {
  for (const [shape, reason] of NOT_SECRET_SHAPES) if (shape.test(value)) return reason;
  return undefined;
}

/** Vendor-prefixed tokens (`ghp_`, `sk_live_`, `xoxb-`, `CCIPAT_`, `st.`) belong to their own detectors. */
/** Why `value` is a token with a detector of its own format (a JWT, a Telegram bot token). */
export function tokenFormatReason(value: string): string | undefined {
  if (/^eyJ[\w-]*\.eyJ[\w-]*\./.test(value)) return "a JSON Web Token, left to the jwt detectors";
  if (/^\d{1,20}:[A-Za-z0-9_-]{30,40}$/.test(value))
    return "a Telegram-shaped bot token, left to its detector";
  return undefined;
}

/**
 * Three or more equal groups of letters and digits joined by hyphens, as Safari and iCloud
 * Keychain (`xxxxxx-xxxxxx-xxxxxx`) and other password managers generate them: the first group
 * is not a vendor's prefix.
 */
function groupedPassword(value: string): boolean {
  const groups = value.split("-");
  const size = groups[0]?.length ?? 0;
  return (
    groups.length >= 3 &&
    size >= 4 &&
    size <= 8 &&
    groups.every((g) => g.length === size && /^[A-Za-z0-9]+$/.test(g))
  );
}

/**
 * The prefixes (lower case) of the token formats the catalog has detectors for, taken from its
 * keywords (`ghp_`, `sk_live_`, `xoxb-`); `undefined` until the catalog registers them.
 */
let tokenPrefixes: readonly string[] | undefined;

/**
 * Called by the catalog once its detectors are loaded. From then on a generic rule leaves to a
 * vendor's detector only the values with an `_` or `-` prefix some detector is written for: a
 * value with a prefix no detector knows (zigbee2mqtt's `se0_...`) has nobody else to report
 * it. Until then, every prefixed value is left to a vendor's detector.
 */
export function registerTokenPrefixes(keywords: Iterable<string>): void {
  const prefixes = new Set<string>();
  for (const keyword of keywords) {
    const lower = keyword.toLowerCase();
    if (/^[a-z0-9]{1,12}(?:[_.-][a-z0-9]{1,12})*[_.-]$/.test(lower)) prefixes.add(lower);
    // A keyword that runs on past its prefix (`pk.eyj`, Mapbox's) still names it.
    const lead = /^[a-z0-9]{1,12}[_.-](?=[a-z0-9])/.exec(lower);
    if (lead) prefixes.add(lead[0]);
  }
  tokenPrefixes = [...prefixes].filter((prefix) => !SHARED_PREFIXES.has(prefix));
}

/**
 * Prefixes that many vendors' keys start with (DeepSeek's, Braintrust's and LiteLLM's sk-,
 * ElevenLabs' sk_): a value that has one and no longer, vendor-specific prefix (sk-proj-,
 * sk-ant-, sk_live_) is no particular detector's, so the generic rules judge it.
 */
const SHARED_PREFIXES: ReadonlySet<string> = new Set([
  "sk-",
  "sk_",
  "pk-",
  "pk_",
  "key-",
  "key_",
  "api-",
  "api_",
]);

function knownTokenPrefix(value: string): boolean {
  // After a dotted first word (`markup.heading.1`, a grammar's scope) the value is a name, not
  // a token of some vendor's: those stay left out whatever the prefix.
  if (tokenPrefixes === undefined || (/^[A-Za-z0-9]{1,12}\./.test(value) && !DOTTED_PASSPHRASE.test(value)))
    return true;
  const lower = value.toLowerCase();
  return tokenPrefixes.some((prefix) => lower.startsWith(prefix));
}

export function vendorPrefixReason(value: string): string | undefined {
  const format = tokenFormatReason(value);
  if (format !== undefined) return format;
  return knownTokenPrefix(value) &&
    /^(?:[a-z]{2,10}\d?|[a-z]{1,8}\d[a-z]?|[A-Z]{2,10}\d?)[_.-](?:[a-z]{2,8}\d?[_.-])?[A-Za-z0-9]/.test(
      value,
    ) &&
    // An upper-case prefix and a dot is a vendor's only with a second dotted part (SendGrid's
    // SG.<id>.<secret>); XZ.SePwhzb2Fai8 is a generated password.
    !/^[A-Z]{2,10}\d?\.[^.]*$/.test(value) &&
    !/^[a-z]{2,10}[_-][a-z]{2,10}$/.test(value) &&
    // Vendor tokens are made of token characters; `MD.ME+-fb#6~E` is a generated password.
    /^[\w.+/=:-]+$/.test(value) &&
    !groupedPassword(value)
    ? "a vendor-prefixed token, left to its vendor's detector"
    : undefined;
}

export interface GenericValueOptions {
  /** Shortest value considered (default 8). */
  readonly minLength?: number;
  /**
   * Judge a value with a vendor's prefix like any other, rather than leave it to the vendor's
   * detector: where that detector cannot see it (after a shell default's `:-`, which its
   * token boundary excludes).
   */
  readonly keepVendorPrefixed?: boolean;
}

/**
 * The whole precision gate for a generic credential value: why it is not reported, or
 * `undefined` when it looks like a real, generated secret.
 */
export function genericValueReason(value: string, options: GenericValueOptions = {}): string | undefined {
  const minLength = options.minLength ?? 8;
  if (value.length < minLength) return `shorter than ${minLength} characters`;
  return (
    referenceReason(value) ??
    dataShapeReason(value) ??
    placeholderValueReason(value) ??
    (options.keepVendorPrefixed ? tokenFormatReason(value) : vendorPrefixReason(value)) ??
    randomnessReason(value)
  );
}

/**
 * Account names that products and tutorials ship with: user = password on them is a default,
 * and so is one of them given as a password.
 */
export const DEFAULT_ACCOUNTS: ReadonlySet<string> = new Set(
  "admin administrator root sa postgres mysql mariadb oracle system sys guest user test demo default dev developer mongo mongodb redis rabbitmq elastic kibana minio ftp anonymous".split(
    " ",
  ),
);

/**
 * For passwords written in a connection URI or a command line, where the structure already
 * says "this is a password": only references and placeholders are rejected, a human-chosen
 * password is still reported. `routable`: the password opens a server anyone on the network
 * can reach (a URI's routable host): there a password equal to a custom user name (app1:app1 on
 * a cloud cluster) is someone's real choice, and a password slot cannot hold a code reference
 * (meche.in is a password, not a property).
 */
export function passwordPlaceholderReason(
  password: string,
  user?: string,
  routable = false,
): string | undefined {
  const decoded = percentDecoded(password);
  if (decoded.length === 0) return "empty password";
  if (
    user !== undefined &&
    user.length > 0 &&
    decoded.toLowerCase() === user.toLowerCase() &&
    (!routable || DEFAULT_ACCOUNTS.has(user.toLowerCase()))
  )
    return "password equals the user name (a default or a placeholder)";
  if (user !== undefined && namedPair(user, decoded)) return "a user and password named for what goes there";
  const reference = referenceReason(decoded);
  if (reference !== undefined && !(routable && reference === DOTTED_IDENTIFIER_REASON)) return reference;
  return placeholderValueReason(decoded) ?? passwordShapeReason(decoded);
}

/**
 * Why a value written for a server known to exist (a managed database's own host) is no
 * password at all: empty, a reference or template, a placeholder in brackets, a mask, words
 * naming what goes there, placeholder wording, a stock placeholder (`changeme`; not a weak
 * password people choose, such as `123456`), a default account's own name, or a user and
 * password each named for what goes there. What `passwordPlaceholderReason` rejects besides
 * (short, digits only, dictionary words, the custom user's own name) is a weak password, and
 * such a server takes it.
 */
export function notAPasswordReason(password: string, user?: string): string | undefined {
  const decoded = percentDecoded(password);
  if (decoded.length === 0) return "empty password";
  // `owner:pw@`, `app:pwd@`: the short names of what goes there.
  if (/^(?:pw|pwd|pass|passwd|password|secret)$/i.test(decoded)) return "a word naming the password";
  const lowerUser = user?.toLowerCase();
  if (lowerUser !== undefined && decoded.toLowerCase() === lowerUser && DEFAULT_ACCOUNTS.has(lowerUser))
    return "password equals the user name (a default or a placeholder)";
  if (user !== undefined && namedPair(user, decoded)) return "a user and password named for what goes there";
  const reference = referenceReason(decoded);
  if (reference !== undefined && reference !== DOTTED_IDENTIFIER_REASON) return reference;
  const lower = decoded.toLowerCase();
  const stock = PLACEHOLDER_VALUES.has(lower) || PLACEHOLDER_VALUES.has(lower.replace(/[^a-z0-9@$]/g, ""));
  if (stock && !isWeakChosenPassword(decoded)) return `the placeholder "${decoded}"`;
  return maskOrWordingReason(decoded, true) ?? passwordShapeReason(decoded);
}

/** A password as the server sees it: percent-encoding undone where it is well formed. */
function percentDecoded(password: string): string {
  try {
    return decodeURIComponent(password);
  } catch {
    // Not percent-encoded: keep as written.
    return password;
  }
}

/** `ftpuser:ftppass`, `DbUser:DbPassword`: a sample pair, each named for what goes there. */
function namedPair(user: string, password: string): boolean {
  const userStem = /^(.*?)[_.-]?(?:user(?:name)?|login)$/i.exec(user)?.[1];
  const passwordStem = /^(.*?)[_.-]?(?:pass(?:word|wd)?|pwd)$/i.exec(password)?.[1];
  return userStem !== undefined && userStem.toLowerCase() === passwordStem?.toLowerCase();
}

/** A password people chose or a tool generated: kept unless passwordPlaceholderReason rejects it. */
export const chosenPassword: Validator = (secret) => passwordPlaceholderReason(secret) ?? true;

function passwordShapeReason(password: string): string | undefined {
  if (/^:[A-Za-z_]\w*$/.test(password)) return "a named bind parameter";
  if (/^\{[^}]*\}$|^\[[^\]]*\]$|^<[^>]*>$|^%[^%]+%$/.test(password)) return "a placeholder in brackets";
  if (/^\*+$|^x+$/i.test(password)) return "a mask";
  // DB_PASSWORD, DOCKER_PASSWORD, API_TOKEN: the name of the variable meant to be put there.
  if (
    /^(?:[A-Z][A-Z0-9]*_)*(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|API_?KEY)(?:_[A-Z0-9]+)*$/.test(password)
  )
    return "a variable's name standing for the password";
  if (/^["']\$\{?[A-Za-z_]\w*\}?["']?$/.test(password)) return "a shell variable in quotes";
  return undefined;
}
