/**
 * Timesheet shorthand, rewritten into words the tagger and the lexicon know, before parsing.
 * Task logs are terse ("1:1 w/ Priya", "QBR prep", "AP/AR recon", "sync re: E33"); wink-nlp
 * tags "w/" as a noun and splits "on-call" into "on", "-", "call".
 *
 * Three kinds of rewrite:
 * - plain expansions ("mtg" → "meeting", "w/" → "with"), case-insensitive;
 * - acronyms that are only acronyms in capitals ("AP", "PR", "QA"), case-sensitive;
 * - compounds wink would split, joined into one token ("on-call" → "oncall"); DISPLAY maps
 *   those back to how people write them, for cue labels.
 * "prep" reads as a verb at the start of a line ("prep QBR deck" → "prepare …") and as a noun
 * elsewhere ("board prep" → "board preparation").
 */

// Maps, not object literals: a token such as "constructor" must not find Object's prototype.
const WORDS = new Map<string, string>(Object.entries({
  "w/": "with",
  "w/o": "without",
  "f/u": "followup",
  "re:": "about",
  mtg: "meeting",
  mtgs: "meetings",
  "1:1": "oneonone",
  "1:1s": "oneonones",
  "1-1": "oneonone",
  "1-1s": "oneonones",
  "1on1": "oneonone",
  "1on1s": "oneonones",
  "1-on-1": "oneonone",
  "1-on-1s": "oneonones",
  "one-on-one": "oneonone",
  "one-on-ones": "oneonones",
  "on-call": "oncall",
  "all-hands": "allhands",
  "stand-up": "standup",
  "stand-ups": "standups",
  "follow-up": "followup",
  "follow-ups": "followups",
  "wrap-up": "wrapup",
  "hand-off": "handoff",
  "clean-up": "cleanup",
  svc: "service",
  svcs: "services",
  eng: "engineering",
  ops: "operations",
  exec: "executive",
  execs: "executives",
  mgr: "manager",
  mgrs: "managers",
  mgmt: "management",
  acct: "account",
  accts: "accounts",
  appt: "appointment",
  appts: "appointments",
  cust: "customer",
  custs: "customers",
  dept: "department",
  docs: "documents",
  doc: "document",
  info: "information",
  mktg: "marketing",
  perf: "performance",
  eval: "evaluation",
  evals: "evaluations",
  prio: "prioritization",
  recon: "reconciliation",
  recons: "reconciliations",
  retro: "retrospective",
  retros: "retrospectives",
  fcst: "forecast",
  arch: "architecture",
  approx: "approximately",
  vs: "versus",
  // Added with the labelled timesheet lines (docs/decisions/107): finance, sales, clinical and
  // field shorthand.
  re: "about",
  rec: "reconciliation",
  recs: "reconciliations",
  calc: "calculation",
  calcs: "calculations",
  pt: "patient",
  pts: "patients",
  rx: "prescription",
  hx: "history",
  disco: "discovery",
  promo: "promotion",
  convo: "conversation",
  convos: "conversations",
  sr: "senior",
  jr: "junior",
  opp: "opportunity",
  opps: "opportunities",
  stmt: "statement",
  stmts: "statements",
  bldg: "building",
  config: "configuration",
  k8s: "kubernetes",
  "check-in": "checkin",
  "check-ins": "checkins",
  "write-up": "writeup",
  "set-up": "setup",
  "tune-up": "tuneup",
  "ride-along": "ridealong",
  "ride-alongs": "ridealongs",
  "trade-off": "tradeoff",
  "trade-offs": "tradeoffs",
  // Added with the sixth set of labelled lines (decision 188).
  "go/no-go": "decision",
  crit: "critique",
  crits: "critiques",
  prez: "presentation",
  sched: "schedule",
  resched: "reschedule",
  wk: "week",
  wks: "weeks",
}));

/** Acronyms rewritten only in capitals: "AP" is accounts payable, "ap" may be anything. */
const ACRONYMS = new Map<string, string>(Object.entries({
  "AP/AR": "accounts payable and receivable",
  AP: "accounts payable",
  AR: "accounts receivable",
  QA: "quality assurance",
  JE: "journal entry",
  JEs: "journal entries",
  PO: "purchase order",
  POs: "purchase orders",
  KB: "knowledge base",
  EM: "engineering manager",
  EMs: "engineering managers",
  PM: "product manager",
  PMs: "product managers",
  RCA: "root cause analysis",
  SOP: "standard operating procedure",
  SOPs: "standard operating procedures",
  // One token: the tagger reads "SOW" as the verb "sow" (decision 188).
  SOW: "statementofwork",
  SOWs: "statementofwork",
  BvA: "budget versus actuals",
  JD: "job description",
  JDs: "job descriptions",
  GL: "general ledger",
  // Added with the tenth set (decision 189): a maintenance work order, a product requirements document.
  WO: "work order",
  WOs: "work orders",
  PRD: "product requirements document",
  PRDs: "product requirements documents",
  // The tagger reads "LED" as the past tense of "lead": leading people (decision 200).
  LED: "lighting",
  LEDs: "lights",
}));

