/**
 * The one seniority ladder every role is placed on. Files say "Sr.", "L3", "Head of", "VP";
 * the analysis compares levels, so they all land on these seven rungs (index 0–6).
 */
export const LEVEL_LABELS = ["Entry", "Junior", "Mid", "Senior", "Lead/Manager", "Director", "Executive"] as const;
export type LevelLabel = (typeof LEVEL_LABELS)[number];

/** The rung's name as the pages show it ("Level 9" only for a value off the ladder). */
export function levelName(level: number): string {
  return LEVEL_LABELS[level] ?? `Level ${level}`;
}

const WORDS: Record<string, number> = {
  intern: 0, internship: 0, trainee: 0, apprentice: 0, graduate: 0, grad: 0, entry: 0, entrylevel: 0, starter: 0,
  junior: 1, jr: 1, associate: 1, assistant: 1,
  mid: 2, middle: 2, intermediate: 2, midlevel: 2, experienced: 2, professional: 2,
  senior: 3, sr: 3, snr: 3,
  lead: 4, principal: 4, staff: 4, manager: 4, mgr: 4, supervisor: 4, teamlead: 4,
  director: 5, dir: 5, head: 5, avp: 5,
  vp: 6, svp: 6, evp: 6, president: 6, chief: 6, executive: 6, exec: 6, ceo: 6, cfo: 6, coo: 6, cto: 6,
  cio: 6, cmo: 6, chro: 6, cpo: 6, cso: 6, clevel: 6, csuite: 6,
};
/** Words that may accompany a level word without changing it ("Head of", "Vice President", "Team Lead"). */
const FILLERS = new Set(["level", "lvl", "of", "team", "vice", "the", "and", "c"]);
const CODE = /^(?:l|level|lvl)\s*-?\s*([1-7])$/i;

/** What the error message lists; kept in ladder order. */
export const ACCEPTED_LEVELS =
  "Intern, Junior, Associate, Mid, Senior, Lead, Principal, Manager, Director, Head, VP, Chief or L1–L7";

export type LevelResult = { ok: true; level: number; label: LevelLabel } | { ok: false; expected: string };

/**
 * Reads a level as people write it. Several level words take the highest ("Senior Manager"
 * is a manager); any word we do not know makes the whole value an error rather than a guess.
 * "Grade N" is refused: grade scales run in opposite directions between organizations.
 */
export function parseLevel(raw: string): LevelResult {
  const text = raw.trim();
  const code = CODE.exec(text);
  if (code) {
    const level = Number(code[1]) - 1;
    return { ok: true, level, label: LEVEL_LABELS[level] };
  }
  const tokens = text
    .toLowerCase()
    .replace(/\b(mid|c|team|entry)[-\s]+(level|suite|lead)\b/g, "$1$2")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let best = -1;
  for (const token of tokens) {
    const level = WORDS[token];
    if (level !== undefined) best = Math.max(best, level);
    else if (!FILLERS.has(token)) return { ok: false, expected: `a level (${ACCEPTED_LEVELS})` };
  }
  if (best < 0) return { ok: false, expected: `a level (${ACCEPTED_LEVELS})` };
  return { ok: true, level: best, label: LEVEL_LABELS[best] };
}
