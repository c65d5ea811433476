/**
 * Client-side export of a rendered chart: the SVG as a standalone file (computed styles
 * inlined so it looks the same outside the page, plus the title drawn on top) and a PNG
 * drawn from that SVG through a canvas. Runs only when a download button is clicked.
 */

/** Properties copied from the page's computed styles onto the exported elements. */
const INLINED = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "visibility",
] as const;

const TITLE_BAND = 30;

/**
 * A standalone SVG document for `svg` as rendered: styles inlined, focus/interaction
 * attributes dropped, `title` drawn as a heading above the chart.
 */
export function serializeSvg(svg: SVGSVGElement, title: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll("*"))];
  const copies = [clone, ...Array.from(clone.querySelectorAll("*"))];
  const view = svg.ownerDocument.defaultView;
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (view && copy instanceof view.Element) {
      const computed = view.getComputedStyle(original);
      const declarations = INLINED.map((name) => [name, computed.getPropertyValue(name)] as const)
        .filter(([, value]) => value !== "")
        .map(([name, value]) => `${name}:${value}`);
      if (declarations.length) copy.setAttribute("style", declarations.join(";"));
    }
    copy.removeAttribute("tabindex");
    copy.removeAttribute("class");
  });

  const [, , width, height] = (svg.getAttribute("viewBox") ?? "0 0 0 0").split(/\s+/).map(Number);
  const ns = "http://www.w3.org/2000/svg";
  const body = clone.ownerDocument.createElementNS(ns, "g");
  body.setAttribute("transform", `translate(0,${TITLE_BAND})`);
  while (clone.firstChild) body.appendChild(clone.firstChild);
  const background = clone.ownerDocument.createElementNS(ns, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  const heading = clone.ownerDocument.createElementNS(ns, "text");
  heading.setAttribute("x", "8");
  heading.setAttribute("y", "20");
  heading.setAttribute("font-size", "15");
  heading.setAttribute("font-weight", "600");
  heading.textContent = title;
  clone.append(background, heading, body);
  clone.setAttribute("xmlns", ns);
  clone.setAttribute("viewBox", `0 0 ${width} ${height + TITLE_BAND}`);
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height + TITLE_BAND));
  clone.removeAttribute("role");
  clone.removeAttribute("aria-labelledby");
  clone.removeAttribute("aria-describedby");
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(svg: SVGSVGElement, title: string, fileName: string) {
  save(new Blob([serializeSvg(svg, title)], { type: "image/svg+xml;charset=utf-8" }), `${fileName}.svg`);
}

/** PNG at `pixelRatio` × the chart's size (2 by default: crisp on slides and retina screens). */
export async function downloadPng(svg: SVGSVGElement, title: string, fileName: string, pixelRatio = 2) {
  const markup = serializeSvg(svg, title);
  const image = new Image();
  // A data: URL rather than blob:, which a strict img-src policy may refuse.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(image.naturalWidth * pixelRatio);
  canvas.height = Math.round(image.naturalHeight * pixelRatio);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw to a canvas.");
  context.scale(pixelRatio, pixelRatio);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("This browser could not encode the PNG.");
  save(blob, `${fileName}.png`);
}

/** "Class shares by department" → "class-shares-by-department". */
export function fileNameFor(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "chart";
}
