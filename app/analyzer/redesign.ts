/**
 * A role's redesign card: what to hand to AI (with the instruction and the check each task
 * needs), what could move to less senior people with AI, and the judgment work to keep and grow.
 */
import { INSTRUCTION, KEEP_AND_GROW, MOVE_WITH_AI, VERIFICATION } from "./atom-guidance";
import type { Atom, Cue, TaskClass } from "./taxonomy";

export interface CardTask {
  textId: number;
  text: string;
  class: TaskClass;
  atom: Atom;
  /** Annualized hours for the whole role. */
  hours: number;
  cues?: readonly Cue[];
  /** The task's own hours may not be shown (k-threshold): the item carries null. */
  suppressed?: boolean;
}

export interface CardItem {
  textId: number;
  text: string;
  atom: Atom;
  /** null when the task's own hours are suppressed. */
  hours: number | null;
  /** The strongest cue for the task's class, e.g. "verb 'compile'"; null without one. */
  because: string | null;
}

export interface HandToAiItem extends CardItem {
  instruction: string;
  verification: string;
}

export interface MoveItem extends CardItem {
  how: string;
}

export interface KeepItem extends CardItem {
  why: string;
}

export interface CardSection<T> {
  hours: number;
  /** Share of the role's hours; null when the role has none. */
  share: number | null;
  tasks: T[];
}

export interface RedesignCard {
  handToAi: CardSection<HandToAiItem>;
  moveWithAi: CardSection<MoveItem>;
  keepAndGrow: CardSection<KeepItem>;
}

function strongestCue(task: CardTask): string | null {
  let best: Cue | null = null;
  for (const cue of task.cues ?? []) {
    if (cue.toward === task.class && (!best || cue.weight > best.weight)) best = cue;
  }
  return best?.cue ?? null;
}

function section<T extends CardItem>(tasks: readonly CardTask[], total: number, extra: (t: CardTask) => Omit<T, keyof CardItem>): CardSection<T> {
  // Suppressed tasks go last in text order: sorting them by hours would hint at their size.
  const items = [...tasks]
    .sort((a, b) => Number(!!a.suppressed) - Number(!!b.suppressed) || (a.suppressed ? 0 : b.hours - a.hours) || a.text.localeCompare(b.text))
    .map(
      (t) =>
        ({ textId: t.textId, text: t.text, atom: t.atom, hours: t.suppressed ? null : t.hours, because: strongestCue(t), ...extra(t) }) as T,
    );
  const hours = tasks.reduce((sum, t) => sum + t.hours, 0);
  return { hours, share: total > 0 ? hours / total : null, tasks: items };
}

/**
 * Tasks appear largest first, ties in alphabetical order. Section hours and shares include
 * suppressed tasks: they are role-level figures.
 */
export function redesignCard(tasks: readonly CardTask[]): RedesignCard {
  const total = tasks.reduce((sum, t) => sum + t.hours, 0);
  const of = (c: TaskClass) => tasks.filter((t) => t.class === c);
  return {
    handToAi: section<HandToAiItem>(of("automatable"), total, (t) => ({
      instruction: INSTRUCTION[t.atom],
      verification: VERIFICATION[t.atom],
    })),
    moveWithAi: section<MoveItem>(of("democratized"), total, (t) => ({ how: MOVE_WITH_AI[t.atom] })),
    keepAndGrow: section<KeepItem>(of("specialized"), total, (t) => ({ why: KEEP_AND_GROW[t.atom] })),
  };
}
