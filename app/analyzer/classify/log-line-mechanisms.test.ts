// The log-line mechanisms of decision 135, each checked on the parse and the rules rather than
// on the final class, so a refit of the weights cannot make them pass or fail by itself. Every
// example has a counter-example that must keep its old reading.
import { describe, expect, it } from "vitest";
import { namesAuthored, splitTask } from "./exposed-split";
import { physicalWork } from "./atom";
import { classifyTask } from "./index";
import { taskFeatures } from "./features";
import { verbAtom } from "./lexicon";
import { parseTask } from "./parse";
import { ruleHits } from "./rubric-rules";

const clauses = (text: string) => parseTask(text).clauses;
const first = (text: string) => clauses(text)[0];
const kinds = (text: string) => ruleHits(parseTask(text)).map((h) => `${h.kind}:${h.weight}`);

describe("a meeting named after a word that does nothing to it", () => {
  it("reads 'staff huddle' as the huddle, with the staff as its object", () => {
    expect(first("staff huddle")).toMatchObject({ verbs: ["meet"], objects: ["staff"], nominal: "huddle" });
    expect(kinds("staff huddle")).toContain("meet:1");
  });

  it("counts who a named meeting was with as well ('budget mtg w/ dept heads')", () => {
    expect(first("budget mtg w/ dept heads").verbs).toEqual(["meet"]);
    expect(kinds("budget mtg w/ dept heads").filter((k) => k === "meet:1")).toHaveLength(2);
  });

  it("reads a joined compound as one meeting ('eng all-hands') and plural meetings as the verb's object", () => {
    expect(first("eng all-hands")).toMatchObject({ verbs: ["meet"], nominal: "allhands" });
    expect(first("Transcribe recorded interviews").verbs).toEqual(["transcribe"]);
  });

  it("keeps a verb that acts on the meeting or call ('schedule meeting', 'answer … calls')", () => {
    expect(first("schedule meeting w/ vendor").verbs).toEqual(["schedule"]);
    expect(first("Answer telephones, and route calls or deliver messages.").verbs).toEqual(["answer"]);
  });
});

describe("interviews and the subject after a colon", () => {
  it("reads a log line that is an interview as a conversation, and what follows a colon as its subject", () => {
    expect(clauses("interview loop - system design")).toHaveLength(1);
    expect(kinds("interview loop - system design")).toContain("meet:1");
  });

  it("does not count scheduling interviews as one", () => {
    expect(kinds("schedule interviews").some((k) => k.startsWith("meet:"))).toBe(false);
  });
});

describe("nouns the tagger read as verbs", () => {
  it("reads a gerund after a preposition, before any verb, as the subject matter", () => {
    const clause = first("customer workshop on reporting");
    expect(clause.verbs).toEqual(["meet"]);
    expect(clause.objects).toContain("customer");
    expect(kinds("customer workshop on reporting")).toEqual(expect.arrayContaining(["meet:1", "client:1"]));
  });

  it("keeps a gerund after a preposition once the line has its verb ('assist in developing')", () => {
    expect(clauses("Assist in developing training plans").flatMap((c) => c.verbs)).toContain("develop");
  });

  it("finds the lexicon verb of an -ing form the lemmatizer left whole, but not before the noun it modifies", () => {
    expect(first("comp benchmarking for eng roles").verbs).toEqual(["benchmark"]);
    expect(first("vendor onboarding forms").verbs).not.toContain("onboard");
  });

  it("reads 'board meeting minutes' as minutes being prepared, not a meeting", () => {
    expect(first("board meeting minutes")).toMatchObject({ verbs: ["prepare"], nominal: "minute" });
    expect(kinds("board meeting minutes").some((k) => k.startsWith("meet:"))).toBe(false);
  });
});

describe("records and goods as information", () => {
  it("reads a cleanup of records as their correction, and of a thing as cleaning it", () => {
    expect(first("AP aging cleanup").verbs).toEqual(["correct"]);
    expect(first("truck cleanup").verbs).toEqual(["clean"]);
  });

  it("reads the plural of a lexicon noun the lemmatizer does not know as that noun ('timesheets')", () => {
    expect(first("check timesheets for gaps").objects).toEqual(["timesheet"]);
    expect(kinds("check timesheets for gaps")).toContain("information:-0.75");
    // A word that only looks plural stays as it is.
    expect(first("update the business process").objects).toEqual(["process"]);
  });

  it("keeps comparing goods information work, but not inspecting them", () => {
    expect(kinds("compare helpdesk tools")).toContain("information:-0.75");
    expect(kinds("inspect forklift")).not.toContain("information:-0.75");
  });

  it("leans an authored document toward domain knowledge and a standard report toward routine", () => {
    expect(splitTask(parseTask("proposal deck for Pied Piper")).score).toBeGreaterThan(0);
    expect(splitTask(parseTask("weekly CSAT report")).score).toBeLessThan(0);
  });
});

