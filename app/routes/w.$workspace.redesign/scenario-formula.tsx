/**
 * The projection's formula, what the current ε means, and the assumptions behind it, in
 * words beside the chart: a what-if figure is only as good as its reader's grasp of it.
 */
export function ScenarioFormula({ formula, elasticityNote, assumptions }: { formula: string; elasticityNote: string; assumptions: readonly string[] }) {
  return (
    <aside className="scenario-formula" aria-labelledby="formula-heading">
      <h2 id="formula-heading">How the projection works</h2>
      <p className="formula">
        Projected headcount = <code>{formula}</code>
      </p>
      <p>
        <strong>{elasticityNote}</strong>
      </p>
      <p>
        When ε is above 1, cheaper output raises demand by more than AI saves, so the department ends up needing more people,
        not fewer: what happened to radiologists when reading images got faster and more scans were ordered.
      </p>
      <h3>Assumptions</h3>
      <ul>
        {assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
        <li>Roles without analysed tasks are carried over at today&apos;s headcount.</li>
      </ul>
    </aside>
  );
}
