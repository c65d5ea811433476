/**
 * The rubric's vocabulary (docs/rubric.md): which unit of work a verb names, which way it leans,
 * and the words around it that change the picture. Authored by hand from the rubric, not fitted.
 *
 * Leans: A = automatable (routine information work), D = democratized (expert information work a
 * non-expert can now do with AI), S = specialized (judgment, accountability, people, presence).
 * Only the A/D leans split the exposed tasks; the specialized side is decided by the fitted
 * weights plus the fixed rubric rules in rubric-rules.ts.
 */
import type { Atom } from "../taxonomy";
import type { PrepPhrase } from "./parse-types";

export type Lean = "A" | "D" | "S";

export interface VerbEntry {
  atom: Atom;
  lean: Lean;
}

/** "lemma atom lean" per line; '#' starts a comment. Parsed once at module load. */
function table(source: string): Map<string, VerbEntry> {
  const map = new Map<string, VerbEntry>();
  for (const raw of source.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const [atom, lean, ...lemmas] = line.split(/\s+/);
    for (const lemma of lemmas) {
      // One lemma, one reading: a second entry would silently win, so refuse it at load.
      if (map.has(lemma)) throw new Error(`lexicon: verb '${lemma}' is listed twice`);
      map.set(lemma, { atom: atom as Atom, lean: lean as Lean });
    }
  }
  return map;
}

/** A set of the words in `source`, split at whitespace (the lexicon's and the rules' word lists). */
export function words(source: string): Set<string> {
  return new Set(source.split(/\s+/).filter(Boolean));
}

/** atom lean lemma… */
export const VERBS = table(`
research   D research investigate study explore survey search locate seek probe discover source
research   A look gather obtain retrieve collect lookup
summarize  A summarize abstract condense digest recap outline
draft      A draft write prepare compose type document word
draft      D author formulate articulate translate edit
organize   A compile record file enter log tabulate catalog catalogue index sort transcribe format update
organize   A maintain keep schedule book register archive input post track list reconcile copy process
organize   A organize arrange classify tally fill duplicate scan store retain inventory label reset relabel
organize   A dedupe correct generate
organize   A upload download enrich
analyze    D analyze analyse calculate compute estimate forecast model quantify measure interpret assess
analyze    D evaluate project predict simulate test diagnose examine determine appraise price
analyze    A count total average
analyze    D troubleshoot debug qualify
counterargue D review critique challenge proofread scrutinize question debate argue dispute validate redline
check_risks D audit verify check monitor ensure inspect comply enforce detect screen
compare    D compare benchmark contrast rank select choose shortlist match
support_decision S approve authorize decide sign ratify adjudicate rule sentence certify endorse veto
support_decision D recommend advise plan propose suggest prioritize budget allocate strategize triage
support_decision S establish direct govern oversee
coordinate A notify inform remind email forward route dispatch distribute circulate send
coordinate A answer respond reply relay
coordinate D coordinate communicate confer consult collaborate liaise present report correspond
coordinate D meet discuss explain brief contact attend participate facilitate organise
coordinate D call sync escalate
coordinate A chat
lead_people S supervise manage lead mentor coach hire recruit discipline motivate appoint delegate
lead_people S train instruct teach assign staff guide onboard dismiss fire promote oneonone
relate     S counsel care treat nurse comfort console reassure greet serve sell negotiate mediate
relate     S interview advocate represent testify persuade accompany escort visit help assist
relate     S arbitrate bargain assure befriend entertain
hands_on   S operate repair install clean assemble cut load unload lift drive weld paint drill
hands_on   S adjust replace remove mount position attach fasten connect disassemble dismantle
hands_on   S mix pour spray sand polish wash wipe sweep mop dust scrub trim shape grind press
hands_on   S fabricate construct build erect dig excavate haul carry move transport deliver
hands_on   S calibrate service lubricate align tighten bolt weigh fit feed tend harvest plant
hands_on   S cook bake fry grill slice chop bathe dress groom restrain patrol guard
hands_on   S stock shelve pack wrap seal splice solder wire thread sew stitch cure mold cast
hands_on   S set lay hang climb shovel pump inject tape glue sharpen grease prune
hands_on   S restock replenish pick commission
create     D design develop create devise invent conceive illustrate sketch program
create     D code prototype engineer architect craft produce photograph film storyboard
create     D deploy refactor configure brainstorm migrate
`);

