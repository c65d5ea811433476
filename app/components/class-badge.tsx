import { CLASS_LABELS, type TaskClass } from "../analyzer/taxonomy";

/** A task's class in words, with the class's chart colour as a swatch (the word carries the meaning). */
export function ClassBadge({ taskClass }: { taskClass: TaskClass }) {
  return (
    <span className={`class-badge class-badge-${taskClass}`}>
      <span className="class-swatch" aria-hidden="true" />
      {CLASS_LABELS[taskClass]}
    </span>
  );
}
