/**
 * O*NET work activities → Orbital atoms: the reference the atom evaluation checks against
 * (`npm run eval`, docs/decisions/105-onet-atom-mapping.md gives the reasoning for every line).
 *
 * O*NET (USDOL/ETA, CC BY 4.0) files every task statement under detailed work activities (DWAs),
 * each under an intermediate activity (IWA), each under one of the generalized activities (GWA).
 * The atom of a DWA is its IWA's line below when there is one, else its GWA's. Only the element
 * IDs are written here, with our own short gloss; the O*NET titles stay in the reference files.
 * This is a judgment, kept in one table so that a reviewer can disagree with a line.
 */
import type { Atom } from "../../app/analyzer/taxonomy";

/** One atom per generalized work activity (O*NET content model 4.A.*). */
export const GWA_ATOMS: Readonly<Record<string, Atom>> = {
  "4.A.1.a.1": "research", // getting information
  "4.A.1.a.2": "check_risks", // monitoring processes, materials, surroundings
  "4.A.1.b.1": "analyze", // identifying objects, actions, events
  "4.A.1.b.2": "check_risks", // inspecting equipment, structures, materials
  "4.A.1.b.3": "analyze", // estimating quantities
  "4.A.2.a.1": "analyze", // judging qualities of things, services, people
  "4.A.2.a.2": "organize", // processing information
  "4.A.2.a.3": "check_risks", // evaluating compliance with standards
  "4.A.2.a.4": "analyze", // analyzing data or information
  "4.A.2.b.1": "support_decision", // making decisions, solving problems
  "4.A.2.b.2": "create", // thinking creatively
  "4.A.2.b.3": "research", // keeping knowledge up to date
  "4.A.2.b.4": "support_decision", // developing objectives and strategies
  "4.A.2.b.5": "organize", // scheduling work and activities
  "4.A.2.b.6": "support_decision", // organizing, planning, prioritizing work
  "4.A.3.a.1": "hands_on", // general physical activities
  "4.A.3.a.2": "hands_on", // handling and moving objects
  "4.A.3.a.3": "hands_on", // controlling machines and processes
  "4.A.3.a.4": "hands_on", // operating vehicles and equipment
  "4.A.3.b.1": "organize", // working with computers
  "4.A.3.b.2": "create", // drafting and specifying technical devices
  "4.A.3.b.4": "hands_on", // repairing mechanical equipment
  "4.A.3.b.5": "hands_on", // repairing electronic equipment
  "4.A.3.b.6": "organize", // documenting and recording information
  "4.A.4.a.1": "coordinate", // interpreting information for others
  "4.A.4.a.2": "coordinate", // communicating inside the organization
  "4.A.4.a.3": "relate", // communicating with people outside it
  "4.A.4.a.4": "relate", // building relationships
  "4.A.4.a.5": "relate", // assisting and caring for others
  "4.A.4.a.6": "relate", // selling or influencing
  "4.A.4.a.7": "relate", // resolving conflicts, negotiating
  "4.A.4.a.8": "relate", // working directly with the public
  "4.A.4.b.1": "coordinate", // coordinating others' work
  "4.A.4.b.2": "lead_people", // building teams
  "4.A.4.b.3": "lead_people", // training and teaching
  "4.A.4.b.4": "lead_people", // guiding, directing, motivating subordinates
  "4.A.4.b.5": "lead_people", // coaching and developing
  "4.A.4.b.6": "support_decision", // consulting and advising
  "4.A.4.c.1": "organize", // administrative activities
  "4.A.4.c.2": "lead_people", // staffing
  "4.A.4.c.3": "organize", // monitoring and controlling resources
};

/**
 * Intermediate activities whose work is another atom than their GWA's: above all people in
 * person (patients, clients, students) and physical work filed under information GWAs, and
 * documents filed under "recording". Each line's GWA is its ID's prefix.
 */
