/**
 * Which work the seniority figures count: all of it, or all but hands-on / physical work. Two
 * links (they keep the filter), so it works without JavaScript and Back undoes it.
 */
import { Link } from "@remix-run/react";
import type { JudgmentView } from "./seniority.server";

export function judgmentHref(search: string, view: JudgmentView): string {
  const params = new URLSearchParams(search);
  if (view === "all") params.delete("judgment");
  else params.set("judgment", view);
  const text = params.toString();
  return text ? `?${text}` : "?";
}

const CHOICES: { view: JudgmentView; label: string }[] = [
  { view: "all", label: "All work" },
  { view: "without-hands-on", label: "Without hands-on / physical work" },
];

export function JudgmentSwitch({ current, search }: { current: JudgmentView; search: string }) {
  return (
    <nav className="segmented" aria-label="Which work the figures count">
      <span className="segmented-label">Count:</span>
      {CHOICES.map((c) => (
        <Link key={c.view} to={judgmentHref(search, c.view)} aria-current={c.view === current ? "true" : undefined} preventScrollReset>
          {c.label}
        </Link>
      ))}
    </nav>
  );
}
