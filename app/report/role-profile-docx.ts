/** A redesigned role profile as a Word document (.docx): the same words as the Markdown file and the report's appendix. */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { formatHeadcount, formatHours, formatShare } from "../charts/format";
import type { ProfileGroup, RoleProfileDoc } from "./role-profile.server";

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });

function part(title: string, p: { hours: number; share: number | null; groups: ProfileGroup[] }): Paragraph[] {
  const out = [heading(`${title} (${formatHours(p.hours)} a year${p.share !== null ? `, ${formatShare(p.share)} of the role's time` : ""})`, HeadingLevel.HEADING_2)];
  if (!p.groups.length) return [...out, new Paragraph("None.")];
  for (const g of p.groups) {
    out.push(
      new Paragraph({
        bullet: { level: 0 },
        children: [
          new TextRun({ text: g.atomLabel, bold: true }),
          new TextRun(`${g.hours !== null ? ` (${formatHours(g.hours)})` : ""}: ${g.tasks.join("; ")}${g.moreTasks ? ` and ${g.moreTasks} more` : ""}.`),
        ],
      }),
      ...g.guidance.map((x) => new Paragraph({ bullet: { level: 1 }, children: [new TextRun({ text: `${x.label}: `, italics: true }), new TextRun(x.text)] })),
    );
  }
  return out;
}

export async function roleProfileDocx(p: RoleProfileDoc, context: { organization: string; date: string; kThreshold: number }): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    heading(`Role profile: ${p.title}`, HeadingLevel.HEADING_1),
    new Paragraph(`${p.department} · ${p.levelName} (${p.levelLabel}) · ${formatHeadcount(p.headcount)} people`),
    new Paragraph({ children: [new TextRun({ text: `${context.organization} · ${context.date} · redesigned with Orbital`, color: "5B6470" })] }),
    heading("Outcomes it owns", HeadingLevel.HEADING_2),
    ...(p.outcomes.length ? p.outcomes.map((o) => new Paragraph({ text: o, bullet: { level: 0 } })) : [new Paragraph("The job description names no outcomes.")]),
  ];
  if (p.outcomesSource === "judgment work") {
    children.push(new Paragraph({ children: [new TextRun({ text: "Derived from the role's specialized work: the job description names no outcomes.", italics: true })] }));
  }
  if (!p.redesign) {
    children.push(new Paragraph(`The role's tasks and hours are hidden: fewer than ${context.kThreshold} people logged time in it.`));
  } else {
    children.push(...part("Handed to AI", p.redesign.handToAi), ...part("Moves to others with AI", p.redesign.moveWithAi), ...part("Judgment work to grow", p.redesign.keepAndGrow));
    children.push(heading("Orchestrator capabilities it will need", HeadingLevel.HEADING_2));
    const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: [cell("Capability", true), cell("Level", true), cell("Why", true)] }),
          ...p.redesign.capabilities.map((c) => new TableRow({ children: [cell(c.label), cell(c.level), cell(c.reason)] })),
        ],
      }),
    );
  }
  const doc = new Document({ title: `Role profile: ${p.title}`, creator: "Orbital", sections: [{ children }] });
  return Packer.toBuffer(doc);
}
