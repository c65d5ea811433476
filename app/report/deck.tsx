/**
 * The report as a slide deck (.pptx): the figures and sentences as editable text boxes and
 * tables, the charts as pictures rendered on the server (the same chart components, SVG → PNG
 * through resvg; no browser). docs/decisions/133-report-deck.md.
 */
import { Resvg } from "@resvg/resvg-js";
import PptxGenJS from "pptxgenjs";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ClassShareBars, JudgmentDumbbell, ScenarioProjection } from "../charts";
import { formatCount, formatHeadcount, formatHours, formatShare } from "../charts/format";
import type { ReportView } from "./report.server";

/** Charts are drawn at this width in px and placed 12 in wide: crisp on a projector. */
const CHART_WIDTH = 1000;
const ACCENT = "1F5FA8";
const FONT = "Arial";

/** The chart's <svg> as PNG, with its size; null when the chart has nothing to draw. */
export function chartPng(chart: ReactElement): { data: string; width: number; height: number } | null {
  const markup = renderToStaticMarkup(chart);
  const svg = /<svg[^>]*class="orbital-chart-svg"[\s\S]*?<\/svg>/.exec(markup)?.[0];
  if (!svg) return null;
  const rendered = new Resvg(svg, {
    fitTo: { mode: "width", value: CHART_WIDTH * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans" },
    background: "#ffffff",
  }).render();
  return { data: `image/png;base64,${Buffer.from(rendered.asPng()).toString("base64")}`, width: rendered.width, height: rendered.height };
}

type Slide = ReturnType<PptxGenJS["addSlide"]>;

function title(slide: Slide, text: string, view: ReportView) {
  slide.addText(text, { x: 0.5, y: 0.3, w: 12.3, h: 0.7, fontFace: FONT, fontSize: 26, bold: true, color: "1B1F24" });
  slide.addShape("line", { x: 0.5, y: 1.0, w: 12.3, h: 0, line: { color: ACCENT, width: 2 } });
  slide.addText(`${view.workspace.name} · ${view.date}`, { x: 0.5, y: 7.0, w: 8, h: 0.3, fontFace: FONT, fontSize: 10, color: "5B6470" });
}

function picture(slide: Slide, png: ReturnType<typeof chartPng>, box: { x: number; y: number; w: number; h: number }) {
  if (!png) {
    slide.addText("No data for this selection", { ...box, fontFace: FONT, fontSize: 14, color: "5B6470", align: "center" });
    return;
  }
  // Fit inside the box, keeping the chart's proportions.
  const scale = Math.min(box.w / png.width, box.h / png.height);
  const w = png.width * scale;
  const h = png.height * scale;
  slide.addImage({ data: png.data, x: box.x + (box.w - w) / 2, y: box.y, w, h });
}

const bullets = (lines: readonly string[], fontSize = 16) =>
  lines.map((text) => ({ text, options: { bullet: true, fontSize, fontFace: FONT, paraSpaceAfter: 6, color: "1B1F24" } }));

export async function reportDeck(view: ReportView): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE"; // 13.33 × 7.5 in
  pptx.title = `${view.workspace.name}: AI-readiness report`;
  pptx.company = view.workspace.name;
  const k = view.kThreshold;

  // 1. Title
  const cover = pptx.addSlide();
  cover.addText("AI-readiness report", { x: 0.8, y: 1.6, w: 11.7, h: 0.5, fontFace: FONT, fontSize: 16, bold: true, color: ACCENT });
  cover.addText(view.workspace.name, { x: 0.8, y: 2.2, w: 11.7, h: 1.2, fontFace: FONT, fontSize: 40, bold: true, color: "1B1F24" });
  const facts = [
    `Scope: ${view.scope}`,
    `Scenario: ${view.scenario.adoptionPercent}% adoption, elasticity of demand ${view.scenario.elasticity}`,
    `Date: ${view.date}`,
    ...(view.cover.preparedFor ? [`Prepared for: ${view.cover.preparedFor}`] : []),
    ...(view.cover.preparedBy ? [`Prepared by: ${view.cover.preparedBy}`] : []),
    `Orbital ${view.version} · no figure names or counts fewer than ${k} people`,
  ];
  cover.addText(facts.map((text) => ({ text, options: { breakLine: true } })), { x: 0.8, y: 3.7, w: 11.7, h: 2.2, fontFace: FONT, fontSize: 16, color: "3D4550" });
  if (view.cover.logo) cover.addImage({ data: view.cover.logo.replace(/^data:/, ""), x: 0.8, y: 0.5, h: 0.8, w: 2.4, sizing: { type: "contain", w: 2.4, h: 0.8 } });

  // 2. Executive summary
  const summary = pptx.addSlide();
  title(summary, "Executive summary", view);
  summary.addText(bullets(view.summary, 15), { x: 0.5, y: 1.2, w: 12.3, h: 5.6, valign: "top" });

  // 3. Where the time goes
  const time = pptx.addSlide();
  title(time, "Where the time goes", view);
  const s = view.headline.shares;
  time.addText(
    s
      ? [
          { text: `${formatShare(s.automatable)} automatable`, options: { breakLine: true, bold: true } },
          { text: `${formatShare(s.democratized)} democratized`, options: { breakLine: true, bold: true } },
          { text: `${formatShare(s.specialized)} specialized`, options: { breakLine: true, bold: true } },
          { text: "of working time a year", options: { color: "5B6470" } },
        ]
      : [{ text: `Hidden: fewer than ${k} people logged time in this selection.` }],
    { x: 0.5, y: 1.3, w: 3.2, h: 2.4, fontFace: FONT, fontSize: 18, valign: "top" },
  );
  picture(
    time,
    chartPng(
      <ClassShareBars title="Working time by class, by department" description="Share of each department's yearly hours by class." rows={view.time.departmentRows} mode="share" groupLabel="Department" kThreshold={k} defaultWidth={CHART_WIDTH} />,
    ),
    { x: 3.9, y: 1.2, w: 9, h: 5.6 },
  );

  // 4. Biggest redesign opportunities
  const redesign = pptx.addSlide();
  title(redesign, "Biggest redesign opportunities", view);
  redesign.addText(
    `At ${view.scenario.adoptionPercent}% adoption AI could free ${formatHours(view.redesign.totals.freedHours)} a year (${formatHeadcount(view.redesign.totals.freedFte)} FTE); ${formatHours(view.redesign.totals.movableHours)} could move to less senior people with AI.`,
    { x: 0.5, y: 1.15, w: 12.3, h: 0.6, fontFace: FONT, fontSize: 15 },
  );
  const header = ["#", "Role", "Department", "People", "Hours freed", "Could move", "Judgment to grow"].map((text) => ({ text, options: { bold: true, fill: { color: "F6F7F9" } } }));
  const rows = view.redesign.topRoles.slice(0, 8).map((r) => [String(r.rank), r.title, r.department, formatHeadcount(r.headcount), formatHours(r.freedHours), formatHours(r.movableHours), formatHours(r.specializedHours)].map((text) => ({ text })));
  if (rows.length) {
    redesign.addTable([header, ...rows], { x: 0.5, y: 1.9, w: 12.3, colW: [0.5, 3.4, 2.2, 1.1, 1.7, 1.7, 1.7], fontFace: FONT, fontSize: 12, border: { type: "solid", color: "D9DDE3", pt: 0.5 } });
  } else {
    redesign.addText(`No role's figures can be shown: they are hidden (fewer than ${k} people) or nothing changes.`, { x: 0.5, y: 2, w: 12.3, h: 0.6, fontFace: FONT, fontSize: 14 });
  }

  // 5. Seniority compression
  const seniority = pptx.addSlide();
  title(seniority, "Seniority compression", view);
  seniority.addText(
    [
      { text: view.seniority.plain, options: { bold: true, breakLine: true } },
      { text: view.seniority.note, options: { fontSize: 12, color: "5B6470" } },
    ],
    { x: 0.5, y: 1.2, w: 4.3, h: 5.4, fontFace: FONT, fontSize: 17, valign: "top" },
  );
  picture(
    seniority,
    chartPng(
      <JudgmentDumbbell title="Judgment share of knowledge work by level" description="Before and after AI." rows={view.seniority.rows} kThreshold={k} defaultWidth={CHART_WIDTH} />,
    ),
    { x: 5.0, y: 1.2, w: 7.9, h: 5.6 },
  );

  // 6. Headcount scenario
  const headcount = pptx.addSlide();
  title(headcount, "Headcount under the scenario", view);
  headcount.addText(
    [
      { text: `Projected headcount = ${view.headcount.formula}`, options: { bold: true, breakLine: true } },
      { text: view.headcount.elasticityNote, options: { fontSize: 13 } },
    ],
    { x: 0.5, y: 1.2, w: 4.3, h: 5.4, fontFace: FONT, fontSize: 17, valign: "top" },
  );
  picture(
    headcount,
    chartPng(
      <ScenarioProjection title="Headcount today and under the scenario" description="Per department." rows={view.headcount.projection} adoptionRate={view.scenario.adoptionPercent / 100} elasticity={view.scenario.elasticity} kThreshold={k} defaultWidth={CHART_WIDTH} />,
    ),
    { x: 5.0, y: 1.2, w: 7.9, h: 5.6 },
  );

  // 7. People's readiness (the survey), in words: the page's gap table does not fit a slide.
  const people = pptx.addSlide();
  title(people, "People's readiness", view);
  people.addText(bullets(readinessLines(view), 15), { x: 0.5, y: 1.2, w: 12.3, h: 5.6, valign: "top" });

  // 8. How sure we are
  const sure = pptx.addSlide();
  title(sure, "How sure we are", view);
  const c = view.confidence;
  sure.addText(
    bullets([
      `${formatHeadcount(c.weighting.logs)} of ${formatCount(c.roles, "role")} weighted by logged hours; ${formatHeadcount(c.weighting.statements)} by job descriptions alone.`,
      `${formatCount(c.review.reviewed, "classification")} reviewed by a person; ${formatCount(c.review.waiting, "task")}${c.review.waitingShare !== null ? ` (${formatShare(c.review.waitingShare)} of the hours)` : ""} still in the review queue.`,
      `Hidden by the k-threshold (k = ${k}): ${c.hiddenDepartments} departments, ${c.hiddenRoles} roles, ${c.hiddenLevels} levels.`,
    ]),
    { x: 0.5, y: 1.2, w: 12.3, h: 5.4, valign: "top" },
  );

  // 9. Next steps
  const next = pptx.addSlide();
  title(next, "Next 90 days", view);
  next.addText(bullets(view.actions.length ? view.actions.map((a) => a.text) : ["Import job descriptions and task logs first."], 15), { x: 0.5, y: 1.2, w: 12.3, h: 5.6, valign: "top" });

  return (await pptx.write({ outputType: "nodebuffer" })) as Buffer;
}

/** The readiness section's facts as slide bullets (the same view model as the document). */
export function readinessLines(view: ReportView): string[] {
  const r = view.readiness;
  const k = view.kThreshold;
  if (!r.surveyed) return [`No capability survey yet: run it from ${r.surveyHref} and import the answers.`];
  const lines: string[] = [];
  if (r.respondents === null) lines.push(`Survey figures are hidden: fewer than ${k} people answered in this selection.`);
  else lines.push(`${formatHeadcount(r.respondents)} people answered out of ${formatHeadcount(r.headcount)}${r.responseRate === null ? "" : ` (${formatShare(r.responseRate)})`}.`);
  for (const t of r.trainFirst) {
    lines.push(`Train ${t.capability} in ${t.department}: ${Math.round(t.gap * 100)} points short on ${formatHours(t.dependentHours)} a year${t.roles.length ? ` (${t.roles.join(", ")})` : ""}.`);
  }
  if (r.measuredAdoption !== null) lines.push(`Task logs: ${formatShare(r.measuredAdoption)} of the hours AI could help with already use an AI tool.`);
  return lines;
}
