/**
 * The stylesheets the standalone report (PDF, HTML download) inlines, as text. `?raw` resolves
 * under Vite only: the CLI reads the same files from disk (cli/commands/report-styles.ts).
 */
import appCss from "../styles/app.css?raw";
import chartsCss from "../charts/charts.css?raw";
import reportCss from "./report.css?raw";

export const REPORT_STYLESHEETS: readonly string[] = [appCss, chartsCss, reportCss];