/**
 * Nouns that name an action, and the verb they stand for. Task logs are often verb-less noun
 * phrases ("CRM updates", "code review", "Q3 pipeline review prep", "safety huddle"); when a
 * clause has no verb, the last of these in it is read as its verb (parse.ts), so the phrase
 * reads as "update CRM", "prepare pipeline review", "meet about safety".
 */
export const ACTION_NOUNS = new Map<string, string>(
  `review:review update:update processing:process planning:plan plan:plan monitoring:monitor
   cleanup:clean research:research analysis:analyze prep:prepare preparation:prepare
   meeting:meet huddle:meet standup:meet sync:meet retrospective:meet allhands:meet
   oneonone:oneonone oneonones:oneonone call:call phone:call escalation:escalate triage:triage reconciliation:reconcile
   forecast:forecast forecasting:forecast budgeting:budget reporting:report scheduling:schedule
   onboarding:onboard training:train interview:interview inspection:inspect audit:audit
   entry:enter filing:file invoicing:invoice billing:bill coaching:coach mentoring:mentor
   hiring:hire recruiting:recruit sourcing:source negotiation:negotiate approval:approve
   presentation:present demo:present troubleshooting:troubleshoot installation:install
   repair:repair maintenance:service delivery:deliver picking:pick packing:pack loading:load
   unloading:unload receiving:receive shipping:ship stocking:stock restocking:restock
   counting:count count:count inventory:inventory drafting:draft writing:write design:design
   testing:test debugging:debug deployment:deploy refactoring:refactor documentation:document
   handoff:meet handover:meet followup:remind qbr:meet outreach:contact qualification:qualify evaluation:evaluate
   assessment:assess investigation:investigate configuration:configure migration:migrate
   prioritization:prioritize refinement:plan grooming:plan walkthrough:explain brainstorm:brainstorm
   survey:survey proofreading:proofread editing:edit translation:translate transcription:transcribe
   scanning:scan labeling:label relabeling:label sorting:sort housekeeping:clean
   replenishment:replenish reset:reset chat:answer training:attend
   commissioning:commission readout:report
   session:meet workshop:meet webinar:meet orientation:meet debrief:meet kickoff:meet offsite:meet
   checkin:meet checkins:meet seminar:meet roundtable:meet ridealong:meet ridealongs:meet rounds:meet rounding:meet
   comparison:compare benchmarking:benchmark benchmark:benchmark generation:generate
   setup:configure writeup:write restock:restock pickup:pick tuneup:service dedupe:dedupe
   hygiene:clean upgrade:update upgrades:update correction:correct corrections:correct
   verification:verify reminder:remind reminders:remind posting:post postings:post
   enrollment:register calculation:calculate modelling:model modeling:model run:process
   test:test tests:test visit:visit callback:call callbacks:call moderation:facilitate intake:interview
   facilitation:facilitate charting:record bugfix:debug bugfixes:debug hotfix:debug
   screening:interview breakout:meet sizing:estimate rollout:distribute critique:critique
   signoff:approve hearing:meet conference:meet spikeresearch:research phoneline:call`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(":") as [string, string]),
);

/**
 * Objects that move the atom or the lean when the verb alone is ambiguous
 * ("prepare reports" is drafting, "prepare food" is hands-on).
 */
