import { expect, test } from "vitest";
import { logoFromUpload, MAX_LOGO_BYTES } from "./logo";
import { cssString } from "./page-css";

const bytes = (text: string) => new TextEncoder().encode(text);

test("an SVG becomes a PNG: nothing of its markup survives", () => {
  const result = logoFromUpload("l.svg", bytes('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><script>alert(1)</script><rect width="20" height="10"/></svg>'));
  expect(result.ok).toBe(true);
  const png = Buffer.from((result as { dataUrl: string }).dataUrl.replace(/^data:image\/png;base64,/, ""), "base64");
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(png.toString("latin1")).not.toContain("alert");
});

test.each([
  ["empty", new Uint8Array(), "The logo file is empty."],
  ["too large", new Uint8Array(MAX_LOGO_BYTES + 1), "The logo is 201 KB; the limit is 200 KB."],
  ["not an image", bytes("hello"), '"x" is neither a PNG nor an SVG file.'],
  ["a linked file", bytes('<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>'), "The SVG links to another file; embed images or save it as PNG."],
  ["entities", bytes('<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>'), "The SVG declares a DOCTYPE or entities; save it as plain SVG."],
])("refused: %s", (_name, input, message) => {
  expect(logoFromUpload("x", input)).toEqual({ ok: false, message });
});

test("a CSS string cannot be closed by an organization's name", () => {
  expect(cssString('Acme "} body { display: none } \\')).toBe('"Acme \\22 \\7d  body \\7b  display: none \\7d  \\5c "');
  expect(cssString("Kestrel · Café – 2026")).toBe('"Kestrel · Café – 2026"');
});
