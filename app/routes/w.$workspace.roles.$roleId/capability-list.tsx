/**
 * The five orchestrator capabilities the redesigned role will need, each with how much of
 * the role's time calls on it and the reason in words (app/analyzer/capabilities.ts).
 */
import { CAPABILITY_DESCRIPTIONS, CAPABILITY_LABELS, type CapabilityNeed } from "../../analyzer/capabilities";
import { formatShare } from "../../charts/format";

const LEVEL_TEXT = { high: "High", medium: "Medium", low: "Low", none: "Not needed" } as const;

export function CapabilityList({ capabilities }: { capabilities: readonly CapabilityNeed[] }) {
  return (
    <>
      <p className="muted">
        Derived from the role&apos;s tasks: the share of its time that will call on each capability once AI takes its part
        (40% or more: high; 15% or more: medium).
      </p>
      <ul className="capability-list">
        {capabilities.map((c) => (
          <li key={c.capability} className={`capability capability-${c.level}`}>
            <div className="capability-head">
              <strong>{CAPABILITY_LABELS[c.capability]}</strong>
              <span className="capability-level">
                {LEVEL_TEXT[c.level]}
                {c.score !== null && c.score > 0 ? ` · ${formatShare(Math.min(1, c.score))} of the time` : ""}
              </span>
            </div>
            <svg className="capability-meter" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect width="100" height="6" rx="3" className="capability-meter-track" />
              <rect width={Math.round(Math.min(1, Math.max(0, c.score ?? 0)) * 100)} height="6" rx="3" className="capability-meter-fill" />
            </svg>
            <p className="capability-reason">{c.reason}</p>
            <p className="capability-description muted">{CAPABILITY_DESCRIPTIONS[c.capability]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