/** "prep": a verb first on the line, a noun after something else. */
const VERB_OR_NOUN = new Map<string, [verb: string, noun: string]>(Object.entries({
  prep: ["prepare", "preparation"],
}) as [string, [string, string]][]);

/** Joined compounds back to how people write them (for cue labels). */
export const DISPLAY = new Map<string, string>(Object.entries({
  oneonone: "1:1",
  oneonones: "1:1s",
  softwaretool: "tool",
  softwaretools: "tools",
  devicegateway: "device-gateway",
  devicecloud: "device cloud",
  pullrequest: "PR",
  pullrequests: "PRs",
  oncall: "on-call",
  allhands: "all-hands",
  followup: "follow-up",
  wrapup: "wrap-up",
  checkin: "check-in",
  checkins: "check-ins",
  writeup: "write-up",
  tuneup: "tune-up",
  ridealong: "ride-along",
  statementofwork: "SOW",
  signoff: "sign-off",
  tradeoff: "trade-off",
  tradeoffs: "trade-offs",
  spikeresearch: "spike",
  phoneline: "line",
}));

// "PR" is a pull request next to review words and public relations elsewhere: only the first
// is rewritten, into one token ("pull request" would tag "pull" as a verb).
const PULL_REQUEST = /\bPRs?(?=\s+(?:reviews?|comments?|feedback|backlog|queue)\b)|(?<=\b(?:review|reviewed|reviewing|merge|merged|merging|open|opened|approve|approved)\s+(?:the\s+|my\s+|\d+\s+)?)PRs?\b/g;
const TOKEN = /(?<![\w/:-])(?:[A-Za-z0-9]+(?:[/:-][A-Za-z0-9]+)*s?[/:]?)(?![\w/-])/g;
// Quick filter: most texts hold none of these characters or words, and skip the token pass.
const MAYBE = /[/:]|-(?:on|up|off|call|hands|one)|-(?:ins?|alongs?)\b|\b(?:mtgs?|svcs?|eng|ops|execs?|mgrs?|mgmt|accts?|appts?|custs?|dept|docs?|info|mktg|perf|evals?|prio|recs?|recons?|retros?|fcst|approx|vs|prep|sync|standups?|1on1s?|AP|AR|QA|JEs?|POs?|KB|EMs?|PMs?|PRs?|re|calcs?|pts?|rx|hx|disco|promo|convos?|sr|jr|opps?|stmts?|bldg|config|k8s|RCA|SOPs?|SOWs?|WOs?|PRDs?|LEDs?|BvA|JDs?|GL|crits?|prez|sched|resched|wks?)\b/i;