describe("a sales lead is not leading people", () => {
  it("reads 'lead' heading a sales compound as a noun: no lead rule ('lead list build', 'lead scoring model tweaks')", () => {
    expect(first("lead list build - healthcare").verbs).toEqual([]);
    expect(kinds("lead list build - healthcare").filter((k) => k.startsWith("lead:"))).toEqual([]);
    expect(kinds("lead scoring model tweaks").filter((k) => k.startsWith("lead:"))).toEqual([]);
  });

  it("still reads 'lead' as leading where people or a session follow ('lead team standup', 'Lead classes')", () => {
    expect(kinds("lead the onboarding team")).toContain("lead:1.5");
    expect(first("Lead classes on safety").verbs).toEqual(["lead"]);
  });

  it("reads data transfer verbs as record work ('upload leads from trade show', 'enrich leads w/ ZoomInfo data')", () => {
    expect(first("upload leads from trade show").verbs).toEqual(["upload"]);
    expect(splitTask(parseTask("enrich leads w/ ZoomInfo data")).score).toBeLessThan(0); // negative: toward automatable
  });
});

// Decision 175: classifier 1.4.0.
const splitCues = (text: string) => splitTask(parseTask(text)).clauses.flatMap((c) => c.cues.map((q) => `${q.cue}:${q.weight}`));

describe("places of physical work and people who are staff", () => {
  it("reads work done at someone's home or in a warehouse as work in person: no information rule", () => {
    expect(kinds("troubleshoot no-heat at Garcia home")).not.toContain("information:-0.75");
    expect(kinds("warehouse inventory count")).not.toContain("information:-0.75");
    // Counting records is still information work, and a home is no thing to handle ("visit homes" relates).
    expect(kinds("count open tickets")).toContain("information:-0.75");
    expect(kinds("Visit clients' homes").some((k) => k.startsWith("information"))).toBe(false);
  });

  it("reads sales and service reps as staff: training them leads people, training models does not", () => {
    expect(kinds("train new reps")).toContain("lead:1.5");
    expect(kinds("train models on new data").some((k) => k.startsWith("lead:"))).toBe(false);
  });
});

describe("a first word that names what a derived action noun acts on", () => {
  it("reads 'log analysis' as analyzing logs (no verb of the line's own) and 'market sizing' as estimating a market", () => {
    expect(first("log analysis for latency spike")).toMatchObject({ verbs: ["analyze"], objects: ["log"], nominal: "analysis", verbless: true });
    // "market" is no lexicon verb: the older unknown-first-word reading, with the new action noun.
    expect(first("market sizing for EU launch")).toMatchObject({ verbs: ["estimate"], objects: ["market"] });
    expect(first("budget template rollout")).toMatchObject({ verbs: ["distribute"], objects: ["budget"] });
  });

  it("keeps the verb when the action noun is its own verb form, the verb acts on work, or the text is a statement", () => {
    expect(first("schedule interviews").verbs).toEqual(["schedule"]);
    expect(first("plan budget review").verbs).toEqual(["plan"]);
    expect(first("Post medical insurance billing and payments to patient accounts.").verbs).toContain("post");
    expect(first("develop marketing plan").verbs).toEqual(["develop"]);
  });
});

describe("the split of lines that name their work", () => {
  it("counts an analysis named as a verbless line's work as expert work, and the records it reads as its material", () => {
    expect(splitCues("NPS survey analysis")).toContain("'analysis':1");
    expect(splitCues("log analysis for latency spike")).not.toContain("object 'log':-0.75");
    // A statement with its own verb gets no such cue; record keeping keeps its routine lean.
    expect(splitCues("Analyze survey results.")).not.toContain("'analyze':1");
    expect(splitCues("update CRM records")).toContain("object 'records':-0.75");
  });

  it("lets an authored document decide a verbless line, not the writing verb it implies", () => {
    expect(splitCues("postmortem writeup for the outage")).toContain("'postmortem':1");
    expect(splitCues("postmortem writeup for the outage").some((c) => c.startsWith("verb "))).toBe(false);
    // A routine document keeps the routine drafting lean.
    expect(splitCues("CSM handoff notes").some((c) => c.startsWith("verb ") && c.endsWith(":-1"))).toBe(true);
  });
});

