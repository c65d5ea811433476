/** A headline figure: label, value and an optional note, with the class colour as `tone`. */
export function FigureCard({ label, value, note, tone }: { label: string; value: string; note?: string; tone?: string }) {
  return (
    <div className={`card${tone ? ` card-${tone}` : ""}`}>
      <div className="label">{label}</div>
      <div className="value">{value}</div>
      {note ? <div className="label">{note}</div> : null}
    </div>
  );
}
