/**
 * Turns a sentence into the hashed sparse features of the check-worthiness model: the one implementation used by
 * the training script and by the scorer, so a committed model always sees the features it was trained on.
 */

/** Which feature groups a model uses; stored with its weights. */
export type FeatureSet = {
  /** Lowercase words, numbers folded into classes (<money>, <pct>, <year>, <num>). */
  words: boolean;
  /** Adjacent word pairs, with sentence start and end markers. */
  bigrams: boolean;
  /** Longest n-gram over the topic-free skeleton (function words kept, content words as their shape); 0 = none. */
  skeletonMaxN: number;
  /** A few dozen indicator features: length, numbers, questions, opinion openers, comparisons, third parties. */
  dense: boolean;
};

export type SparseVector = { indices: number[]; values: number[] };

const FUNCTION_WORDS = new Set(
  (
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself " +
    "it its itself they them their theirs themselves this that these those who whom whose which what when where why how " +
    "a an the and but or nor so yet for if then than because while although though unless whether as of at by from in into " +
    "on onto over under up down out off about above below after before between through during without within against among " +
    "to with upon toward towards across around since until till " +
    "am is are was were be been being have has had having do does did doing done will would shall should can could may might " +
    "must ought not no never ever n't 's 're 've 'll 'd 'm " +
    "very just now then here there always already still also only even again ago today tonight yesterday tomorrow last next " +
    "first once twice too really actually probably maybe perhaps certainly frankly simply fact " +
    "well yes yeah uh um oh okay ok look listen let please thank thanks sure mean guess feel hope think believe know want " +
    "going gonna go say said says tell told ask asked talk talking get got make made give take come see " +
    "more most less least fewer many much few every all some any none each both half other another such own same " +
    "one two three four five six seven eight nine ten hundred hundreds thousand thousands million millions billion billions " +
    "trillion percent per dollars number numbers rate record times year years"
  ).split(" "),
);

const IRREGULAR_PAST = new Set(
  (
    "became began brought built bought caught chose came cut dealt did drew drove ate fell felt fought found flew forgot froze " +
    "gave went grew hung heard hid held hurt kept knew laid led left lent let lay lost meant met paid put quit ran rose saw " +
    "sought sold sent set shook shot shut sang sank sat slept spoke spent stood stole struck swore took taught tore told " +
    "thought threw understood woke wore won wrote withdrew overtook undertook overcame"
  ).split(" "),
);

// Debates and articles name different people: "she said" should count as "he said". A Map, not an object literal:
// a sentence with the word "constructor" must not find Object.prototype's constructor function here.
const PRONOUN_FOLD: ReadonlyMap<string, string> = new Map([
  ["she", "he"],
  ["her", "him"],
  ["hers", "his"],
  ["herself", "himself"],
  ["she's", "he's"],
  ["she'll", "he'll"],
  ["she'd", "he'd"],
]);
const NUMBER_WORDS = new Set("hundred hundreds thousand thousands million millions billion billions trillion trillions percent dozen dozens".split(" "));
const TOKEN = /\$\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?(?:\s?%)?|[A-Za-z]+(?:'[A-Za-z]+)*|n't|\?|!|\.\.\.|--|-$/g;
const LEADING_FILLER = /^(?:(?:well|and|but|so|now|look|listen|again|frankly|yes|no|okay|oh)[ ,]+)+/;

/** Curly quotes and dashes folded so "don’t" and "don't" share features. */
export function normalizeText(text: string): string {
  return text
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, " -- ")
    .replace(/\s+/g, " ")
    .trim();
}

function numberClass(token: string): string | null {
  const first = token.charCodeAt(0);
  const digitFirst = first >= 48 && first <= 57;
  if (!digitFirst && token[0] !== "$") return null;
  if (token[0] === "$") return "<money>";
  if (token.endsWith("%")) return "<pct>";
  if (/^(?:1[789]\d\d|20\d\d)$/.test(token)) return "<year>";
  return "<num>";
}

/** Lowercase word, or a class for numbers so "$38 million" and "$750" share a feature. */
function wordForm(token: string): string {
  const lower = numberClass(token) ?? token.toLowerCase();
  return PRONOUN_FOLD.get(lower) ?? lower;
}

/** Topic-free abstraction of a token: function words stay, content words become their shape. */
function skeletonForm(token: string, word: string, position: number): string {
  if (word.startsWith("<") || FUNCTION_WORDS.has(word)) return word;
  if (IRREGULAR_PAST.has(word)) return "<past>";
  if (NUMBER_WORDS.has(word)) return "<numw>";
  if (position > 0 && /^[A-Z]/.test(token)) return "<Cap>";
  if (!/^[a-z]/.test(word)) return word;
  if (word.length > 4 && word.endsWith("ed")) return "<ed>";
  if (word.length > 4 && word.endsWith("ing")) return "<ing>";
  if (word.length > 4 && word.endsWith("ly")) return "<ly>";
  if (word.length > 5 && word.endsWith("est")) return "<est>";
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return "<s>";
  return "<w>";
}

function bucket(n: number, edges: number[]): number {
  let b = 0;
  while (b < edges.length && n >= edges[b]) b++;
  return b;
}

const CLASS_COUNTS = ["<num>", "<pct>", "<money>", "<year>", "<numw>", "<past>", "<ed>", "<est>", "<Cap>"];