export const IWA_ATOMS: Readonly<Record<string, Atom>> = {
  // Getting information
  "4.A.1.a.1.I12": "relate", // collecting information from patients or clients (histories, intake)
  "4.A.1.a.1.I17": "organize", // obtaining formal documents or authorizations
  "4.A.1.a.1.I23": "relate", // interviewing people
  // Monitoring
  "4.A.1.a.2.I01": "hands_on", // watching equipment run
  "4.A.1.a.2.I05": "relate", // monitoring the health of people or animals
  "4.A.1.a.2.I08": "research", // following external trends and events
  // Identifying
  "4.A.1.b.1.I01": "hands_on", // marking materials
  "4.A.1.b.1.I02": "research", // finding business opportunities
  // Inspecting
  "4.A.1.b.2.I01": "relate", // diagnostic tests on patients
  "4.A.1.b.2.I09": "relate", // examining people or animals
  // Estimating
  "4.A.1.b.3.I01": "hands_on", // measuring physical things
  "4.A.1.b.3.I05": "relate", // measuring patients
  // Judging qualities
  "4.A.2.a.1.I01": "relate", // assessing individuals' needs
  "4.A.2.a.1.I03": "relate", // assessing students
  "4.A.2.a.1.I04": "lead_people", // evaluating personnel
  "4.A.2.a.1.I05": "check_risks", // evaluating production inputs and outputs
  "4.A.2.a.1.I06": "relate", // evaluating a patient's condition
  "4.A.2.a.1.I07": "compare", // evaluating products or technologies
  "4.A.2.a.1.I08": "counterargue", // evaluating scholarly work
  // Processing information
  "4.A.2.a.2.I01": "check_risks", // checking data for accuracy
  "4.A.2.a.2.I02": "hands_on", // sorting materials or products
  // Compliance
  "4.A.2.a.3.I04": "hands_on", // following safety procedures in patient care
  // Analyzing
  "4.A.2.a.4.I03": "check_risks", // analyzing business or financial risks
  "4.A.2.a.4.I05": "counterargue", // reviewing designs and specifications
  "4.A.2.a.4.I08": "research", // legal research
  // Decisions and problems
  "4.A.2.b.1.I01": "analyze", // determining prices and values
  "4.A.2.b.1.I02": "analyze", // diagnosing equipment or system problems
  "4.A.2.b.1.I06": "relate", // diagnosing patients
  "4.A.2.b.1.I07": "draft", // editing text
  "4.A.2.b.1.I10": "compare", // selecting materials or equipment
  "4.A.2.b.1.I11": "create", // altering recordings
  // Thinking creatively
  "4.A.2.b.2.I01": "relate", // care and treatment plans for patients and clients
  "4.A.2.b.2.I03": "support_decision", // business or marketing plans
  "4.A.2.b.2.I05": "check_risks", // safety standards and policies
  "4.A.2.b.2.I09": "support_decision", // financial or business plans
  "4.A.2.b.2.I19": "check_risks", // contingency and emergency plans
  "4.A.2.b.2.I23": "research", // research plans and methods
  "4.A.2.b.2.I27": "support_decision", // goals and objectives
  // Objectives and strategies
  "4.A.2.b.4.I02": "draft", // drafting legislation or regulations
  "4.A.2.b.4.I03": "draft", // writing procedures and standards
  // Organizing and planning
  "4.A.2.b.6.I01": "coordinate", // planning events or programs
  // Physical activities
  "4.A.3.a.1.I12": "relate", // escorting people
  // Controlling machines
  "4.A.3.a.3.I01": "organize", // office equipment
  "4.A.3.a.3.I10": "coordinate", // communications equipment (radio, dispatch)
  // Working with computers
  "4.A.3.b.1.I01": "create", // programming
  "4.A.3.b.1.I02": "check_risks", // information security
  "4.A.3.b.1.I03": "create", // setting up systems and networks
  "4.A.3.b.1.I04": "analyze", // resolving computer problems
  // Documenting and recording
  "4.A.3.b.6.I01": "draft", // financial documents and reports
  "4.A.3.b.6.I03": "draft", // research and technical reports
  "4.A.3.b.6.I05": "create", // photographs and recordings
  "4.A.3.b.6.I06": "draft", // medical documents
  "4.A.3.b.6.I07": "draft", // proposals and grant applications
  "4.A.3.b.6.I09": "draft", // technical documentation
  "4.A.3.b.6.I12": "draft", // informational or instructional material
  "4.A.3.b.6.I13": "draft", // contract, application and permit documents
  "4.A.3.b.6.I14": "draft", // legal or regulatory documents
  "4.A.3.b.6.I15": "draft", // activity reports
  "4.A.3.b.6.I16": "draft", // writing for artistic or commercial purposes
  // Interpreting for others
  "4.A.4.a.1.I03": "draft", // translating and interpreting language
  "4.A.4.a.1.I05": "relate", // explaining medical information to patients
  // Communicating inside
  "4.A.4.a.2.I02": "research", // helping scientists with research
  "4.A.4.a.2.I12": "relate", // legal matters with clients
  "4.A.4.a.2.I13": "relate", // conferring with clients on their needs
  // Assisting and caring
  "4.A.4.a.5.I04": "hands_on", // caring for plants or animals
  "4.A.4.a.5.I11": "hands_on", // assisting during medical procedures
  // Conflicts
  "4.A.4.a.7.I03": "lead_people", // resolving personnel problems
  // Teaching
  "4.A.4.b.3.I01": "relate", // teaching life skills to clients
  "4.A.4.b.3.I02": "relate", // teaching students a subject
  // Directing
  "4.A.4.b.4.I02": "coordinate", // serving on committees
  "4.A.4.b.4.I03": "coordinate", // coordinating artistic activities
  "4.A.4.b.4.I08": "support_decision", // managing control systems
  "4.A.4.b.4.I09": "support_decision", // managing budgets
  "4.A.4.b.4.I11": "coordinate", // coordinating community activities
  "4.A.4.b.4.I12": "support_decision", // directing operations
  "4.A.4.b.4.I14": "check_risks", // coordinating regulatory compliance
  "4.A.4.b.4.I16": "support_decision", // directing legal activities
  // Coaching
  "4.A.4.b.5.I02": "relate", // support and encouragement
  // Advising
  "4.A.4.b.6.I01": "relate", // advising patients
  "4.A.4.b.6.I06": "relate", // health and wellness advice
  "4.A.4.b.6.I07": "relate", // educational or vocational advice
  "4.A.4.b.6.I10": "relate", // counseling on personal matters
  // Staffing
  "4.A.4.c.2.I02": "organize", // HR administration
  // Resources
  "4.A.4.c.3.I02": "support_decision", // ordering medical tests
  "4.A.4.c.3.I06": "relate", // prescribing treatment
};

/** The atom of one detailed work activity, from its IWA and GWA IDs (null for an unknown GWA). */
export function activityAtom(gwa: string, iwa: string): Atom | null {
  return IWA_ATOMS[iwa] ?? GWA_ATOMS[gwa] ?? null;
}

/**
 * The task's O*NET atom and every atom its activities name. The primary atom is the one most of
 * its DWAs map to; a tie goes to the DWA O*NET lists first for the task.
 */
export function taskAtoms(activities: readonly { gwa: string; iwa: string }[]): { primary: Atom; all: Set<Atom> } | null {
  const counts = new Map<Atom, number>();
  const order: Atom[] = [];
  for (const a of activities) {
    const atom = activityAtom(a.gwa, a.iwa);
    if (atom === null) continue;
    if (!counts.has(atom)) order.push(atom);
    counts.set(atom, (counts.get(atom) ?? 0) + 1);
  }
  if (order.length === 0) return null;
  let primary = order[0];
  for (const atom of order) if (counts.get(atom)! > counts.get(primary)!) primary = atom;
  return { primary, all: new Set(order) };
}
