/**
 * The filter controls every dashboard page carries: departments, levels, locations. A plain
 * GET form, so it works without JavaScript (tick, then "Apply"); with JavaScript a change
 * applies at once. Everything lives in the URL: a link reproduces the view, Back undoes a change.
 */
import { Form, Link, useLocation, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { FilterOptions } from "../../db/queries/dashboard/filter";
import { levelName } from "../../importers/levels";
import { otherParams, withoutFilterValue, type DashboardFilter, type FilterKey } from "../dashboard/filter";

export interface FilterBarProps {
  options: FilterOptions;
  filter: DashboardFilter;
}

interface Choice {
  value: string;
  label: string;
}

export function FilterBar({ options, filter }: FilterBarProps) {
  const location = useLocation();
  const submit = useSubmit();
  const groups: { key: FilterKey; legend: string; choices: Choice[]; selected: string[] }[] = [
    {
      key: "department",
      legend: "Department",
      choices: options.departments.map((d) => ({ value: d, label: d })),
      selected: filter.department ?? [],
    },
    {
      key: "level",
      legend: "Level",
      choices: options.levels.map((l) => ({ value: String(l.level), label: levelName(l.level) })),
      selected: (filter.level ?? []).map(String),
    },
    {
      key: "location",
      legend: "Location",
      choices: options.locations.map((l) => ({ value: l, label: l })),
      selected: filter.location ?? [],
    },
  ];
  const active = groups.flatMap((g) =>
    g.selected.map((value) => ({ key: g.key, value, label: g.choices.find((c) => c.value === value)?.label ?? value })),
  );
  const applyNow = (event: FormEvent<HTMLFormElement>) => submit(event.currentTarget, { preventScrollReset: true });
  // Which groups the person has opened, kept outside the re-keyed form: ticking a second
  // department should not mean opening the list again after every change.
  const [openGroups, setOpenGroups] = useState<ReadonlySet<FilterKey>>(() => new Set());
  const toggled = (key: FilterKey, open: boolean) =>
    setOpenGroups((now) => {
      if (now.has(key) === open) return now;
      const next = new Set(now);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });
  // Open groups float over the page, and a native <details> closes only from its own summary:
  // a click outside the bar or Escape closes them, as a menu would.
  const bar = useRef<HTMLElement>(null);
  useEffect(() => {
    if (openGroups.size === 0) return;
    const closeAll = () => setOpenGroups(new Set());
    const onPointer = (event: PointerEvent) => {
      if (!bar.current?.contains(event.target as Node)) closeAll();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") closeAll();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [openGroups]);

  return (
    <section className="filter-bar" aria-label="Filters" ref={bar}>
      {/* Keyed by the URL so Back (or a chip link) re-renders the boxes from the new filter. */}
      <Form method="get" onChange={applyNow} preventScrollReset key={location.search}>
        {otherParams(location.search).map(([key, value], i) => (
          <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
        ))}
        {groups
          .filter((g) => g.choices.length > 0)
          .map((g) => (
            <details
              key={g.key}
              className="filter-group"
              open={openGroups.has(g.key)}
              onToggle={(event) => toggled(g.key, event.currentTarget.open)}
            >
              <summary>
                {g.legend}
                {g.selected.length ? ` (${g.selected.length})` : ": all"}
              </summary>
              <fieldset>
                <legend className="visually-hidden">{g.legend}</legend>
                {g.choices.map((c) => (
                  <label key={c.value} className="filter-choice">
                    <input type="checkbox" name={g.key} value={c.value} defaultChecked={g.selected.includes(c.value)} />{" "}
                    {c.label}
                  </label>
                ))}
              </fieldset>
            </details>
          ))}
        <button type="submit" className="secondary filter-apply">
          Apply filters
        </button>
      </Form>
      {active.length ? (
        <ul className="filter-chips" aria-label="Active filters">
          {active.map((a) => (
            <li key={`${a.key}=${a.value}`}>
              <Link to={{ search: withoutFilterValue(location.search, a.key, a.value) }} preventScrollReset aria-label={`Remove filter ${a.label}`}>
                {a.label} <span aria-hidden="true">×</span>
              </Link>
            </li>
          ))}
          <li>
            <Link to={{ search: otherParams(location.search).length ? `?${new URLSearchParams(otherParams(location.search))}` : "" }}>Clear all</Link>
          </li>
        </ul>
      ) : null}
    </section>
  );
}