export const OBJECT_KINDS: Record<string, Set<string>> = {
  document: words(`report letter memo memorandum document documentation correspondence email e-mail summary
    minutes minute article brochure manual newsletter note notice speech script description agenda bulletin
    announcement faq reply response paperwork statement summary transcript bid deck slide post blog
    postmortem runbook`),
  record: words(`record file database data datum log spreadsheet inventory schedule appointment calendar form
    list table entry payroll account invoice receipt order transaction ledger register timesheet
    directory roster figure number statistic expense reservation booking registration filing
    checklist ticket macro crm erp wms sfdc salesforce hubspot jira ats hris zendesk wiki confluence
    netsuite quickbooks servicetitan contact`),
  analysis: words(`analysis trend forecast model estimate cost budget projection risk metric research study
    finding evidence literature market option alternative proposal strategy policy plan scenario
    requirement specification feasibility impact performance`),
  software: words(`software code program application app website script algorithm database system
    interface dashboard query feature pullrequest pullrequests api repo repository sql
    softwaretool devicegateway devicecloud`),
  design: words(`design layout drawing blueprint prototype graphic logo illustration campaign concept
    curriculum course lesson content material advertisement ad`),
  staff: words(`staff employee worker personnel team subordinate crew volunteer trainee apprentice
    assistant technician workforce intern hire candidate applicant recruit supervisor manager
    rep representative`),
  client: words(`client customer patient guest passenger student child resident visitor patron family
    public buyer tenant victim inmate offender pupil caller consumer parent infant elderly
    traveler traveller claimant beneficiary donor`),
  physical: words(`equipment machine machinery vehicle tool engine pipe wire part material component tire
    truck car valve pump cable metal wood lumber concrete brick tile floor wall roof beam
    workpiece fixture gage gauge meter tank container load cargo package shelf crate pallet food
    meal dish ingredient plant tree crop soil animal livestock furniture appliance instrument device
    hand body site room building structure aircraft vessel ship boat train fire weapon specimen
    sample dough fabric garment hair skin nail tooth teeth wound bandage forklift van dock
    aisle rack shelving warehouse jobsite refrigerant coolant lubricant sealant insulation duct
    ductwork compressor condenser furnace boiler`),
  risk: words(`compliance regulation safety risk hazard audit quality standard violation law legislation
    policy procedure code fraud security control conformance`),
};

export type ObjectKind = keyof typeof OBJECT_KINDS;

// One lookup instead of one per kind; the first kind listed wins for a word in two lists.
const KIND_OF = new Map<string, ObjectKind>();
for (const kind of Object.keys(OBJECT_KINDS) as ObjectKind[]) {
  for (const word of OBJECT_KINDS[kind]) if (!KIND_OF.has(word)) KIND_OF.set(word, kind);
}

export function objectKind(lemma: string): ObjectKind | undefined {
  return KIND_OF.get(lemma);
}

/** Hands-on verbs that also name information work when their object is information. */
export const HANDS_ON_ON_INFORMATION = new Set(["clean", "build", "construct", "assemble", "install", "fix", "repair", "set", "align", "connect", "move", "load", "sort", "adjust", "replace", "remove"]);
/** Records that may also be things to carry: "pick orders", "load the inventory". */
const PHYSICAL_TOO = new Set(["order", "inventory", "receipt", "delivery", "shipment", "package"]);
const BUILD_VERBS = new Set(["build", "construct", "assemble", "install", "set"]);

/**
 * Office things built or assembled that the object kinds leave out ("calc sheet", "board
 * binder", "SPC charts", "Grafana alerts"): made on paper or on screen, not by hand (decision
 * 189). Not object kinds: those move the fitted split on every statement that names them.
 */
const OFFICE_MADE = new Set(["binder", "packet", "quiz", "playbook", "template", "sheet", "tracker", "calc", "calculation", "chart", "alert", "diagram", "topology"]);
/** What a made thing can be made of: "scale models", "wooden models", "steel frames". */
const MATERIAL_WORDS = new Set(["scale", "wooden", "clay", "wax", "plaster", "foam", "physical", "miniature", "steel"]);
const isMaterial = (mod: string) => MATERIAL_WORDS.has(mod) || KIND_OF.get(mod) === "physical";
/** The object kinds that are information rather than people or things. */
export const INFORMATION_KINDS: ReadonlySet<string> = new Set(["record", "document", "analysis", "software", "design"]);

/**
 * A thing made of information ("log", "email", "calc"), not one that may also be carried
 * ("orders"), nor an analysis word ("plan", "strategy"), which a decision names as often
 * (decision 206).
 */
export function isInformationThing(lemma: string): boolean {
  if (PHYSICAL_TOO.has(lemma)) return false;
  const kind = KIND_OF.get(lemma);
  return OFFICE_MADE.has(lemma) || (kind !== undefined && kind !== "analysis" && INFORMATION_KINDS.has(kind));
}

