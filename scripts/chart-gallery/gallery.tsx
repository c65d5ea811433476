/**
 * Every chart with realistic sample data and its edge cases, as one page. Rendered on the
 * server by scripts/chart-gallery.tsx and hydrated in the browser by ./client.tsx, exactly
 * like a Remix page: the server render is what a no-JS reader sees.
 */
import { AtomizationIcicle } from "../../app/charts/atomization-icicle";
import { ClassShareBars } from "../../app/charts/class-share-bars";
import { HourBarList } from "../../app/charts/hour-bar-list";
import { JudgmentDumbbell } from "../../app/charts/judgment-dumbbell";
import { QuadrantScatter } from "../../app/charts/quadrant-scatter";
import { ScenarioProjection } from "../../app/charts/scenario-projection";
import {
  sampleClassRows,
  sampleDepartments,
  sampleDumbbell,
  sampleLevelHours,
  sampleProjection,
  sampleQuadrant,
  sampleRoleAtoms,
  sampleRoles,
} from "./sample-data";

const roles = sampleRoles();
const roleHref = (role: { id: string }) => `/w/demo/roles/${role.id}`;
const oneRole = sampleDepartments(roles)
  .slice(0, 1)
  .map((d) => ({ ...d, roles: d.roles.slice(0, 1) }));

export function Gallery() {
  return (
    <main className="page">
      <h1>Orbital chart gallery</h1>
      <p className="muted">Sample data for a 150-person organization, then edge cases. Server-rendered, hydrated.</p>

      <section id="class-shares">
        <ClassShareBars
          title="Where the hours go, by department"
          description="Share of logged hours in each class, for the organization and each department."
          rows={sampleClassRows(roles)}
          groupLabel="Department"
          headingLevel={2}
        />
      </section>

      <section id="atomization">
        <AtomizationIcicle
          title="How the work breaks into atoms"
          description="Organization → department → role → atom; height is hours per year, colour is the atom's class."
          departments={sampleDepartments(roles)}
          roleHref={roleHref}
          organizationLabel="Acme Corp"
          headingLevel={2}
        />
      </section>

      <section id="quadrant">
        <QuadrantScatter
          title="Redesign opportunities by role"
          description="Each dot is a role: further right, more of its hours can go to AI; higher up, more of them need human judgment. Dot area is headcount."
          points={sampleQuadrant(roles)}
          headingLevel={2}
        />
      </section>

      <div className="gallery-grid" id="seniority">
        <ClassShareBars
          title="Hours by class per level"
          description="Hours per year by class at each level of the ladder."
          rows={sampleLevelHours}
          mode="hours"
          groupLabel="Level"
          defaultWidth={560}
        />
        <JudgmentDumbbell
          title="Judgment share before and after AI"
          description="Specialized hours as a share of the hours left once automatable work goes to AI."
          rows={sampleDumbbell}
          defaultWidth={560}
        />
      </div>

      <div className="gallery-grid" id="scenario">
        <ScenarioProjection
          title="Headcount needed, low elasticity"
          description="Headcount each department needs as H × (1 − s·a)^(1 − ε)."
          rows={sampleProjection(roles, 0.6, 0.4)}
          adoptionRate={0.6}
          elasticity={0.4}
          defaultWidth={560}
        />
        <ScenarioProjection
          title="Headcount needed, high elasticity"
          description="When ε > 1, cheaper output raises demand enough that headcount grows."
          rows={sampleProjection(roles, 0.6, 1.8)}
          adoptionRate={0.6}
          elasticity={1.8}
          defaultWidth={560}
        />
      </div>

      <div className="gallery-grid" id="role">
        <HourBarList
          title="Financial Analyst: hours per atom"
          description="Hours per year in each atom of the role, coloured by class."
          items={sampleRoleAtoms(roles)}
          itemLabel="Atom"
          defaultWidth={560}
        />
        <HourBarList
          title="A role with a suppressed atom"
          description="Edge case: one item hidden under the k-threshold."
          items={[
            { key: "a", label: "Draft", hours: 420, taskClass: "automatable" },
            { key: "b", label: "Relate to clients & patients", hours: 0, taskClass: "specialized", suppressed: true },
          ]}
          defaultWidth={560}
        />
      </div>

      <h2>Edge cases</h2>
      <div className="gallery-grid" id="edge-empty">
        <ClassShareBars title="Empty class shares" description="No rows." rows={[]} defaultWidth={560} />
        <AtomizationIcicle
          title="Empty hierarchy"
          description="No departments."
          departments={[]}
          roleHref={roleHref}
          defaultWidth={560}
        />
        <QuadrantScatter title="Empty quadrant" description="No roles." points={[]} defaultWidth={560} />
        <ScenarioProjection
          title="Empty projection"
          description="No departments."
          rows={[]}
          adoptionRate={0.5}
          elasticity={1}
          defaultWidth={560}
        />
      </div>
      <div className="gallery-grid" id="edge-one">
        <ClassShareBars
          title="One group, only specialized hours"
          description="One row; two classes have no hours."
          rows={[
            {
              key: "o",
              label: "Organization",
              hours: { automatable: 0, democratized: 0, specialized: 1200 },
              isSummary: true,
            },
          ]}
          defaultWidth={560}
        />
        <JudgmentDumbbell
          title="One level, no change"
          description="One level; before equals after."
          rows={[{ key: "2", label: "Mid", before: 0.3, after: 0.3 }]}
          defaultWidth={560}
        />
        <QuadrantScatter
          title="One role"
          description="A single dot."
          points={[
            {
              key: "x",
              label: "Solo Analyst",
              department: "Finance",
              automatableShare: 0.42,
              specializedShare: 0.2,
              headcount: 1,
            },
          ]}
          defaultWidth={560}
        />
        <AtomizationIcicle
          title="One department, one role"
          description="The smallest hierarchy."
          departments={oneRole}
          roleHref={roleHref}
          defaultWidth={560}
        />
        <ScenarioProjection
          title="All suppressed but one"
          description="Suppressed rows render hatched."
          rows={[
            { key: "a", label: "Legal", current: 10, projected: 10 },
            { key: "b", label: "Board Office", current: 0, projected: 0, suppressed: true },
          ]}
          adoptionRate={0}
          elasticity={0}
          defaultWidth={560}
        />
        <ClassShareBars
          title="Zero hours and NaN"
          description="A row with no hours and a row with NaN and negative figures."
          rows={[
            { key: "a", label: "New department", hours: { automatable: 0, democratized: 0, specialized: 0 } },
            { key: "b", label: "Bad figures", hours: { automatable: Number.NaN, democratized: -5, specialized: 10 } },
          ]}
          mode="hours"
          defaultWidth={560}
        />
      </div>
    </main>
  );
}
