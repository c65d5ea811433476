/** A button that opens the browser's print dialog (hidden when printing). */
export function PrintButton() {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      Print
    </button>
  );
}