describe("a deliverable named before its purpose", () => {
  it("reads 'SQL to pull churned accts' as making the query, the pulling as its purpose", () => {
    const [made, purpose] = clauses("SQL to pull churned accts");
    expect(made).toMatchObject({ verbs: ["prepare"], objects: ["sql"], secondary: false });
    expect(purpose).toMatchObject({ verbs: ["pull", "churn"], secondary: true });
  });

  it("leaves a line whose first noun is no deliverable as it was ('customer calls to confirm visits')", () => {
    expect(first("customer calls to confirm visits").verbs).toEqual(["call"]);
  });
});

describe("a preposition tagged as a subordinator", () => {
  it("makes the next 'verb' a noun while the line has no verb ('hotfix for prod login bug')", () => {
    expect(first("hotfix for prod login bug")).toMatchObject({ verbs: ["debug"], preps: [{ prep: "for", head: "bug" }] });
  });

  it("keeps a verb after it once the line has one", () => {
    expect(clauses("Check for leaks before testing")[0].verbs).toEqual(["check"]);
  });
});

describe("goods read about", () => {
  it("lets the information rule claim the goods compared or priced, so their physical kind does not speak", () => {
    const hit = ruleHits(parseTask("compare power tools")).find((h) => h.kind === "information");
    expect(hit?.lemma).toBe("tool");
    // Reading records claims nothing: the rule does not take words from the fitted weights.
    expect(ruleHits(parseTask("dedupe contacts in HubSpot")).find((h) => h.kind === "information")?.lemma).toBe("");
  });
});

describe("a named meeting speaks for the verb it was read as", () => {
  it("claims 'meet' for 'exec staff meeting', so the verb's learned group weight does not argue with the rule", () => {
    const parsed = parseTask("exec staff meeting");
    const hits = ruleHits(parsed);
    expect(hits.find((h) => h.kind === "meet")?.lemma).toBe("meet");
    expect(taskFeatures(parsed, hits)).not.toContain("a:coordinate");
    // A meeting acted on keeps its verb and no claim on "meet" ("schedule meeting w/ vendor").
    expect(ruleHits(parseTask("schedule meeting w/ vendor")).some((h) => h.lemma === "meet")).toBe(false);
  });
});

describe("Decision 176: 'rec' after 'rev' is revenue recognition", () => {
  it("reads 'rev rec memo' as a memo on revenue recognition, an authored document the split counts", () => {
    expect(first("rev rec memo for the Hooli contract").mods).toEqual(expect.arrayContaining(["revenue", "recognition"]));
    expect(first("rev rec memo for the Hooli contract").mods).not.toContain("reconciliation");
    expect(splitTask(parseTask("rev rec memo for the Hooli contract")).score).toBeGreaterThan(0);
    // "rec" alone is still a reconciliation ("bank rec Aug").
    expect(first("bank rec Aug")).toMatchObject({ verbs: ["reconcile"], nominal: "reconciliation" });
  });
});

describe("Decision 176: care named by what is done at the bedside", () => {
  it("counts a bedside procedure or assessment with no patient word as care ('phlebotomy draws', 'fall risk assessments')", () => {
    expect(kinds("phlebotomy draws")).toContain("care:1.25");
    expect(kinds("fall risk assessments")).toContain("care:1.25");
    expect(kinds("fall risk assessments")).not.toContain("information:-0.75");
  });

  it("leaves reading, recording and comparing about care alone, and a fall that is the season", () => {
    expect(kinds("compare wound dressing products")).not.toContain("care:1.25");
    expect(kinds("document vitals in chart")).not.toContain("care:1.25");
    expect(kinds("fall campaign email")).not.toContain("care:1.25");
    // Task statements are read by the fitted weights: the rule is for log lines only.
    expect(kinds("Perform venipuncture or capillary puncture to collect blood samples from patients for laboratory analysis")).not.toContain("care:1.25");
  });
});

