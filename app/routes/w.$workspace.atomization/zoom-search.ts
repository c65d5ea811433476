/**
 * The icicle's zoom as it lives in the URL (`?zoom=Finance`), so zooming works without JS, a
 * link reproduces it and Back zooms out again. Pure.
 */
export const ZOOM_KEY = "zoom";

/** `search` with the zoom set to `department`, or removed for null; other parameters kept. */
export function zoomSearch(search: string, department: string | null): string {
  const params = new URLSearchParams(search);
  if (department === null) params.delete(ZOOM_KEY);
  else params.set(ZOOM_KEY, department);
  const text = params.toString();
  return text ? `?${text}` : "";
}
