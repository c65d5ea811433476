/**
 * `npm run eval` without a file: the figures that need no file argument. The timesheet lines
 * ship in fixtures/ and always run; the atom check needs the O*NET reference files, which are
 * not in the repository, and says so when it cannot find them.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { FITTED_LOG_LINES } from "../../app/analyzer/classify/fitted-log-lines";
import { FITTED_ATOMS } from "../../app/analyzer/classify/fitted-atoms";
import { CLASSIFIER_VERSION } from "../../app/analyzer/classify/index";
import { evaluateAtoms } from "./atom-eval";
import { COMPANY_ATOMS_FILE, evaluateCompanyAtoms, formatCompanyAtoms, readCompanyStatements } from "./company-atom-eval";
import { evaluateLogLineAtoms, formatLogLineAtoms, LOG_LINE_ATOMS_FILE, readAtomLines } from "./log-line-atom-eval";
import { runClassifierSuite } from "./classifier-suite";
import { formatAtomAgreement } from "./atom-agreement";
import { formatAgreement } from "./evaluate";
import { evaluateTimesheets, readTimesheetLines, TIMESHEET_FILES, type Part } from "./timesheet-eval";

const PART_TITLES: Record<Part, string> = {
  dev: "dev part (the reading was tuned on it)",
  holdout: "held-out part (its misses were read once to find mechanisms, decision 135)",
  fresh: "fresh lines (written after the tuning of decision 135; their misses were listed once beside the dev part's in decision 170)",
  fresh2: "second fresh lines (written 2026-12-04, scored as they stand; decision 183; the log-line stage was fitted on them, decision 185)",
  fresh3: "third fresh lines (written by someone who read neither the earlier sets nor the classifier; the log-line stage was fitted on them, decision 185; their misses were read for mechanisms in decision 186)",
  fresh4: "fourth fresh lines (16 functions no earlier set covered, written as the third were; the log-line stage was fitted on them, their misses never read; decision 186)",
  fresh5: "fifth fresh lines (as exported from time trackers, ticket tools and calendars; read first by the finished 1.9.0; the log-line stage was fitted on them; decision 187)",
  fresh6: "sixth fresh lines (16 more functions, as time-tracker and shift-log exports; first read by 1.9.0 at 0.684 / 0.823, then their misses were read for mechanisms and the stage fitted on them; decision 188)",
  fresh7: "seventh fresh lines (calendar entries, standup notes, ticket titles and fast notes in 16 more functions; read once by the finished 1.10.0 at 0.679 / 0.799, then their misses were read and the stage fitted on them; decision 188)",
  fresh8: "eighth fresh lines (a mid-sized company's task-tool, time-entry and calendar exports in 16 common functions; committed unread and read once by the finished 1.10.0 at 0.811 / 0.881; then the stage fitted on them; decision 188)",
  fresh9: "ninth lines, for training (478 by three writers: timesheet comments, calendar titles, ticket notes in 48 functions; read first by 1.10.0 before its last changes at 0.709 / 0.839; decision 188)",
  fresh10: "tenth fresh lines (a hospital, a law and accounting practice, a manufacturer and a SaaS company, 48 functions; committed unread and read once by the finished 1.10.0 at 0.679 / 0.814, as 1.9.0 read them three-class; then their misses were read and the stage fitted on them; decision 189)",
  fresh11: "eleventh fresh lines (318 by two writers: a university's and a city's time-tracker entries; construction, retail, insurance and hotel work logs; committed unread and read once by the finished 1.11.0 at 0.733 / 0.833, 1.10.0 0.698 / 0.818; misses not read; then the stage fitted on them, and 1.11.1 changed after the reading; decision 189)",
  fresh12:
    "twelfth fresh lines (319 by two writers: a professional-services time system's entries; mobile time-app and shift notes; 32 functions; committed unread and read once by the finished 1.12.0 at 0.712 / 0.831, 1.11.1 0.708 / 0.828; misses not read; then the stage fitted on them, and 1.12.1 and 1.12.2 changed after the reading: relationships, from the demo, and the split's intercept, chosen on every set; decision 190)",
  fresh13:
    "thirteenth fresh lines (320 by two writers: Jira worklogs, Slack statuses and report bullets; transcribed paper timesheets and daily logs; 32 functions; committed unread and read once by the finished 1.12.2 at 0.747 / 0.853, 1.11.1 0.734 / 0.841; misses not read; then the stage fitted on them; decision 190)",
  fresh14:
    "fourteenth fresh lines (320 by two writers: freelancers', agencies' and small firms' timer entries; field tablet work orders, shift handovers and duty logs; 32 functions; committed unread and read once by the finished 1.12.3 at 0.753 / 0.866, 1.11.1 0.741 / 0.856; misses not read; then the stage fitted on them, and 1.12.4's L2 chosen with them among the parts; decision 191)",
  fresh15:
    "fifteenth fresh lines (320 by two writers: public-sector and nonprofit task-tool entries; shop-floor work orders, production logs and shift reports; 32 functions; committed unread and read once by the finished 1.12.4 at 0.784 / 0.875, 1.12.3 0.766 / 0.859, 1.11.1 0.750 / 0.834; misses not read; then the stage fitted on them)",
  fresh16:
    "sixteenth fresh lines (320 by two writers: healthcare-office and life-sciences task items; front-line shift notes and manager logbooks; 32 functions; committed unread and read once by the finished 1.12.5 at 0.709 / 0.813, 1.12.3 0.691 / 0.800, 1.11.1 0.684 / 0.787; misses not read; then the stage fitted on them)",
  fresh17:
    "seventeenth fresh lines (320 by two writers: a bank's and a consultancy's time entries and calendar titles; field-service and delivery app notes; 32 functions; committed unread and read once by the finished 1.12.7 at 0.778 / 0.863, 1.12.6 0.756 / 0.863, 1.11.1 0.691 / 0.813; misses not read; then 1.12.8 changed (messages), and the stage fitted on them; decision 192)",
  fresh18:
    "eighteenth fresh lines (320 by two writers: a startup's and a research group's task titles and standup notes; trades' job cards and crew timesheets; 32 functions; committed unread and read once by the finished 1.12.9 at 0.797 / 0.859, 1.12.6 0.750 / 0.859, 1.11.1 0.719 / 0.828, then by 1.12.10 at 0.813 / 0.875 (decision 193); misses not read; then the stage fitted on them)",
  fresh19:
    "nineteenth fresh lines (320 by two writers: a professional firm's and specialty clinics' calendar entries and timesheet comments; front-line scanner notes, radio logs and work requests; 32 functions; committed unread and read once by the finished 1.12.11 at 0.797 / 0.853, then the clean test of 1.12.12 to 1.12.15 (1.12.15 0.806 / 0.856); misses not read; then the stage fitted on them)",
  fresh20:
    "twentieth fresh lines (320 by two writers: a government contractor's and a media company's work items and calendar titles; a facilities team's and a care organization's end-of-shift notes; 32 functions; committed unread and read once by the finished 1.12.12 at 0.813 / 0.872, then the clean test of 1.12.13 to 1.12.15 (1.12.15 0.819 / 0.878); misses not read; then the stage fitted on them)",
  fresh21:
    "twenty-first fresh lines (320 by two writers: a regional bank's and a software vendor's Jira titles and calendar entries; a healthcare network's and a transport and events contractor's handover notes; 32 functions; committed unread and read once by the finished 1.12.15 at 0.787 / 0.856, then the clean test of 1.12.16 to 1.12.20 (0.778 / 0.850); misses not read; then the stage fitted on them)",
  fresh22:
    "twenty-second fresh lines (320 by two writers: a brokerage's, a law firm's and a CRO's time entries and tasks; a hospital's, an animal hospital's and small outdoor and trade businesses' shift notes; 32 functions; committed unread and read once by the finished 1.12.16 at 0.800 / 0.863, the same by 1.12.17 to 1.12.20; misses not read; then the stage fitted on them)",
  fresh23:
    "twenty-third fresh lines (320 by two writers: an electric utility's work items and calendar entries; front-line shift notes and work-order comments; 32 functions; committed unread and read once by the finished 1.12.20 at 0.838 / 0.906, then the clean test of 1.12.21 and 1.12.22 (0.847 / 0.912); misses not read; then the stage fitted on them)",
  fresh24:
    "twenty-fourth fresh lines (320 by two writers: a game studio's, an architecture practice's, an NGO's, a city's and a hotel group's work items; shift logs and care notes; 32 functions; committed unread and read once by the finished 1.12.20 at 0.831 / 0.878, then the clean test of 1.12.21 and 1.12.22 (0.825 / 0.875); misses not read; then the stage fitted on them)",
  fresh25:
    "twenty-fifth fresh lines (318 by one writer: a state unemployment office, a public defender, a mobile crisis team, radiation therapy, commercial lending, embedded firmware, ocean freight, special education, archaeology, a poultry farm, refrigeration service, upholstery …; 32 functions; committed unread and read once by the finished 1.12.22 at 0.770 / 0.890, then the clean test of 1.12.23 and 1.12.24 (0.764 / 0.884); misses not read; then the stage fitted on them)",
  fresh26:
    "twenty-sixth fresh lines (320 by one writer: mammography, medical interpreting, a school psychologist, zoning enforcement, utility billing, quantity surveying, RPA development, an orchard, a travel agency, a tattoo studio, a postal carrier, vending routes …; 32 functions; committed unread and read once by the finished 1.12.22 at 0.784 / 0.872, then the clean test of 1.12.23 and 1.12.24 (0.800 / 0.884); misses not read; then the stage fitted on them)",
  fresh27:
    "twenty-seventh fresh lines (320 by one writer, functions named A to L: acupuncture, air traffic control, art conservation, ASIC verification, bridge inspection, cheesemaking, consular services, endoscopy, estate planning, fixed income trading, a hospitalist, letters of credit …; 32 functions; committed unread and read once by the finished 1.12.24 at 0.800 / 0.881, then the clean test of 1.12.25 and 1.12.26 (0.803 / 0.881); misses not read; then the stage fitted on them)",
  fresh28:
    "twenty-eighth fresh lines (320 by one writer, functions named M to Z: mainframe systems, mediation, mushroom farming, nuclear medicine, perfusion, process serving, a ranch hand, securities lending, seismology, toll road operations, victim advocacy, a yacht charter crew …; 32 functions; committed unread and read once by the finished 1.12.24 at 0.784 / 0.881, then the clean test of 1.12.25 and 1.12.26 (0.784 / 0.884); misses not read; then the stage fitted on them)",
  fresh29:
    "twenty-ninth fresh lines (318 by one writer, functions named A to L: air quality monitoring, bail bonds, battery cell manufacturing, braille transcription, a cancer registry, census field operations, a cotton gin, dredging, forensic accounting, an IVF lab, Linux kernel development, a luthier …; 32 functions; committed unread and read once by the finished 1.12.26 at 0.799 / 0.868, then the clean test of 1.12.27 (0.808 / 0.868); misses not read; then the stage fitted on them)",
  fresh30:
    "thirtieth fresh lines (317 by one writer, functions named M to Z: maple sugaring, medical physics, death investigation, poison control, proxy voting, quantum hardware, sailmaking, satellite operations, shoe repair, threat intelligence, a toxicology lab, yard management …; 32 functions; committed unread and read once by the finished 1.12.26 at 0.776 / 0.855, then the clean test of 1.12.27 (0.785 / 0.861); misses not read; then the stage fitted on them)",
  fresh31:
    "thirty-first fresh lines (318 by one writer, functions named A to L: avalanche forecasting, backflow testing, barge dispatching, a casino cage, a cattle feedlot, collateral management, a cranberry bog, cytotechnology, a foley artist, a game warden, HPC administration, IP docketing …; 32 functions; committed unread and read once by the finished 1.12.27 at 0.770 / 0.855, then the clean test of 1.12.28 to 1.12.31 (0.780 / 0.858); misses not read; then the stage fitted on them)",
  fresh32:
    "thirty-second fresh lines (319 by one writer, functions named M to Z: a millwright, pipe organ building, a particle accelerator, radiocarbon dating, rope access, sheep shearing, stowage planning, subrogation, taxidermy, VFX compositing, whitewater rafting, X-ray crystallography …; 32 functions; committed unread and read once by the finished 1.12.27 at 0.828 / 0.884, then the clean test of 1.12.28 to 1.12.31 (0.831 / 0.881); misses not read; then the stage fitted on them)",
  fresh33:
    "thirty-third fresh lines (319 by one writer, functions named A to L: analytical chemistry, bank examination, a biobank, a boilermaker, cathodic protection, cryptography engineering, dam safety, a distillery, film scoring, fire investigation, a gunsmith, a livestock auction …; 32 functions; committed unread and read once by the finished 1.12.31 at 0.821 / 0.897, then the clean test of 1.12.32 (0.824 / 0.897); misses not read; then the stage fitted on them)",
  fresh34:
    "thirty-fourth fresh lines (320 by one writer, functions named M to Z: a metrology lab, monument setting, naval architecture, neon signs, oil spill response, a parole hearing officer, train dispatching, rare books, screenwriting, set decoration, a TBM crew, vessel traffic services …; 32 functions; committed unread and read once by the finished 1.12.31 at 0.797 / 0.866, then the clean test of 1.12.32 (0.803 / 0.869); misses not read; then the stage fitted on them)",
  fresh35:
    "thirty-fifth fresh lines (319 by one writer, functions named A to L: addiction medicine, air cargo, an airport lounge, AV integration, bookbinding, catastrophe modeling, drawbridge operation, email deliverability, EV charging, forensic DNA, heavy haul permitting, legal nurse consulting …; 32 functions; committed unread and read once by the finished 1.12.32 at 0.859 / 0.909, then the clean test of 1.12.33 and 1.12.34 (0.850 / 0.903); misses not read; then the stage fitted on them)",
  fresh36:
    "thirty-sixth fresh lines (319 by one writer, functions named M to Z: a mass spectrometry core, model risk, narrative design, neurodiagnostics, palliative care, a parcel hub, plastering, rice farming, shipbroking, a sod farm, water rights, a wind tunnel …; 32 functions; committed unread and read once by the finished 1.12.32 at 0.790 / 0.868, then the clean test of 1.12.33 (0.799 / 0.868) and 1.12.34 (0.803 / 0.868); misses not read; then the stage fitted on them)",
  fresh37:
    "thirty-seventh fresh lines (319 by one writer from a prompt written afresh, functions named A to L: ABA therapy, an administrative law judge, application security, an archivist, an auto parts counter, a bridal shop, closed captioning, digital forensics, a flight dispatcher, glassblowing, hop farming, a lumber yard …; 32 functions; committed unread, the clean test of 1.12.35 to 1.12.37 (1.12.33 0.774 / 0.865, 1.12.37 0.781 / 0.868); misses read once at 1.12.37, no mechanism drawn from them; then the stage fitted on them)",
  fresh38:
    "thirty-eighth fresh lines (316 by one writer from the same prompt, functions named M to Z: a mailroom, marine mammal stranding, Medicaid eligibility, an NMR facility, an ophthalmic technician, pallet recycling, a railcar shop, an ROV pilot, ServiceNow development, student loans, a tax collector, tenant organizing …; 32 functions; committed unread, the clean test of 1.12.35 to 1.12.37 (1.12.33 0.719 / 0.811, 1.12.37 0.726 / 0.820, the lowest of any set); misses read once at 1.12.37, no mechanism drawn from them; then the stage fitted on them)",
  fresh39:
    "thirty-ninth fresh lines (320 by one writer from the earlier prompt again, functions named A to L: after-school programs, an ambulatory surgery center, annuity operations, antitrust counsel, aquaponics, color grading, a cooperage, crime scene investigation, a flow cytometry core, kelp farming, kosher supervision, lymphedema therapy …; 32 functions; committed unread, the clean test of 1.12.38 to 1.12.41 (1.12.37 0.797 / 0.863, 1.12.41 0.806 / 0.866); misses not read; then the stage fitted on them)",
  fresh40:
    "fortieth fresh lines (319 by one writer from the same prompt, functions named M to Z: makeup artistry, malware analysis, maritime law, a medical scribe, NDT, a paper mill, parachute rigging, polygraph examination, radon mitigation, reservoir engineering, trade surveillance, zipline tours …; 32 functions; committed unread, the clean test of 1.12.38 to 1.12.41 (1.12.37 0.809 / 0.875, 1.12.41 0.812 / 0.881); misses not read; then the stage fitted on them)",
};

const DEFAULT_REFERENCES = ["../shared/reference", "../../shared/reference"];

export function findReference(given: string | undefined): string | null {
  if (given !== undefined) return resolve(given);
  const found = DEFAULT_REFERENCES.map((d) => resolve(d)).find((d) => existsSync(join(d, "onet")));
  return found ?? null;
}

export function runSuite(options: { reference?: string; misses: boolean }): number {
  const out = (s: string) => process.stdout.write(s + "\n");
  const files = TIMESHEET_FILES.map((path) => ({ path, lines: readTimesheetLines(path) }));
  out(`== Timesheet lines (${files.map((f) => `${f.path}, ${f.lines.length} lines`).join("; ")}; labelled by the rubric)`);
  for (const figures of evaluateTimesheets(files.flatMap((f) => f.lines))) {
    const label = PART_TITLES[figures.part];
    out(`\n${label}: three classes\n${formatAgreement(figures.threeClass)}`);
    out(`${label}: specialized vs not\n${formatAgreement(figures.binary)}`);
    if (options.misses) for (const m of figures.misses) out(`  miss [${m.line.function}] ${m.line.task} — label ${m.line.label}, read ${m.predicted}`);
  }
  out(`\n${logLineCalibrationText()}`);
  const reference = findReference(options.reference);
  out("");
  runClassifierSuite(reference, out);
  out("\n== Atoms against O*NET work activities (scripts/lib/onet-atom-map.ts, decision 105; the fitted atom stage, decision 181)");
  out(atomHeldOutText());
  const company = evaluateCompanyAtoms(readCompanyStatements());
  out(`\natoms on company wording (${COMPANY_ATOMS_FILE}, labelled by the rubric's atom table):\n${formatCompanyAtoms(company)}`);
  if (options.misses) {
    for (const f of company) if (f.part === "dev") for (const m of f.misses) out(`  miss [${m.statement.function}] ${m.statement.task} — label ${m.statement.atom}, read ${m.shipped} (rules: ${m.rules})`);
  }
  const lineAtoms = evaluateLogLineAtoms(readAtomLines());
  out(`\natoms on log lines (${LOG_LINE_ATOMS_FILE}, labelled by the rubric's atom table; decisions 211, 214):\n${formatLogLineAtoms(lineAtoms)}`);
  if (options.misses) {
    for (const f of lineAtoms) if (f.part === "dev") for (const m of f.misses) out(`  miss [${m.line.function}] ${m.line.task} — label ${m.line.atom}, read ${m.read}`);
  }
  if (reference === null) {
    out(`skipped: no O*NET reference folder found (looked for ${DEFAULT_REFERENCES.join(", ")}; pass --reference DIR)`);
    return 0;
  }
  if (!existsSync(join(reference, "onet"))) {
    out(`skipped: ${reference} has no onet/ folder with the O*NET work activity files`);
    return 0;
  }
  const atoms = evaluateAtoms(reference);
  out(`\nthe classifier as shipped, on ${reference}/dev_gptsgpts.csv (the atom stage was fitted on it: memory, not a quality claim): ${atoms.linked} of ${atoms.statements} statements have O*NET work activities`);
  out(formatAtomAgreement(atoms.agreement));
  if (options.misses) {
    for (const r of atoms.rows) if (r.predicted !== r.reference && !r.any.has(r.predicted)) out(`  miss ${r.task} — O*NET ${r.reference}, read ${r.predicted}`);
  }
  return 0;
}

/** The log-line stage and scaling as fit:log-lines stored them, each part held out (decisions 184, 185). */
export function logLineCalibrationText(): string {
  const f = FITTED_LOG_LINES;
  const figures = (before: number, after: number) => `${before.toFixed(3)} -> ${after.toFixed(3)}`;
  const stage = f.heldOut.map(
    (h) =>
      `  ${h.part.padEnd(8)} all ${String(h.whole.lines).padStart(4)} lines: three classes ${figures(h.whole.threeClassBefore, h.whole.threeClass)}, specialized vs not ${figures(h.whole.binaryBefore, h.whole.binary)}` +
      ` | its ${String(h.lines).padStart(3)} log lines: ${figures(h.threeClassBefore, h.threeClass)}, ${figures(h.binaryBefore, h.binary)}`,
  );
  const scaling = f.heldOut.map(
    (h) =>
      `  ${h.part.padEnd(8)} ${String(h.lines).padStart(4)} lines: ECE p_specialized ${h.eceSpecializedBefore.toFixed(3)} -> ${h.eceSpecialized.toFixed(3)}, ` +
      `ECE confidence ${h.eceConfidenceBefore.toFixed(3)} -> ${h.eceConfidence.toFixed(3)}, mean confidence ${h.meanConfidenceBefore.toFixed(2)} -> ${h.meanConfidence.toFixed(2)} (read right ${h.accuracy.toFixed(2)})`,
  );
  const weights = Object.keys(f.stage.specialized).length + Object.keys(f.stage.split).length;
  return [
    `log-line stage (fitted-log-lines.json, decisions 185, 187–190; ${f.training.reduce((n, t) => n + t.rows, 0)} labelled lines it reads, ${weights} named weights, vector weights for ${f.stage.similar.words.length.toLocaleString("en")} words):`,
    "each part read by a stage fitted on the other parts (the honest figures: the per-part figures above are read by the shipped stage, fitted on every part), without -> with the stage:",
    ...stage,
    `log-line probabilities: p_specialized = sigmoid(${f.specialized.slope} z + ${f.specialized.intercept}), p(automatable | exposed) = sigmoid(${f.split.slope} z + ${f.split.intercept}), z after the stage; a line a rule holds specialized at z ≥ ${f.ruleHeldLogit}`,
    "each part held out (stage and scaling fitted on the other parts), the statements' reading and scaling -> the log lines' own:",
    ...scaling,
  ].join("\n");
}