describe("Decision 176: a notice to customers named as a log line's work", () => {
  it("adds nothing toward contact, and claims the customers so their learned kind does not speak", () => {
    const hit = ruleHits(parseTask("renewal reminders to customers")).find((h) => h.kind === "client");
    expect(hit).toMatchObject({ lemma: "customer", weight: 0 });
  });

  it("keeps half weight in a task statement and full weight for a call", () => {
    expect(kinds("Send reminders to customers about overdue balances and upcoming service appointments")).toContain("client:0.5");
    expect(kinds("call w/ customer re renewal")).toContain("client:1");
  });
});

// Decision 186: classifier 1.9.0, mechanisms read from the third fresh set's misses.
describe("Decision 186: who a conversation is with, after its colon", () => {
  it("keeps the people served named after a conversation's dash ('Telehealth f/u - diabetic pts')", () => {
    expect(first("Telehealth f/u - diabetic pts").preps).toContainEqual({ prep: "with", head: "patient", mods: [] });
    // A follow-up with patients is a conversation with them (the meeting rule; the client rule yields to it).
    expect(ruleHits(parseTask("Telehealth f/u - diabetic pts")).find((h) => h.kind === "meet")).toMatchObject({ cue: "'with patients'", weight: 1 });
    expect(kinds("Telehealth f/u")).not.toContain("meet:1");
    expect(parseTask("Telehealth f/u - diabetic pts").lemmas).toContain("patient");
  });

  it("drops the rest of the subject matter, and people after a deliverable ('Newsletter: parents', 'Blog post: …')", () => {
    expect(first("Telehealth f/u - diabetic pts").mods).not.toContain("diabetic");
    expect(first("Newsletter: parents").preps).toEqual([]);
    expect(kinds("Newsletter: parents").some((k) => k.startsWith("client"))).toBe(false);
    expect(clauses("Blog post: heat pump vs furnace")).toHaveLength(1);
  });
});

describe("Decision 186: a phone screen is an interview, a shift handover a meeting", () => {
  it("reads 'phone screen' as a screening interview, 'screen' alone as a screen", () => {
    expect(first("Phone screen - Sr Data Engineer")).toMatchObject({ verbs: ["interview"], nominal: "screening" });
    expect(first("replace cracked screen on tablet").objects).toContain("screen");
  });

  it("reads a handover or handoff as the meeting, and handover notes as the notes", () => {
    expect(kinds("Shift handover")).toContain("meet:1");
    expect(kinds("On-call handoff")).toContain("meet:1");
    expect(kinds("shift handover notes").some((k) => k.startsWith("meet:"))).toBe(false);
  });
});

describe("Decision 186: words read as verbs that are not acts", () => {
  it("reads 'leads' after a noun or adjective as sales leads: no lead rule", () => {
    expect(kinds("Upload expo leads to Marketo").filter((k) => k.startsWith("lead:"))).toEqual([]);
    expect(kinds("Follow up on webinar leads").filter((k) => k.startsWith("lead:"))).toEqual([]);
    expect(kinds("qualify inbound leads").filter((k) => k.startsWith("lead:"))).toEqual([]);
    // A verb at the line's head still leads.
    expect(kinds("Lead the weekly safety meeting")).toContain("lead:1.5");
  });

  it("reads a participle between a preposition and its noun as describing it ('POs for approved reqs')", () => {
    expect(clauses("Create POs for approved reqs").flatMap((c) => c.verbs)).toEqual(["create"]);
    expect(kinds("Create POs for approved reqs").filter((k) => k.startsWith("decide"))).toEqual([]);
    expect(kinds("Approve reqs for new laptops")).toEqual(expect.arrayContaining([expect.stringMatching(/^decide:1\.5$/)]));
  });
});

describe("Decision 186: a model built on paper", () => {
  const atomFeatures = (text: string) => {
    const parsed = parseTask(text);
    return taskFeatures(parsed, ruleHits(parsed)).filter((f) => f.startsWith("a:"));
  };

  it("reads building a model or forecast as creating it, not as hands-on work", () => {
    expect(atomFeatures("Build cash flow model")).toEqual(["a:create"]);
    expect(atomFeatures("build Q3 forecast for EMEA")).toEqual(["a:create"]);
  });

  it("keeps models made of something, and building things, hands-on", () => {
    expect(atomFeatures("Design and build scale models of set designs")).toContain("a:hands_on");
    expect(atomFeatures("Construct wooden models and templates")).toContain("a:hands_on");
    expect(atomFeatures("build pallet racking")).toEqual(["a:hands_on"]);
  });
});

