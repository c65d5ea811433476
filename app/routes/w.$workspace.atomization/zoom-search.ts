/**
 * The icicle's zoom as it lives in the URL (`?zoom=Finance`), so zooming works without JS, a
 * link reproduces it and Back zooms out again. Pure.
 */
export const ZOOM_KEY = "zoom";
/** How many of the zoomed department's largest roles the icicle skips (an "n more roles" cell's zoom). */
export const AFTER_KEY = "after";

/**
 * `search` with the zoom set to `department` (after its `after` largest roles), or removed for
 * null; the role table goes back to its first page, other parameters are kept.
 */
export function zoomSearch(search: string, department: string | null, after = 0): string {
  const params = new URLSearchParams(search);
  params.delete(AFTER_KEY);
  params.delete("page");
  if (department === null) params.delete(ZOOM_KEY);
  else params.set(ZOOM_KEY, department);
  if (department !== null && after > 0) params.set(AFTER_KEY, String(after));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The icicle's `after` from the URL: absent is 0; anything but a whole number ≥ 0 is refused. */
export function parseAfter(params: URLSearchParams): { ok: true; after: number } | { ok: false; message: string } {
  const text = params.get(AFTER_KEY);
  if (text === null || text === "") return { ok: true, after: 0 };
  if (!/^\d{1,9}$/.test(text)) return { ok: false, message: `${AFTER_KEY} must be a whole number from 0, got "${text.slice(0, 40)}"` };
  return { ok: true, after: Number(text) };
}
