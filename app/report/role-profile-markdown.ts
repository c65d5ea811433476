/** A redesigned role profile as Markdown: the same words as the report's appendix. Pure. */
import { formatHeadcount, formatHours, formatShare } from "../charts/format";
import type { ProfileGroup, RoleProfileDoc } from "./role-profile.server";

/** Imported text is the user's: keep it from turning into Markdown structure or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

function part(title: string, p: { hours: number; share: number | null; groups: ProfileGroup[] }): string[] {
  const lines = [`## ${title} (${formatHours(p.hours)} a year${p.share !== null ? `, ${formatShare(p.share)} of the role's time` : ""})`, ""];
  if (!p.groups.length) return [...lines, "None.", ""];
  for (const g of p.groups) {
    const more = g.moreTasks ? ` and ${g.moreTasks} more` : "";
    lines.push(`- **${escapeMarkdown(g.atomLabel)}**${g.hours !== null ? ` (${formatHours(g.hours)})` : ""}: ${g.tasks.map(escapeMarkdown).join("; ")}${more}.`);
    for (const x of g.guidance) lines.push(`  - *${x.label}:* ${x.text}`);
  }
  return [...lines, ""];
}

export function roleProfileMarkdown(p: RoleProfileDoc, context: { organization: string; date: string; kThreshold: number }): string {
  const lines = [
    `# Role profile: ${escapeMarkdown(p.title)}`,
    "",
    `${escapeMarkdown(p.department)} · ${p.levelName} (${escapeMarkdown(p.levelLabel)}) · ${formatHeadcount(p.headcount)} people  `,
    `${escapeMarkdown(context.organization)} · ${context.date} · redesigned with Orbital`,
    "",
    "## Outcomes it owns",
    "",
    ...(p.outcomes.length ? p.outcomes.map((o) => `- ${escapeMarkdown(o)}`) : ["The job description names no outcomes."]),
    ...(p.outcomesSource === "judgment work" ? ["", "*Derived from the role's specialized work: the job description names no outcomes.*"] : []),
    "",
  ];
  if (!p.redesign) {
    lines.push(`The role's tasks and hours are hidden: fewer than ${context.kThreshold} people logged time in it.`, "");
    return lines.join("\n");
  }
  lines.push(...part("Handed to AI", p.redesign.handToAi), ...part("Moves to others with AI", p.redesign.moveWithAi), ...part("Judgment work to grow", p.redesign.keepAndGrow));
  lines.push("## Orchestrator capabilities it will need", "", "| Capability | Level | Why |", "|---|---|---|");
  for (const c of p.redesign.capabilities) lines.push(`| ${c.label} | ${c.level} | ${c.reason.replace(/\|/g, "\\|")} |`);
  lines.push("");
  return lines.join("\n");
}
