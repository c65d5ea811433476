/**
 * The frame of every dashboard page: title, a sentence on what the page answers, the filter
 * bar, then the page's sections. The navigation between pages is in the app header.
 */
import type { ReactNode } from "react";
import type { DashboardShell } from "../dashboard/dashboard.server";
import { FilterBar } from "./filter-bar";

export interface DashboardPageProps {
  shell: DashboardShell;
  title: string;
  /** One or two sentences: the question this page answers. */
  intro?: ReactNode;
  children: ReactNode;
}

export function DashboardPage({ shell, title, intro, children }: DashboardPageProps) {
  return (
    <main className="page dashboard">
      <div className="dashboard-head">
        <p className="dashboard-workspace muted">{shell.workspace.name}</p>
        <h1>{title}</h1>
        {intro ? <p className="dashboard-intro">{intro}</p> : null}
      </div>
      {shell.analysisPending ? (
        <p role="status" className="analysis-pending">
          New data has just been imported and is being analysed: these figures are from before that import. Reload in a moment.
        </p>
      ) : null}
      <FilterBar options={shell.options} filter={shell.filter} />
      {children}
    </main>
  );
}

/** A section of a dashboard page with its own heading. */
export function Section({ title, id, children, aside }: { title: string; id?: string; children: ReactNode; aside?: ReactNode }) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