/**
 * The unit of work a verb names in its clause: the lexicon's atom, except that a hands-on verb
 * on information ("clean up CRM data", "build app features", "fix bugs in the code") is
 * information work, and building a model or a forecast makes something on paper. The fitted
 * "a:" features and the atom read this, so both agree.
 */
/** The first of a clause's verbs the lexicon knows (the one the atom, the split and the holds read). */
export const firstKnownVerb = (verbs: readonly string[]): string | undefined => verbs.find((v) => VERBS.has(v));

export function verbAtom(verb: string, objects: readonly string[], mods: readonly string[]): Atom | undefined {
  const entry = VERBS.get(verb);
  if (entry === undefined || entry.atom !== "hands_on" || !HANDS_ON_ON_INFORMATION.has(verb)) return entry?.atom;
  for (const object of objects) {
    const kind = KIND_OF.get(object);
    if (kind === undefined && !OFFICE_MADE.has(object)) continue;
    // Office things made are made as software and designs are (decision 189).
    if (kind === undefined || kind === "software" || kind === "design") return BUILD_VERBS.has(verb) ? "create" : "organize";
    if (kind === "document") return "draft";
    // "build a cash flow model", "build the Q3 forecast": a model on paper, unless it is made of
    // something ("build scale models of sets", "construct wooden models").
    if (kind === "analysis" && BUILD_VERBS.has(verb) && verb !== "set" && !mods.some(isMaterial)) return "create";
    if (kind === "record" && !PHYSICAL_TOO.has(object)) return "organize";
    return entry.atom;
  }
  return entry.atom;
}

/** Adjectives and nouns that make information work routine (toward automatable). */
export const ROUTINE_WORDS = words(`routine standard daily weekly monthly regular simple basic recurring template
  clerical repetitive periodic routinely standardized standardised boilerplate`);

/** Adjectives and nouns that make information work need domain knowledge (toward democratized). */
export const EXPERTISE_WORDS = words(`complex technical scientific statistical legal strategic engineering
  financial novel advanced specialized specialised econometric actuarial research scholarly architectural
  analytical quantitative regulatory theoretical experimental`);

/** Object kinds that are not people: "with call notes", "with the forklift" is a thing worked with, not someone met. */
const THING_KINDS = new Set(["record", "document", "analysis", "software", "design", "physical", "risk"]);
/** "with Marco", "w/ team": someone the work was done with, not a thing worked with. */
export const isSomeoneWith = (p: PrepPhrase) => p.prep === "with" && !THING_KINDS.has(objectKind(p.head) ?? "");

/**
 * Documents someone authors with domain knowledge, as against standard reports and records: on
 * log lines only (exposed-split.ts), where the document is most of what the line says ("proposal
 * deck for Pied Piper", "postmortem writeup"). Counted on task statements too, they lowered the
 * cross-validated automatable kappa on dev_aei.csv from 0.205 to 0.176 (decision 136).
 */
export const AUTHORED_DOCUMENTS = words(`proposal memo deck article postmortem runbook whitepaper playbook battlecard rfp
  narrative explainer guide handout writeup policy statementofwork blog script remark speech`);
/**
 * Documents named by a compound whose head alone is any paper (head → the words that may come
 * before it): a standard operating procedure (SOP), a job description, a design doc (decision
 * 188), a product requirements document (PRD; decision 189).
 */
export const AUTHORED_COMPOUNDS = new Map<string, readonly string[]>([
  ["procedure", ["operate"]],
  ["description", ["job"]],
  ["document", ["design", "requirement"]],
]);

/**
 * Stakes and pressure: novel or high-stakes situations are the rubric's specialized ground
 * ("under tight deadlines", "in emergencies").
 */
export const HIGH_STAKES_WORDS = words(`emergency crisis urgent critical dangerous hazardous life-threatening
  deadline pressure disaster accident injury incident conflict dispute grievance crime oncall outage`);

/** Lemmas that say nothing about the work; dropped before features are built. */
export const STOP_LEMMAS = words(`be have do get make use such other various etc include including as well
  also may might can could will would should shall must more most all any each every some one two
  they them their it its this that these those who which what when where whom whose include
  relate related appropriate necessary specific new need`);
