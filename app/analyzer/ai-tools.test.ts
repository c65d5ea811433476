import { expect, test } from "vitest";
import { normalizeTool } from "./ai-tools";

test.each([
  ["ChatGPT", "ChatGPT", "assistant"],
  [" chatgpt ", "ChatGPT", "assistant"],
  ["GPT-4o", "ChatGPT", "assistant"],
  ["GitHub Copilot", "Copilot", "assistant"],
  ["M365 Copilot", "Copilot", "assistant"],
  ["Claude", "Claude", "assistant"],
  ["Gemini", "Gemini", "assistant"],
  ["AI", "AI (unnamed)", "generic"],
  ["genai", "AI (unnamed)", "generic"],
  ["Orbit  Assistant", "Orbit Assistant", "in-house"],
])("%s is %s (%s)", (raw, name, kind) => {
  expect(normalizeTool(raw)).toEqual({ name, kind });
});

test.each([[null], [""], ["  "], ["none"], ["N/A"], ["-"]])("%s is no AI use", (raw) => {
  expect(normalizeTool(raw)).toBeNull();
});
