/**
 * Realistic sample data for the chart gallery: a mid-sized organization with eight
 * departments, built deterministically (seeded) so screenshots are comparable run to run.
 */
import { ATOM_LABELS, type Atom, type TaskClass } from "../../app/analyzer/taxonomy";
import type { AtomizationDepartment, AtomSlice } from "../../app/charts/atomization-layout";
import type { ClassShareRow } from "../../app/charts/class-share-bars";
import type { DumbbellRow } from "../../app/charts/judgment-dumbbell";
import type { HourBarItem } from "../../app/charts/hour-bar-list";
import type { QuadrantPoint } from "../../app/charts/quadrant-scatter";
import type { ProjectionRow } from "../../app/charts/scenario-projection";

function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ROLES: Record<string, [string, number, number][]> = {
  // department: [title, headcount, suppressed-if-0]
  Finance: [
    ["Accounts Payable Clerk", 14, 1],
    ["Financial Analyst", 9, 1],
    ["Controller", 2, 0],
    ["Payroll Specialist", 6, 1],
    ["FP&A Manager", 5, 1],
  ],
  Sales: [
    ["Sales Development Representative", 24, 1],
    ["Account Executive", 18, 1],
    ["Sales Operations Analyst", 5, 1],
    ["Regional Sales Director", 3, 0],
  ],
  "Customer Support": [
    ["Support Agent", 42, 1],
    ["Senior Support Agent", 12, 1],
    ["Support Team Lead", 6, 1],
    ["Knowledge Base Editor", 5, 1],
  ],
  Engineering: [
    ["Software Engineer", 38, 1],
    ["Senior Software Engineer", 16, 1],
    ["QA Engineer", 8, 1],
    ["Engineering Manager", 6, 1],
    ["Site Reliability Engineer", 7, 1],
  ],
  "Human Resources": [
    ["HR Generalist", 6, 1],
    ["Recruiter", 7, 1],
    ["HR Business Partner", 5, 1],
  ],
  Marketing: [
    ["Content Marketer", 8, 1],
    ["Marketing Analyst", 5, 1],
    ["Brand Designer", 4, 0],
  ],
  Legal: [
    ["Paralegal", 5, 1],
    ["Corporate Counsel", 5, 1],
  ],
  Operations: [
    ["Operations Coordinator", 11, 1],
    ["Procurement Specialist", 6, 1],
    ["Facilities Manager", 3, 0],
  ],
};

const ATOM_POOL: [Atom, TaskClass][] = [
  ["organize", "automatable"],
  ["summarize", "automatable"],
  ["draft", "automatable"],
  ["research", "automatable"],
  ["analyze", "democratized"],
  ["compare", "democratized"],
  ["draft", "democratized"],
  ["check_risks", "democratized"],
  ["support_decision", "specialized"],
  ["relate", "specialized"],
  ["lead_people", "specialized"],
  ["coordinate", "specialized"],
  ["counterargue", "specialized"],
  ["create", "specialized"],
];

export interface SampleRole {
  id: string;
  title: string;
  department: string;
  headcount: number;
  suppressed: boolean;
  atoms: AtomSlice[];
  atomization: number;
}

export function sampleRoles(): SampleRole[] {
  const random = seeded(42);
  const roles: SampleRole[] = [];
  for (const [department, list] of Object.entries(ROLES)) {
    for (const [title, headcount, visible] of list) {
      const bias = random();
      const atoms: AtomSlice[] = [];
      const picks = 4 + Math.floor(random() * 4);
      const used = new Set<string>();
      // One atom of each class first, so every role has some of each, then random ones.
      const firstOfClass = [0, 4, 8].map((start) => ATOM_POOL[start + Math.floor(random() * 4)]);
      for (let i = 0; i < picks; i++) {
        const [atom, taskClass] = i < 3 ? firstOfClass[i] : ATOM_POOL[Math.floor(random() * ATOM_POOL.length)];
        const key = `${atom}:${taskClass}`;
        if (used.has(key)) continue;
        used.add(key);
        const weight = taskClass === "automatable" ? 0.4 + bias : taskClass === "specialized" ? 1.3 - bias : 0.8;
        atoms.push({ atom, taskClass, hours: Math.round(headcount * 1600 * weight * (0.05 + random() * 0.3)) });
      }
      const total = atoms.reduce((s, a) => s + a.hours, 0);
      const automatable = atoms.filter((a) => a.taskClass === "automatable").reduce((s, a) => s + a.hours, 0);
      roles.push({
        id: `${department}-${title}`.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
        title,
        department,
        headcount,
        suppressed: visible === 0,
        atoms,
        atomization: total > 0 ? Math.min(1, automatable / total + 0.15 * random()) : 0,
      });
    }
  }
  return roles;
}

