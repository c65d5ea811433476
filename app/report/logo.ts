/**
 * A cover logo from an upload: PNG kept as it is, SVG rasterized to PNG, so no script, link or
 * style of an uploaded SVG ever reaches a page, a PDF or a deck. Size-limited both ways.
 * docs/decisions/134-report-cover-and-logo.md.
 */
import { Resvg } from "@resvg/resvg-js";

export const MAX_LOGO_BYTES = 200 * 1024;
/** Wide enough for a crisp logo at 64 px high on a 2× screen or in print. */
const RASTER_WIDTH = 480;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type LogoResult = { ok: true; dataUrl: string } | { ok: false; message: string };

export function logoFromUpload(name: string, bytes: Uint8Array): LogoResult {
  if (bytes.length === 0) return { ok: false, message: "The logo file is empty." };
  if (bytes.length > MAX_LOGO_BYTES) {
    return { ok: false, message: `The logo is ${Math.ceil(bytes.length / 1024)} KB; the limit is ${MAX_LOGO_BYTES / 1024} KB.` };
  }
  if (PNG_MAGIC.every((b, i) => bytes[i] === b)) return { ok: true, dataUrl: `data:image/png;base64,${Buffer.from(bytes).toString("base64")}` };
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (!/<svg[\s>]/i.test(text)) return { ok: false, message: `"${name}" is neither a PNG nor an SVG file.` };
  // resvg could read a file the href names (or an entity could): refuse rather than guess.
  if (/<!(DOCTYPE|ENTITY)/i.test(text)) return { ok: false, message: "The SVG declares a DOCTYPE or entities; save it as plain SVG." };
  const external = /(?:xlink:)?href\s*=\s*["']\s*(?!#|data:image\/)/i.exec(text);
  if (external) return { ok: false, message: "The SVG links to another file; embed images or save it as PNG." };
  try {
    const png = new Resvg(text, { fitTo: { mode: "width", value: RASTER_WIDTH }, font: { loadSystemFonts: true } }).render().asPng();
    return { ok: true, dataUrl: `data:image/png;base64,${Buffer.from(png).toString("base64")}` };
  } catch {
    return { ok: false, message: `"${name}" could not be read as SVG.` };
  }
}
