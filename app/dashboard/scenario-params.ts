/**
 * The redesign scenario as it lives in the URL: `?adoption=50&elasticity=0.5`. Adoption is a
 * percentage in the URL (what the slider shows) and a 0–1 rate in the analysis. Pure, shared
 * by the loader (bad values are a 400 with this message) and the page's controls.
 */
import { ADOPTION_RANGE, DEFAULT_SCENARIO, ELASTICITY_RANGE, type ScenarioParams } from "../analyzer/scenario";

export const SCENARIO_KEYS = ["adoption", "elasticity"] as const;

/** What the controls allow; the slider steps, and the precision values are rounded to. */
export const ADOPTION_PERCENT = { min: ADOPTION_RANGE[0] * 100, max: ADOPTION_RANGE[1] * 100, step: 1, decimals: 0 } as const;
export const ELASTICITY = { min: ELASTICITY_RANGE[0], max: ELASTICITY_RANGE[1], step: 0.1, decimals: 1 } as const;

export interface UrlScenario {
  /** 0–100, as in the URL and on the slider. */
  adoptionPercent: number;
  elasticity: number;
  /** The same scenario for the analysis: adoption as a 0–1 rate. */
  params: ScenarioParams;
}

export const DEFAULT_URL_SCENARIO: UrlScenario = toUrlScenario(DEFAULT_SCENARIO.adoption * 100, DEFAULT_SCENARIO.elasticity);

function toUrlScenario(adoptionPercent: number, elasticity: number): UrlScenario {
  return { adoptionPercent, elasticity, params: { adoption: adoptionPercent / 100, elasticity } };
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function readNumber(
  params: URLSearchParams,
  key: string,
  range: { min: number; max: number; decimals: number },
  fallback: number,
  unit: string,
): { ok: true; value: number } | { ok: false; message: string } {
  const raw = params.get(key);
  if (raw === null || raw.trim() === "") return { ok: true, value: fallback };
  // Number("") and Number(" ") are 0 and "0x10" is 16: accept plain decimals only.
  const value = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isFinite(value)) return { ok: false, message: `${key} must be a number from ${range.min} to ${range.max}${unit}, got "${raw}"` };
  if (value < range.min || value > range.max) {
    return { ok: false, message: `${key} must be between ${range.min} and ${range.max}${unit}, got ${raw.trim()}` };
  }
  // Rounded so the URL, the sliders and the sentences all say the same number ("ε = 0.3", not 0.30000000000000004).
  return { ok: true, value: round(value, range.decimals) };
}

/**
 * Reads the scenario from the URL; a missing or empty value takes the default (50 %, ε 0.5).
 * A bad value comes back as one message, e.g. `adoption must be between 0 and 100 (percent), got 150`.
 */
export function parseScenarioParams(params: URLSearchParams): { ok: true; scenario: UrlScenario } | { ok: false; message: string } {
  const adoption = readNumber(params, "adoption", ADOPTION_PERCENT, DEFAULT_URL_SCENARIO.adoptionPercent, " (percent)");
  if (!adoption.ok) return adoption;
  const elasticity = readNumber(params, "elasticity", ELASTICITY, DEFAULT_URL_SCENARIO.elasticity, "");
  if (!elasticity.ok) return elasticity;
  return { ok: true, scenario: toUrlScenario(adoption.value, elasticity.value) };
}