// Decision 188: classifier 1.10.0, mechanisms read from the sixth fresh set's misses.
describe("Decision 188: documents authored on a typed line", () => {
  it("lets an authored document decide over the writing verb on a typed line ('draft SOW for Litware', 'wrote the SAR narrative')", () => {
    for (const text of ["draft SOW for Litware, v2 redlines", "Drafted SAR narrative for acct ending 4471", "draft SOP for hazmat load paperwork"]) {
      expect(parseTask(text).style, text).toBe("typed");
      expect(splitTask(parseTask(text)).clauses[0].cues.some((c) => c.cue.startsWith("verb ")), text).toBe(false);
      expect(splitTask(parseTask(text)).score, text).toBeGreaterThan(0);
    }
    // A sentence's verb still speaks: task statements keep decision 185's reading.
    const sentence = splitTask(parseTask("Draft standard operating procedures for the lab."));
    expect(sentence.clauses[0].cues.map((c) => c.cue)).toContain("verb 'draft'");
    // And a standard report stays routine.
    expect(splitTask(parseTask("draft standard expense report for Aug")).score).toBeLessThan(0);
  });

  it("reads compounds that name authored documents: a design doc, a job description, a blog post", () => {
    for (const text of ["blog post: 5 tips for remote onboarding", "JD for Controller role"]) {
      expect(parseTask(text).clauses.some(namesAuthored), text).toBe(true);
    }
    // "design" read as the verb: the document still counts toward expertise on a typed line.
    expect(splitTask(parseTask("Design doc - event sourcing for orders svc")).score).toBeGreaterThan(0);
    // The head alone is any paper.
    for (const text of ["scan signed documents", "release hold on PO 4471", "loyalty points adjustment"]) {
      expect(parseTask(text).clauses.some(namesAuthored), text).toBe(false);
    }
  });

  it("reads a job description as an authored document, a job alone as nothing", () => {
    expect(splitTask(parseTask("JD for Controller role - client Brightwell")).score).toBeGreaterThan(0);
    expect(splitTask(parseTask("listing description + MLS entry")).clauses[0].cues.map((c) => c.cue)).not.toContain("'description'");
  });

  it("reads 'standard' in a standard operating procedure as the document's name, not routine work", () => {
    expect(splitTask(parseTask("SOP rewrite: returns processing")).clauses[0].cues.map((c) => c.cue)).not.toContain("'standard'");
    expect(splitTask(parseTask("standard reply to refund tickets")).clauses[0].cues.map((c) => c.cue)).toContain("'standard'");
  });
});

describe("Decision 188: sessions held with someone", () => {
  it("reads a work noun held with someone as the session ('design review w/ team', 'design crit w/ Ana')", () => {
    expect(first("design review w/ team")).toMatchObject({ verbs: ["review"], objects: ["design"], nominal: "review" });
    expect(first("design crit w/ Ana")).toMatchObject({ verbs: ["critique"], objects: ["design"], nominal: "critique" });
    expect(kinds("design review w/ team")).toContain("meet:1");
  });

  it("reads a walkthrough or demo held with someone as the session, whatever acts on it ('audit walkthrough w/ EY')", () => {
    expect(first("audit walkthrough w/ EY")).toMatchObject({ verbs: ["explain"], objects: ["audit"], nominal: "walkthrough" });
    expect(kinds("audit walkthrough w/ EY")).toContain("meet:1");
    // Organizing it is still the admin around it.
    expect(first("schedule walkthrough w/ client")).toMatchObject({ verbs: ["schedule"], objects: ["walkthrough"] });
  });

  it("keeps a verb that acts on the work, and things worked with, as they were", () => {
    expect(first("review design w/ team")).toMatchObject({ verbs: ["review"], objects: ["design"], nominal: null });
    // A design review reviews a design: the noun heading the action noun is its object (decision 198).
    expect(first("design review")).toMatchObject({ verbs: ["review"], objects: ["design"] });
    expect(first("update CRM w/ call notes")).toMatchObject({ verbs: ["update"], objects: ["crm"] });
  });

  it("reads a phone call with someone as a meeting, a go/no-go as a decision, a prez as a presentation", () => {
    expect(kinds("phone w/ source re: zoning story")).toContain("meet:1");
    expect(kinds("phone system reset")).not.toContain("meet:1");
    expect(kinds("go/no-go w/ VP on pricing launch")).toContain("decide:1.5");
    expect(first("stakeholder prez")).toMatchObject({ nominal: "presentation" });
    expect(first("sched panel interviews Acme")).toMatchObject({ verbs: ["schedule"] });
    expect(kinds("ride-along / safety observation - driver Pete M.")).toContain("meet:1");
    expect(kinds("debrief w/ night crew")).toContain("meet:1");
  });

  it("reads a report emailed to leadership as a notice, presenting to leadership as a meeting", () => {
    expect(kinds("weekly KPI dashboard refresh + email to leadership").filter((k) => k.startsWith("lead:"))).toEqual([]);
    expect(kinds("present Q3 results to leadership")).toContain("meet:1");
    expect(kinds("1:1 w/ Dana")).toContain("lead:1.5");
  });
});

