/**
 * Task logs' optional `tool` column names the AI assistant used, if any, as people type it.
 * Known assistants get one name each; a generic "AI" is its own entry; anything else is taken
 * as an in-house or lesser-known assistant and listed as found. Words that mean "no tool"
 * ("none", "n/a", "-") are not AI use. docs/decisions/152-ai-use-in-task-logs.md.
 */
export type ToolKind = "assistant" | "generic" | "in-house";

export interface NormalizedTool {
  name: string;
  kind: ToolKind;
}

const NO_TOOL = new Set(["", "none", "no", "n/a", "na", "nil", "null", "-", "--", "—", "0", "false", "manual", "no tool", "without ai"]);

/** Patterns over the lower-cased name, first match wins. */
const ASSISTANTS: Array<[RegExp, string]> = [
  [/\b(chat\s*-?gpt|gpt-?\d\w*|openai)\b/, "ChatGPT"],
  [/\bco-?pilot\b/, "Copilot"],
  [/\bclaude\b|\banthropic\b/, "Claude"],
  [/\bgemini\b|\bbard\b/, "Gemini"],
  [/\bmistral\b|\ble chat\b/, "Mistral"],
  [/\bperplexity\b/, "Perplexity"],
];

const GENERIC = /^(ai|a\.i\.|genai|gen ai|llm|ai tool|ai assistant|chatbot|assistant)$/;

export function normalizeTool(raw: string | null): NormalizedTool | null {
  const text = (raw ?? "").trim().replace(/\s+/g, " ");
  const lower = text.toLowerCase();
  if (NO_TOOL.has(lower)) return null;
  for (const [pattern, name] of ASSISTANTS) if (pattern.test(lower)) return { name, kind: "assistant" };
  if (GENERIC.test(lower)) return { name: "AI (unnamed)", kind: "generic" };
  return { name: text, kind: "in-house" };
}
