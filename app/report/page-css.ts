/**
 * The report's @page rules: paper size, margins, the running header (organization and date) and
 * page numbers in the page-margin boxes (Chromium prints them, in Ctrl+P and in the PDF alike).
 * They carry the organization's name, so they are built per report; the web page loads them from
 * a stylesheet route (the CSP allows no inline <style>), the PDF and the CLI inline them. Pure.
 */
import type { Paper } from "./report.server";

/** A CSS string literal: quotes, backslashes and line breaks escaped; nothing can close the rule. */
export function cssString(text: string): string {
  return `"${[...text]
    .map((ch) => (/[\w .,:;!?()&'@#%+=/–—·-]/u.test(ch) || ch.charCodeAt(0) > 0x7f ? ch : `\\${ch.codePointAt(0)!.toString(16)} `))
    .join("")
    .replace(/[\u2028\u2029]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export function reportPageCss(input: { organization: string; date: string; paper: Paper }): string {
  const size = input.paper === "letter" ? "letter" : "A4";
  const header = cssString(`${input.organization} · AI-readiness report · ${input.date}`);
  const box = "font: 8.5pt Helvetica, Arial, sans-serif; color: #5b6470;";
  return `@page {
  size: ${size};
  margin: 20mm 16mm 18mm;
  @top-left { content: ${header}; ${box} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }
}
@page :first {
  @top-left { content: none; }
  @bottom-right { content: none; }
}
`;
}