/** The atom stage's cross-validated agreement as fit:atoms stored it, with issue 11's two atom goals. */
export function atomHeldOutText(): string {
  const cv = FITTED_ATOMS.crossValidation;
  const lowest = cv.perAtom.reduce((a, b) => (b[2] < a[2] ? b : a));
  const met = (ok: boolean) => (ok ? "met" : "not met");
  const lines = [
    `held out (stored by npm run fit:atoms in fitted-atoms.json): ${cv.folds}-fold, grouped by normalized text, ${cv.tasks} statements: top-1 ${cv.top1.toFixed(3)}, any ${cv.any.toFixed(3)} (the rules alone, hand-read from these same statements: top-1 ${cv.rulesTop1.toFixed(3)})`,
    `  per atom (top-1, held out): ${cv.perAtom.map(([atom, n, top1]) => `${atom} ${top1.toFixed(3)} (${n})`).join(", ")}`,
    "goals (issue 11), held out:",
    `  atom top-1: ${cv.top1.toFixed(3)} (goal ≥ 0.60: ${met(cv.top1 >= 0.6)})`,
    `  lowest atom's top-1: ${lowest[0]} ${lowest[2].toFixed(3)} (goal ≥ 0.40: ${met(lowest[2] >= 0.4)})`,
  ];
  if (FITTED_ATOMS.classifierVersion !== CLASSIFIER_VERSION) {
    lines.push(`warning: the atom stage was fitted on classifier ${FITTED_ATOMS.classifierVersion}, this is ${CLASSIFIER_VERSION}: run npm run fit:atoms`);
  }
  return lines.join("\n");
}
