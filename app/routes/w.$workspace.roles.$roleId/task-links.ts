/**
 * Links inside the role page: open one task (its override form and history), list all tasks,
 * close a task. They keep every other parameter (the dashboard filter travels along, so the
 * header's links still lead back to the same view).
 */
export function withParam(search: string, key: string, value: string | null): string {
  const params = new URLSearchParams(search);
  if (value === null) params.delete(key);
  else params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "?";
}

/** `?…task=ID#task-ID`: the row stays in view after the page loads. */
export function taskHref(search: string, textId: number): string {
  return `${withParam(search, "task", String(textId))}#task-${textId}`;
}

export function closeTaskHref(search: string, textId: number): string {
  return `${withParam(search, "task", null)}#task-${textId}`;
}