/** What a judgment call is made about (or "the call" itself). */
const JUDGMENT_CALL = /^(?:the\s+|final\s+|tough\s+|hard\s+)$|\b(?:scope|trade-?offs?|priority|priorities|staffing|judgment|judgement|hiring|go)\b/i;
/** "sign off on", "signed off the": the verb, as the lexicon knows it, in the tense written. */
const APPROVE: Record<string, string> = { "": "approve", s: "approves", ed: "approved", ing: "approving" };
/** Tools that are software, by the word before them (decision 201). */
const SOFTWARE_TOOL = /\b(internal|in-house|cli|command-line|web|ai|analytics|analysis|reporting|dev|developer|automation|productivity|software|digital|online|saas|bi|marketing|helpdesk|survey|admin|debugging|migration|linting|crm|hr|collaboration)\s+tool(s|ing)?\b/gi;
/** Phrases the tagger splits badly, as the words they mean. */
const PHRASES: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  [/\btak(?:e|es|ing|en)\s+part\s+in\b/gi, "participate in"],
  [/\btook\s+part\s+in\b/gi, "participated in"],
  // "Board prep - tech slides": a spaced dash in a log line works like a colon.
  [/\s+[-–—]\s+/g, ": "],
  // "Phone screen - Sr Data Engineer": a screening interview ("screen" alone is a monitor).
  [/\bphone\s+screen(?:s|ed|ing)?\b/gi, "phone screening"],
  // "Site walk Riverbend Church": a walk of a site is a visit to it, not a verb "site"; a gemba
  // walk is lean manufacturing's walk of the shop floor (decision 189).
  [/\b(?:site|gemba)\s+walks?\b/gi, "site visit"],
  // "build features end to end across …": how fully, not an object "end" and a verb "end" (the
  // tagger's reading, which made the demo's feature work hands-on; decision 189).
  [/\bend[\s-]+to[\s-]+end\b/gi, "fully"],
  // "Review teammates' pull requests": one token, as "PR review" becomes (the tagger reads "pull"
  // as a second verb and the line as two clauses); GitLab's merge requests are the same thing.
  [/\b(?:pull|merge)[\s-]requests?\b/gi, (match: string) => (/s$/i.test(match) ? "pullrequests" : "pullrequest")],
  // "Build an internal tool", "CLI tool for log parsing": a tool named by what it is for in
  // software is software, one token shown as "tool" ("hand tools", "tooling change" stay physical).
  [SOFTWARE_TOOL, (_: string, kind: string, plural = "") => `${kind} softwaretool${plural ? "s" : ""}`],
  // "device-gateway perf fix", "the device cloud": an IoT service, software, not the devices.
  [/\bdevice[\s-](gateway|cloud)\b/gi, (_: string, head: string) => `device${head.toLowerCase()}`],
  // Headings that name the line's work (decision 231). "spike: tenant isolation": an agile spike
  // is a time-boxed investigation, research ("5xx spike", "spiked the op-ed" are not headings).
  // "training module: rebate FAQs": taking a training, as "Training: RF scanner" is, not
  // training people ("build new hire QA training module" names no heading).
  [/^\s*spikes?\s*:/i, "spikeresearch:"],
  [/^\s*training\s+modules?\s*:/i, "training:"],
  // "dealer tech line", "support line": a phone line people staff, calls as "phones" are, not a
  // production line (decision 232). Not "service line", as often a water or gas pipe.
  [/\b(tech|support|help|customer|dealer|advice)\s+lines?\b/gi, "$1 phoneline"],
  // "call w/ Marco @ Acme": a spaced @ is "at".
  [/\s@\s/g, " at "],
  // "rev rec memo": after "rev"/"revenue", "rec" is accounting's revenue recognition (ASC 606),
  // not the reconciliation "rec" means alone ("bank rec Aug"; decision 176).
  [/\brev(?:enue)?\s+recs?\b/gi, "revenue recognition"],
  // Added with the seventh set (decision 188). "sign-off", "signed off on": an approval, one word
  // (the tagger drops "off"). "lit review" is a literature review, not a light one; "conf" with
  // someone, or of a case or parent, is a conference (alone it may be a configuration).
  // After a determiner or an adjective it is the noun ("Final sign-off on FY plan", "get sign-off
  // on tile"): "approve" there is tagged a noun and no rule fires (decision 223).
  [/(?<!\b(?:final|the|a|an|for|get|got|need|needs|pending|awaiting|my|our|your|their|his|her)\s+)\bsign(ed|ing|s)?[-\s]off(?=\s+(?:on|the|a|an|all|this|that|each|every|any)\b)/gi, (_: string, ending = "") => APPROVE[ending.toLowerCase()]],
  [/\bsign(?:ed|ing|s)?[-\s]off\b/gi, "signoff"],
  [/\blit\s+reviews?\b/gi, "literature review"],
  [/\b(case|parent|care|team|family|client)\s+conf\b/gi, "$1 conference"],
  [/\bconf\s+(?=w\/|with\b)/gi, "conference "],
  // A shift's turnover is its handover ("employee turnover" is a rate).
  [/\bshift\s+turnover\b/gi, "shift handover"],
  // "make scope and trade-off calls", "made the call": judgment calls are decisions ("make 30
  // cold calls" are phone calls).
  [/\b(make|makes|made|making)\s+((?:[a-z-]+\s+){0,4}?)calls?\b/gi, (match: string, verb?: string, between = "") => (JUDGMENT_CALL.test(between) ? `${verb} ${between}decisions` : match)],
];

// Whether any phrase may apply: their own patterns, joined (a hand-kept hint once missed "gemba
// walk" without a dash). Only a filter: each pattern still runs on its own.
const PHRASE_HINT = new RegExp(PHRASES.map(([pattern]) => pattern.source).join("|"), "i");

// One scan decides for most texts, which hold no shorthand at all.
const ANY = new RegExp(`${MAYBE.source}|${PHRASE_HINT.source}`, "i");

export function expandShorthand(text: string): string {
  if (!ANY.test(text)) return text;
  // Two calls: TypeScript picks String.replace's overload by the replacement's type.
  if (PHRASE_HINT.test(text))
    for (const [pattern, replacement] of PHRASES) text = typeof replacement === "string" ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
  if (!MAYBE.test(text)) return text;
  const withPulls = text.replace(PULL_REQUEST, (pr) => (pr.endsWith("s") ? "pullrequests" : "pullrequest"));
  return withPulls.replace(TOKEN, (token: string, offset: number) => {
    const isFirst = withPulls.slice(0, offset).trim() === "";
    const expanded = expandToken(token, isFirst);
    if (expanded !== undefined || !token.endsWith(":")) return expanded ?? token;
    // "prep: …" is "prep" and a colon ("re:" itself is in the table).
    const bare = expandToken(token.slice(0, -1), isFirst);
    return bare === undefined ? token : bare + ":";
  });
}

function expandToken(token: string, isFirst: boolean): string | undefined {
  const acronym = ACRONYMS.get(token);
  if (acronym !== undefined) return acronym;
  const lower = token.toLowerCase();
  const word = WORDS.get(lower);
  if (word !== undefined) return word;
  const either = VERB_OR_NOUN.get(lower);
  return either === undefined ? undefined : isFirst ? either[0] : either[1];
}
