/**
 * The scenario controls: adoption rate and demand elasticity as range inputs in a GET form,
 * so the scenario lives in the URL (a link reproduces it, Back undoes a change). Without JS,
 * "Update scenario" submits; with JS the page follows the sliders, debounced, one history
 * entry per value the slider rests on.
 */
import { Form, useLocation, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { FILTER_KEYS } from "../../dashboard/filter";
import { ADOPTION_PERCENT, ELASTICITY } from "../../dashboard/scenario-params";

/** Long enough that a drag does not fire a request per pixel, short enough to feel live. */
const DEBOUNCE_MS = 250;

interface Scenario {
  adoptionPercent: number;
  elasticity: number;
}

export function ScenarioControls({ scenario }: { scenario: Scenario }) {
  const { search } = useLocation();
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [values, setValues] = useState(scenario);

  // Follow the URL when it changes from outside (Back, a link); not while a change of our own is pending.
  useEffect(() => {
    if (timer.current === null) setValues({ adoptionPercent: scenario.adoptionPercent, elasticity: scenario.elasticity });
  }, [scenario.adoptionPercent, scenario.elasticity]);
  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);

  const change = (next: Partial<Scenario>) => {
    setValues((v) => ({ ...v, ...next }));
    clearTimeout(timer.current ?? undefined);
    timer.current = setTimeout(() => {
      timer.current = null;
      if (form.current) submit(form.current, { preventScrollReset: true });
    }, DEBOUNCE_MS);
  };

  const filter = [...new URLSearchParams(search)].filter(([key]) => (FILTER_KEYS as readonly string[]).includes(key));
  return (
    <Form method="get" ref={form} preventScrollReset className="scenario-controls" aria-label="Scenario">
      {filter.map(([key, value], i) => (
        <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
      ))}
      <div className="scenario-control">
        <label htmlFor="scenario-adoption">Adoption rate</label>
        <input
          id="scenario-adoption"
          type="range"
          name="adoption"
          min={ADOPTION_PERCENT.min}
          max={ADOPTION_PERCENT.max}
          step={ADOPTION_PERCENT.step}
          value={values.adoptionPercent}
          onChange={(e) => change({ adoptionPercent: Number(e.currentTarget.value) })}
          aria-describedby="scenario-adoption-help"
        />
        <output htmlFor="scenario-adoption" className="scenario-value">
          {values.adoptionPercent}%
        </output>
        <p id="scenario-adoption-help" className="muted">
          How much of what AI could do is actually handed to it (and how much democratized work actually moves).
        </p>
      </div>
      <div className="scenario-control">
        <label htmlFor="scenario-elasticity">Demand elasticity ε</label>
        <input
          id="scenario-elasticity"
          type="range"
          name="elasticity"
          min={ELASTICITY.min}
          max={ELASTICITY.max}
          step={ELASTICITY.step}
          value={values.elasticity}
          onChange={(e) => change({ elasticity: Number(e.currentTarget.value) })}
          aria-describedby="scenario-elasticity-help"
        />
        <output htmlFor="scenario-elasticity" className="scenario-value">
          {values.elasticity.toFixed(1)}
        </output>
        <p id="scenario-elasticity-help" className="muted">
          How strongly demand for the department&apos;s output grows when it gets cheaper: 0 not at all, 1 in step with the
          saving, above 1 by more than the saving.
        </p>
      </div>
      <button type="submit" className="secondary">
        Update scenario
      </button>
    </Form>
  );
}
