/**
 * The measured starting point for the adoption slider: the share of exposed hours (automatable
 * or democratized work) the task logs already record with an AI tool. Labelled as measured, and
 * only a link: the scenario stays the person's to set.
 */
import { Link, useLocation } from "@remix-run/react";
import { formatShare } from "../../charts/format";

export function MeasuredAdoption({ measured, current }: { measured: number | null; current: number }) {
  const { search } = useLocation();
  if (measured === null) return null;
  const percent = Math.round(measured * 100);
  const params = new URLSearchParams(search);
  params.set("adoption", String(percent));
  return (
    <p className="muted measured-adoption">
      Measured in the task logs: {formatShare(measured)} of exposed hours already use an AI tool.{" "}
      {percent === current ? (
        "The scenario starts from this measured figure; move the slider to explore."
      ) : (
        <Link to={`?${params.toString()}`} preventScrollReset>
          Start from the measured {percent}%
        </Link>
      )}
    </p>
  );
}