const byClass = (atoms: AtomSlice[]) => {
  const out: Record<TaskClass, number> = { automatable: 0, democratized: 0, specialized: 0 };
  for (const a of atoms) out[a.taskClass] += a.hours;
  return out;
};

export function sampleClassRows(roles: SampleRole[]): ClassShareRow[] {
  const org = byClass(roles.filter((r) => !r.suppressed).flatMap((r) => r.atoms));
  const departments = [...new Set(roles.map((r) => r.department))];
  return [
    { key: "org", label: "Organization", hours: org, isSummary: true },
    ...departments.map((d) => ({
      key: d,
      label: d,
      hours: byClass(roles.filter((r) => r.department === d && !r.suppressed).flatMap((r) => r.atoms)),
    })),
    {
      key: "board",
      label: "Board Office",
      hours: { automatable: 0, democratized: 0, specialized: 0 },
      suppressed: true,
    },
  ];
}

export const sampleLevelHours: ClassShareRow[] = [
  { key: "0", label: "Entry", hours: { automatable: 21400, democratized: 9800, specialized: 3100 } },
  { key: "1", label: "Junior", hours: { automatable: 38200, democratized: 24100, specialized: 9800 } },
  { key: "2", label: "Mid", hours: { automatable: 41800, democratized: 39400, specialized: 26100 } },
  { key: "3", label: "Senior", hours: { automatable: 18800, democratized: 24900, specialized: 31200 } },
  { key: "4", label: "Lead / Manager", hours: { automatable: 6900, democratized: 11800, specialized: 22400 } },
  { key: "5", label: "Director", hours: { automatable: 1200, democratized: 2100, specialized: 7400 } },
  { key: "6", label: "Executive", hours: { automatable: 0, democratized: 0, specialized: 0 }, suppressed: true },
];

export function sampleDepartments(roles: SampleRole[]): AtomizationDepartment[] {
  const departments = [...new Set(roles.map((r) => r.department))];
  return [
    ...departments.map((name) => ({
      name,
      roles: roles
        .filter((r) => r.department === name)
        .map((r) => ({
          id: r.id,
          title: r.title,
          atomization: r.atomization,
          headcount: r.headcount,
          atoms: r.atoms,
          suppressed: r.suppressed,
        })),
    })),
    { name: "Board Office", roles: [], suppressed: true },
  ];
}

export function sampleQuadrant(roles: SampleRole[]): QuadrantPoint[] {
  return roles.map((r) => {
    const c = byClass(r.atoms);
    const total = c.automatable + c.democratized + c.specialized || 1;
    return {
      key: r.id,
      label: r.title,
      department: r.department,
      automatableShare: c.automatable / total,
      specializedShare: c.specialized / total,
      headcount: r.headcount,
      href: `/w/demo/roles/${r.id}`,
      suppressed: r.suppressed,
    };
  });
}

export const sampleDumbbell: DumbbellRow[] = [
  { key: "0", label: "Entry", before: 0.09, after: 0.24 },
  { key: "1", label: "Junior", before: 0.14, after: 0.29 },
  { key: "2", label: "Mid", before: 0.24, after: 0.39 },
  { key: "3", label: "Senior", before: 0.42, after: 0.55 },
  { key: "4", label: "Lead / Manager", before: 0.55, after: 0.63 },
  { key: "5", label: "Director", before: 0.69, after: 0.73 },
  { key: "6", label: "Executive", before: 0, after: 0, suppressed: true },
];

export function sampleProjection(roles: SampleRole[], adoption: number, elasticity: number): ProjectionRow[] {
  const departments = [...new Set(roles.map((r) => r.department))];
  const rows = departments.map((d) => {
    const list = roles.filter((r) => r.department === d && !r.suppressed);
    const c = byClass(list.flatMap((r) => r.atoms));
    const total = c.automatable + c.democratized + c.specialized || 1;
    const current = list.reduce((s, r) => s + r.headcount, 0);
    const s = c.automatable / total;
    return { key: d, label: d, current, projected: current * (1 - s * adoption) ** (1 - elasticity) };
  });
  const current = rows.reduce((s, r) => s + r.current, 0);
  const projected = rows.reduce((s, r) => s + r.projected, 0);
  return [{ key: "org", label: "Organization", current, projected, isSummary: true }, ...rows];
}

export function sampleRoleAtoms(roles: SampleRole[]): HourBarItem[] {
  const role = roles.find((r) => r.title === "Financial Analyst") ?? roles[0];
  return [...role.atoms]
    .sort((a, b) => b.hours - a.hours)
    .map((a) => ({
      key: `${a.atom}:${a.taskClass}`,
      label: atomLabel(a.atom),
      hours: a.hours,
      taskClass: a.taskClass,
    }));
}

const atomLabel = (atom: Atom) => ATOM_LABELS[atom];