describe("Decision 188: goods bought are information", () => {
  it("reads ordering parts on a log line as information work, not 'Order supplies.' written as a statement", () => {
    expect(kinds("order parts for job 4471")).toContain("information:-0.75");
    expect(kinds("Order replacement parts for WO-55821")).toContain("information:-0.75");
    expect(kinds("Order supplies.")).not.toContain("information:-0.75");
    expect(kinds("install parts for job 4471")).not.toContain("information:-0.75");
  });
});

describe("Decision 188: shorthand from the seventh set", () => {
  it("reads a sign-off as an approval, however it is written", () => {
    for (const text of ["Capex CR-118 sign-off", "signed off on Q3 budget", "risk acceptance sign off w/ CISO"]) expect(kinds(text), text).toContain("decide:1.5");
    expect(kinds("log off and sign out")).not.toContain("decide:1.5");
    // At the head of a line, or before what is signed off, it is the verb.
    expect(first("Sign off the monthly close and the reporting pack").verbs).toEqual(["approve"]);
    expect(kinds("Sign off the monthly close and the reporting pack")).toContain("decide:1.5");
  });

  it("reads a case or parent conf, and a conf with someone, as a conference; a conf file stays a file", () => {
    expect(first("case conf w/ Dr Ng re ROM plateau")).toMatchObject({ verbs: ["meet"], nominal: "conference" });
    expect(first("Parent conf - Mateo IEP")).toMatchObject({ verbs: ["meet"], nominal: "conference" });
    expect(parseTask("update conf file on web01").lemmas).not.toContain("conference");
  });

  it("reads a lit review as a literature review, a hearing as a meeting, wk as week and resched as reschedule", () => {
    expect(parseTask("lit review BFR post TKA").lemmas).toContain("literature");
    expect(kinds("variance hearing 6pm")).toContain("meet:1");
    expect(parseTask("build shift schedule next wk").lemmas).toContain("week");
    expect(first("resched thurs pm cancellations").verbs).toEqual(["reschedule"]);
  });
});

describe("Decision 188: whom work went to, and shift handovers", () => {
  it("reads a body of people after 'to' at the line's end as whom it went to ('present study to board')", () => {
    expect(first("present perception study to board").preps).toContainEqual({ prep: "to", head: "board", mods: [] });
    expect(kinds("present perception study to board")).toContain("meet:1");
    expect(first("board the ferry to Vashon").verbs).toEqual(["board"]);
  });

  it("reads a shift turnover as a handover, staff turnover as a rate", () => {
    expect(first("shift turnover w/ night lead")).toMatchObject({ verbs: ["meet"], nominal: "handover" });
    expect(kinds("reduce staff turnover")).not.toContain("meet:1");
  });

  it("reads scripts, remarks and speeches written on a typed line as authored", () => {
    for (const text of ["Q2 earnings script draft", "CEO town hall remarks"]) expect(splitTask(parseTask(text)).score, text).toBeGreaterThan(0);
  });
});

describe("Decision 188: check-ins, ride-alongs and notices", () => {
  it("joins plural check-ins and ride-alongs as the shorthand does singular ones (they were left split)", () => {
    expect(kinds("check-ins 3-11 shift")).toContain("meet:1");
    expect(kinds("ride-alongs w/ new techs")).toContain("meet:1");
  });

  it("reads a document addressed to clients as a notice sent to them, not contact", () => {
    expect(ruleHits(parseTask("bus route change letters to families (route 7)")).find((h) => h.kind === "client")?.weight).toBe(0.5);
    expect(ruleHits(parseTask("walkthrough w/ families")).find((h) => h.kind === "client" || h.kind === "meet")?.weight).toBe(1);
  });
});

