/**
 * A deterministic classifier for tests: a lookup table by task text, injected where the real
 * classifier would be. It counts its calls so tests can check each distinct text is classified once.
 */
import { probabilitiesOf, type Atom, type Classification, type TaskClass } from "../../app/analyzer/taxonomy";

export type TableEntry = [TaskClass, Atom, number];

export function tableClassifier(table: Record<string, TableEntry>) {
  const calls: string[] = [];
  const classify = (text: string): Classification => {
    calls.push(text);
    const entry = table[text];
    if (!entry) throw new Error(`test classifier has no entry for "${text}"`);
    const [taskClass, atom, confidence] = entry;
    return {
      class: taskClass,
      atom,
      confidence,
      probabilities: probabilitiesOf(taskClass, confidence),
      cues: [
        { cue: `atom '${atom}'`, weight: 1, toward: taskClass },
        { cue: `text '${text}'`, weight: 0.5, toward: taskClass },
      ],
      rationale: `The test table files "${text}" under ${taskClass}.`,
    };
  };
  return { classify, calls };
}