/** Signals that carry over between debates and news: quantities, comparisons, who is talked about, how it is said. */
function denseFeatures(lower: string, tokens: string[], skeleton: string[]): string[] {
  const out: string[] = [];
  const wordCount = tokens.filter((t) => /[a-z0-9]/i.test(t)).length;
  out.push(`len${bucket(wordCount, [4, 7, 11, 16, 25, 40])}`);
  const numbers = skeleton.filter((s) => s === "<num>" || s === "<pct>" || s === "<money>" || s === "<year>").length;
  out.push(`nums${bucket(numbers, [1, 2, 3])}`);
  for (const cls of CLASS_COUNTS) {
    const count = skeleton.filter((s) => s === cls).length;
    if (count > 0) out.push(`has${cls}`, `count${cls}${bucket(count, [2, 3])}`);
  }
  const last = tokens[tokens.length - 1] ?? "";
  if (last === "?") out.push("question");
  if (last === "!") out.push("exclaim");
  if (last === "--" || last === "-" || last === "...") out.push("cutoff");
  if (/^i (?:think|believe|feel|hope|guess|want|wish|will|would|'ll|'m (?:going|not going|proud|glad|happy))\b/.test(lower.replace(LEADING_FILLER, "")))
    out.push("opinionOpener");
  if (/\b(?:thank|thanks|congratulat|pleasure|honou?red|good evening|good night)/.test(lower)) out.push("courtesy");
  if (/\b(?:more|less|fewer|higher|lower|bigger|smaller|larger|greater|worse|better)\b.*\bthan\b/.test(lower)) out.push("comparative");
  if (/\b(?:most|least|largest|biggest|highest|lowest|worst|best|first|only)\b/.test(lower)) out.push("superlativeish");
  if (/\b(?:we|i)(?:'ll| will| are going to|'re going to| am going to|'m going to| would| want to| need to| have to| must| should)\b/.test(lower))
    out.push("firstPersonIntent");
  if (/\b(?:he|she|they|his|her|their|senator|governor|president|administration|congress)\b/.test(lower)) out.push("thirdParty");
  if (/\b(?:voted|vote[sd]?|cast)\b/.test(lower)) out.push("voting");
  return out;
}

/** FNV-1a: stable across runs and platforms, so committed weights keep meaning the same features. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Named features grouped by prefix ("w", "b", "s2", "d"); exported for inspecting what a model learnt. */
export function featureNames(sentence: string, set: FeatureSet): string[] {
  const normalized = normalizeText(sentence);
  const tokens = normalized.match(TOKEN) ?? [];
  const words = tokens.map(wordForm);
  const names: string[] = [];
  if (set.words) for (const w of words) names.push(`w:${w}`);
  if (set.bigrams) {
    const padded = ["<s>", ...words, "</s>"];
    for (let i = 0; i + 1 < padded.length; i++) names.push(`b:${padded[i]} ${padded[i + 1]}`);
  }
  const skeleton = tokens.map((t, i) => skeletonForm(t, words[i], i));
  if (set.skeletonMaxN > 0) {
    const padded = ["<s>", ...skeleton, "</s>"];
    for (let n = 1; n <= set.skeletonMaxN; n++)
      for (let i = 0; i + n <= padded.length; i++) names.push(`s${n}:${padded.slice(i, i + n).join(" ")}`);
  }
  if (set.dense) for (const d of denseFeatures(normalized.toLowerCase(), tokens, skeleton)) names.push(`d:${d}`);
  return names;
}

/**
 * The sparse vector of a sentence in a 2^hashBits space. Each n-gram group is scaled by 1/sqrt(its size) so long
 * sentences do not outvote short ones; dense indicators stay at 1.
 */
export function extractFeatures(sentence: string, set: FeatureSet, hashBits: number): SparseVector {
  const mask = (1 << hashBits) - 1;
  const names = featureNames(sentence, set);
  const groupSize = new Map<string, number>();
  for (const name of names) {
    const group = name.slice(0, name.indexOf(":"));
    groupSize.set(group, (groupSize.get(group) ?? 0) + 1);
  }
  const values = new Map<number, number>();
  for (const name of names) {
    const group = name.slice(0, name.indexOf(":"));
    const scale = group === "d" ? 1 : 1 / Math.sqrt(groupSize.get(group) ?? 1);
    const index = hash(name) & mask;
    values.set(index, (values.get(index) ?? 0) + scale);
  }
  const indices = [...values.keys()].sort((a, b) => a - b);
  return { indices, values: indices.map((i) => values.get(i) ?? 0) };
}

/** A committed model: one or more logistic regressions over hashed features, averaged. */
export type CheckworthinessModel = {
  hashBits: number;
  threshold: number;
  /** Non-zero weights only; `indexGaps` holds each index minus the previous one (a third of the file size). */
  members: { features: FeatureSet; bias: number; indexGaps: number[]; weights: number[] }[];
};

/** Builds the scoring function of a model once (dense weight tables), for the scorer and the training script alike. */
export function modelScorer(model: CheckworthinessModel): (sentence: string) => number {
  const members = model.members.map((member) => {
    const table = new Float64Array(1 << model.hashBits);
    let index = 0;
    member.indexGaps.forEach((gap, k) => {
      index += gap;
      table[index] = member.weights[k];
    });
    return { features: member.features, bias: member.bias, table };
  });
  return (sentence) => {
    let sum = 0;
    for (const member of members) {
      const { indices, values } = extractFeatures(sentence, member.features, model.hashBits);
      let z = member.bias;
      for (let k = 0; k < indices.length; k++) z += member.table[indices[k]] * values[k];
      sum += 1 / (1 + Math.exp(-z));
    }
    return sum / members.length;
  };
}
