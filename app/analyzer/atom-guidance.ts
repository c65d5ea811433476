/**
 * Plain-language guidance per atom, used by the redesign card: what an instruction to AI must
 * say, how a person checks the result, how a less senior colleague takes the work on with AI,
 * and why judgment work stays with people. One sentence each, so a card stays readable.
 */
import type { Atom } from "./taxonomy";

export const INSTRUCTION: Record<Atom, string> = {
  research: "State the question, the sources AI may use and the form of the answer (list, table, short memo).",
  summarize: "Give the source material, the reader and the length; say which points must not be left out.",
  draft: "Give the purpose, the audience, a past example or template, and the facts the draft must contain.",
  organize: "Give the fields or columns, the naming and sorting rules, and where the records come from.",
  analyze: "Give the data, the question, the method or measures to use, and how the result should be shown.",
  counterargue: "Give the proposal to challenge and ask for the strongest objections with the evidence for each.",
  check_risks: "Give the rule, policy or checklist to test against and ask for each finding with its reference.",
  compare: "Name the options, the criteria and their weights, and ask for a side-by-side table.",
  support_decision: "Give the decision to prepare, the options and the criteria; ask for a recommendation with its reasons.",
  coordinate: "Give the people, the dates and constraints, and the message or schedule to produce.",
  lead_people: "Say what the message to the team must achieve; AI drafts, the leader decides and speaks.",
  relate: "Give the client's situation and the tone; AI prepares, the person speaks to the client.",
  hands_on: "Describe the job, the site and the safety rules; AI can plan and document, not do the work.",
  create: "Give the brief: goal, audience, style references and constraints such as size or brand.",
  unclear: "First say what the work is: the log names no task (a ticket number, a code name).",
};

export const VERIFICATION: Record<Atom, string> = {
  research: "Open the cited sources and check they exist and say what is claimed.",
  summarize: "Compare the summary with the source for omissions and invented points.",
  draft: "Read it in full before it goes out; check names, figures, dates and commitments.",
  organize: "Spot-check a sample of records against the source and check the totals reconcile.",
  analyze: "Recompute one or two figures by hand and check the data used is the right data.",
  counterargue: "Judge which objections are real; discard the ones that misread the proposal.",
  check_risks: "Confirm each finding against the rule it cites; a person signs off the result.",
  compare: "Check the facts in each column and that the criteria were applied evenly.",
  support_decision: "The decision stays with a person; check the recommendation's facts and reasoning.",
  coordinate: "Check dates, names and who was told what before anything is sent.",
  lead_people: "A person reviews every word that reaches the team.",
  relate: "A person reviews anything that reaches a client or patient.",
  hands_on: "Check plans and records against what was done on site.",
  create: "Review against the brief and check rights to any material used.",
  unclear: "Classify it by hand on the review page once the work is known.",
};

export const MOVE_WITH_AI: Record<Atom, string> = {
  research: "A less senior colleague can run the research with AI and bring back sources for review.",
  summarize: "A less senior colleague can produce the summary with AI and have an expert skim it.",
  draft: "A less senior colleague can draft with AI from templates; the expert reviews before it goes out.",
  organize: "A less senior colleague can keep the records with AI tools and agreed rules.",
  analyze: "A less senior colleague can run the analysis with AI, following a set method.",
  counterargue: "A less senior colleague can prepare the objections with AI for the expert to weigh.",
  check_risks: "A less senior colleague can run the checks with AI; the expert decides on the findings.",
  compare: "A less senior colleague can build the comparison with AI against agreed criteria.",
  support_decision: "A less senior colleague can prepare the decision paper with AI; the owner decides.",
  coordinate: "A less senior colleague can coordinate with AI scheduling and messaging tools.",
  lead_people: "Team members can take on parts of it with AI support; the leader stays accountable.",
  relate: "A less senior colleague can prepare client material with AI; the relationship stays with the owner.",
  hands_on: "A less senior colleague can do it with AI guidance and checklists, under supervision.",
  create: "A less senior colleague can produce designs with AI from the brief for the expert to approve.",
  unclear: "The log names no task (a ticket number, a code name): say what the work is before moving it.",
};

export const KEEP_AND_GROW: Record<Atom, string> = {
  research: "Deciding what is worth finding out stays with people.",
  summarize: "Choosing what matters for this reader needs judgment.",
  draft: "Writing that commits the organization needs someone accountable.",
  organize: "Deciding how the work is organized needs judgment.",
  analyze: "Interpreting results for a real decision needs judgment.",
  counterargue: "Challenging a plan well needs experience and standing.",
  check_risks: "Someone has to answer for the risk.",
  compare: "Weighing trade-offs that matter needs judgment.",
  support_decision: "Decisions and approvals need an accountable person.",
  coordinate: "Bringing people together needs trust.",
  lead_people: "Leading and developing people stays human.",
  relate: "Trust with clients and patients is built in person.",
  hands_on: "The work needs hands on site.",
  create: "Original direction and taste stay with people.",
  unclear: "Counted as people's work until someone says what it is: the log names no task (a ticket number, a code name).",
};