describe("Decision 188: judgment calls", () => {
  it("reads calls made about scope, trade-offs, priorities or staffing as decisions, cold calls as calls", () => {
    expect(kinds("Make scope and trade-off calls during delivery")).toContain("decide:1.5");
    expect(kinds("made the call to pause the launch")).toContain("decide:1.5");
    expect(kinds("make 30 cold calls")).not.toContain("decide:1.5");
    expect(kinds("make 30 cold calls")).toContain("meet:1");
  });
});

// Decision 189: classifiers 1.11.0 and 1.11.1, mechanisms read from the ninth and tenth sets' misses and the demo's churn.
describe("Decision 189: meetings arranged, shown at, and phone screens", () => {
  it("reads a phone screen as an interview however many words its role takes ('AP' expands to two)", () => {
    expect(parseTask("Phone screens AP specialist").lemmas.length).toBeGreaterThan(4);
    expect(kinds("Phone screens AP specialist")).toContain("meet:1");
    expect(kinds("screen resumes for AP specialist")).not.toContain("meet:1");
  });

  it("reads work shown at a meeting as time with its audience ('present Q3 results at the board meeting')", () => {
    expect(kinds("present Q3 results at the board meeting")).toContain("meet:1");
    expect(kinds("Demo firmware OTA at sprint review")).toContain("meet:1");
    // Only showing counts: notes taken at a meeting are the record of it.
    expect(kinds("take notes at the board meeting")).not.toContain("meet:1");
  });

  it("does not read a meeting scheduled with a candidate as directing staff; a statement that schedules staff still is", () => {
    expect(kinds("Schedule interview w/ candidate")).not.toContain("lead:1.5");
    expect(kinds("Schedule staff for weekend shifts.")).toContain("lead:1.5");
  });

  // Decision 195: on a line not written as a sentence, scheduling people is the rubric's routine
  // scheduling; the labelled lines call all four such lines automatable.
  it("reads a log line that schedules staff, crews or candidates as scheduling, not as leading them", () => {
    for (const line of ["schedule staff for weekend shifts", "Scheduled crew for Fri storm cleanup calls", "schedule panel interviews for PM candidates"]) {
      expect(kinds(line), line).not.toContain("lead:1.5");
    }
    expect(classifyTask("Scheduled crew for Fri storm cleanup calls").class).toBe("automatable");
    // Leading them is still leading: "train new crew on lockout" keeps its rule.
    expect(kinds("train new crew on lockout")).toContain("lead:1.5");
  });
});

describe("Decision 189: shorthand and authored compounds", () => {
  it("expands work orders and PRDs, and reads a gemba walk as a site visit", () => {
    expect(first("Closed 37 WOs in Maximo")).toMatchObject({ verbs: ["close"], objects: ["order"], mods: ["work"] });
    expect(first("Gemba walk - packaging")).toMatchObject({ verbs: ["visit"], objects: ["site"] });
    expect(first("gemba walk packaging")).toMatchObject({ verbs: ["visit"], nominal: "visit" });
    expect(first("walk the packaging line")).not.toMatchObject({ objects: ["site"] });
  });

  it("reads 'end to end' as how fully, not an object and a verb ('build features end to end across the mobile app …')", () => {
    expect(first("build features end to end across the mobile app, web portal and APIs")).toMatchObject({ verbs: ["build"], objects: ["feature"] });
    expect(clauses("build features end to end across the mobile app, web portal and APIs").flatMap((c) => c.verbs)).not.toContain("end");
    expect(first("end the subscription")).toMatchObject({ verbs: ["end"] });
  });

  it("reads a product requirements document as authored, a head with another word before it as any paper", () => {
    for (const text of ["PRD: bulk import v2", "requirements doc for bulk import"]) {
      expect(parseTask(text).clauses.some(namesAuthored), text).toBe(true);
    }
    expect(parseTask("scan signed documents").clauses.some(namesAuthored)).toBe(false);
  });
});

describe("Decision 189: office things built or assembled", () => {
  it("reads a calc sheet, a board binder or an alert built as made on paper or screen, not by hand", () => {
    expect(first("Built retro pay calc sheet for union increase")).toMatchObject({ verbs: ["build"], objects: ["sheet"] });
    expect(verbAtom("build", ["sheet"], ["calc"])).toBe("create");
    expect(verbAtom("assemble", ["binder"], ["board"])).toBe("create");
    expect(verbAtom("set", ["alert"], ["grafana"])).toBe("create");
    // Things made by hand stay hands-on.
    expect(verbAtom("build", ["frame"], ["wooden"])).toBe("hands_on");
    expect(verbAtom("assemble", ["unit"], [])).toBe("hands_on");
  });
});

