/** Above the report, never printed: paper size, the downloads, and the browser's own print. */
import { Link } from "@remix-run/react";
import { useHydrated } from "../../charts/use-container-width";

export function ReportToolbar({ base, search, paper, pdfProblem }: { base: string; search: string; paper: "a4" | "letter"; pdfProblem: string | null }) {
  const hydrated = useHydrated();
  const params = new URLSearchParams(search);
  const withPaper = (p: string) => {
    const next = new URLSearchParams(params);
    next.set("paper", p);
    return `?${next}`;
  };
  const query = params.toString() ? `?${params}` : "";
  return (
    <nav className="report-toolbar" aria-label="Report downloads">
      <p>
        Paper:{" "}
        {paper === "a4" ? <strong aria-current="true">A4</strong> : <Link to={withPaper("a4")}>A4</Link>} ·{" "}
        {paper === "letter" ? <strong aria-current="true">Letter</strong> : <Link to={withPaper("letter")}>Letter</Link>}
      </p>
      {pdfProblem ? (
        <p role="note" className="muted">
          PDF download unavailable on this server. {pdfProblem}
        </p>
      ) : (
        <a className="button" href={`${base}/report.pdf${query}`} download>
          Download PDF
        </a>
      )}
      <a className="button secondary" href={`${base}/report.pptx${query}`} download>
        Download slides
      </a>
      <a className="button secondary" href={`${base}/report.html${query}`} download>
        Download HTML
      </a>
      <button type="button" className="secondary" disabled={!hydrated} onClick={() => window.print()}>
        Print
      </button>
    </nav>
  );
}