describe("Decision 190: relationships kept up", () => {
  it("reads relationships built or kept up, plural or with someone, as time with people", () => {
    for (const text of [
      "Manage relationships with existing accounts for renewals and expansion",
      "Develop and maintain relationships with community referral sources.",
      "build relationships w/ new accounts",
      "Develop a strong relationship with the client",
    ]) {
      expect(kinds(text), text).toContain("meet:1");
    }
    // A record about relationships is a record, and studying one is analysis.
    for (const text of ["Maintain relationship map in CRM", "update relationship notes in Salesforce", "Examine societal issues and their relationship with technical systems."]) {
      expect(kinds(text), text).not.toContain("meet:1");
    }
  });
});

describe("Decision 192: writing on a log line is authoring", () => {
  const verbCue = (text: string) => splitTask(parseTask(text)).clauses[0].cues.find((c) => c.cue.startsWith("verb"));
  it("gives a written or drafted line no routine lean from its verb", () => {
    for (const text of ["write unit tests for billing", "Wrote JHA for confined space entry", "Draft comments on USACE 404 permit", "drafted appeal letter for denied inpatient days"]) {
      expect(verbCue(text), text).toBeUndefined();
    }
  });
  it("keeps the routine lean of preparing and typing, of writing a message, and of a sentence's writing verb", () => {
    for (const text of ["prepare invoices for Acme", "type up meeting minutes", "Write routine correspondence to vendors.", "Write welcome email for new hires", "draft reply to vendor"]) {
      expect(verbCue(text)?.weight, text).toBe(-1);
    }
  });
});

describe("decision 198: a software line read as software", () => {
  it("reads 'pull requests' as one thing reviewed, not a second verb 'pull'", () => {
    expect(clauses("Review teammates' pull requests")).toHaveLength(1);
    expect(first("Review teammates' pull requests")).toMatchObject({ verbs: ["review"], objects: ["teammate", "pullrequests"] });
  });

  it("reads a thing heading an action noun as its object ('Code review', 'Test plan review'), and keeps the verb where the action noun has an object of its own", () => {
    expect(first("Code review for Sam")).toMatchObject({ verbs: ["review"], objects: ["code"] });
    expect(first("Test plan review").verbs).toEqual(["review"]);
    // "Design training programs": the action noun describes the programs, and "design" stays the verb.
    expect(first("Design training programs for new hires").verbs).toEqual(["design"]);
    expect(first("Test the backup restore").verbs).toEqual(["test"]);
  });

  it("does not read a pipeline as a physical thing unless the line names one", () => {
    expect(physicalWork(first("Tests for telemetry pipeline"))).toBe(false);
    expect(physicalWork(first("Tests for the sump pump"))).toBe(true);
    expect(classifyTask("Add alerts for telemetry pipeline").atom).not.toBe("hands_on");
    expect(classifyTask("Connect hoses and pipelines to pumps and vessels prior to material transfer, using hand tools.").atom).toBe("hands_on");
  });
});

describe("decision 200: sourcing is searching", () => {
  it("reads 'sourcing' candidates as research, so a job title's physical word does not make it hands-on", () => {
    expect(first("sourcing forklift operator")).toMatchObject({ verbs: ["source"], objects: ["operator"] });
    expect(verbAtom("source", ["operator"], ["forklift"])).toBe("research");
    // The hands-on reading stays where the verb is hands-on.
    expect(verbAtom("drive", ["forklift"], [])).toBe("hands_on");
  });
});

describe("decision 201: a software tool is software", () => {
  it("reads 'an internal tool' as software built, and hand tools as physical", () => {
    expect(first("Build an internal tool as the summer project")).toMatchObject({ verbs: ["build"], objects: ["softwaretool"] });
    expect(verbAtom("build", first("Build an internal tool as the summer project").objects, [])).toBe("create");
    expect(physicalWork(first("Sharpen and maintain hand tools"))).toBe(true);
  });

  it("reads a device gateway or cloud as software, and devices as things (decision 202)", () => {
    expect(physicalWork(first("device-gateway perf fix"), true)).toBe(false);
    expect(classifyTask("device-gateway perf fix").rationale).not.toContain("physical");
    expect(physicalWork(first("Replace device batteries"))).toBe(true);
  });

  it("shows the tool as written in the cues", () => {
    expect(classifyTask("build an internal tool").rationale).toContain("'tool'");
  });
});
