/**
 * The capability survey, ready to send: the questions (from importers/survey-wording.ts, the
 * same module the importer and the template use), how to build it in Microsoft Forms or
 * Google Forms so the export imports without a mapping step, the CSV template, and a
 * printable version (`?print=1`: the questionnaire alone, with boxes to tick).
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CAPABILITY_LABELS } from "../../analyzer/capabilities";
import { requireWorkspace } from "../../access.server";
import { AGREEMENT_LABELS, AI_USE_LABELS, AI_USE_QUESTION, SURVEY_STATEMENTS } from "../../../importers/survey-wording";
import { PrintButton } from "./print-button";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Capability survey · ${data?.workspace.name ?? "Workspace"} · Orbital` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { workspace, role } = await requireWorkspace(request, params.workspace, "viewer");
  return {
    workspace: { slug: workspace.slug, name: workspace.name },
    role,
    print: new URL(request.url).searchParams.get("print") === "1",
    statements: SURVEY_STATEMENTS.map((s) => ({ key: s.key, capability: CAPABILITY_LABELS[s.capability], text: s.text })),
    agreement: [...AGREEMENT_LABELS],
    aiUseQuestion: AI_USE_QUESTION,
    aiUse: [...AI_USE_LABELS],
  };
}

type SurveyView = ReturnType<typeof useLoaderData<typeof loader>>;

export default function SurveyPage() {
  const view = useLoaderData<typeof loader>();
  if (view.print) return <Printable view={view} />;
  const slug = view.workspace.slug;
  return (
    <main className="page survey-page">
      <h1>The capability survey</h1>
      <p>
        Ten statements and one question, about five minutes. It asks people whether they already have the five orchestrator capabilities —
        decomposition, instruction, verification, automation, scaling — that the{" "}
        <Link to={`/w/${slug}/capabilities`}>Capabilities page</Link> sets against what the redesigned roles will need.
      </p>
      <p>
        <a href={`/w/${slug}/survey-template.csv`} download>
          Download the CSV template
        </a>{" "}
        · <Link to="?print=1">Printable version</Link>
        {view.role !== "viewer" ? (
          <>
            {" "}
            · <Link to={`/w/${slug}/import`}>Import responses</Link>
          </>
        ) : null}
      </p>

      <h2>The questions</h2>
      <p>Each statement is answered on a five-point scale: {view.agreement.map((l, i) => `${i + 1} ${l}`).join(" · ")}.</p>
      <table>
        <caption className="visually-hidden">The ten statements, by capability</caption>
        <thead>
          <tr>
            <th scope="col" className="num">#</th>
            <th scope="col">Capability</th>
            <th scope="col">Statement (copy it exactly)</th>
          </tr>
        </thead>
        <tbody>
          {view.statements.map((s, i) => (
            <tr key={s.key}>
              <td className="num">{i + 1}</td>
              <td>{s.capability}</td>
              <th scope="row">{s.text}</th>
            </tr>
          ))}
          <tr>
            <td className="num">11</td>
            <td>AI use</td>
            <th scope="row">
              {view.aiUseQuestion} <span className="muted">({view.aiUse.join(" · ")})</span>
            </th>
          </tr>
        </tbody>
      </table>

      <h2>Who answered, and in which role</h2>
      <p>
        Orbital needs each respondent&apos;s identity, to keep one answer per person (the latest counts), and their role, to set answers
        against the role&apos;s work. Identities are pseudonymized at import like employee ids in task logs; no e-mail or name is stored, and
        no individual answer is ever shown: every figure from fewer than the workspace&apos;s k people is hidden.
      </p>
      <ul>
        <li>
          <strong>Identity</strong>: have the form record e-mail addresses (both Forms tools can), or add a short-answer question
          &ldquo;employee_id&rdquo;. With an employee id, or once the roster is imported, answers join the same person&apos;s task logs.
        </li>
        <li>
          <strong>Role</strong>: add a short-answer (or drop-down) question titled exactly &ldquo;role&rdquo;, answered with the role_id or the
          exact job title from your job descriptions. Once the workspace has a roster (people &rarr; roles), the roster gives each
          respondent&apos;s role and this question is needed only for people the roster lacks.
        </li>
      </ul>

      <h2>Microsoft Forms</h2>
      <ol>
        <li>New Form. Settings: &ldquo;Only people in my organization can respond&rdquo; and &ldquo;Record name&rdquo; (this adds the Email column).</li>
        <li>Add a Text question titled &ldquo;role&rdquo; (required).</li>
        <li>
          For each statement, add a Choice question (or a Likert question with the statements as rows) with the title copied exactly and the
          options {view.agreement.map((l) => `“${l}”`).join(", ")}; mark it required.
        </li>
        <li>Add a Choice question &ldquo;{view.aiUseQuestion}&rdquo; with {view.aiUse.map((l) => `“${l}”`).join(", ")}.</li>
        <li>
          When responses are in: Responses → &ldquo;Open in Excel&rdquo;, save as CSV (UTF-8), and import it as &ldquo;Survey responses&rdquo;.
          The ID, Start time and Name columns are ignored.
        </li>
      </ol>

      <h2>Google Forms</h2>
      <ol>
        <li>New form. Settings → Responses: &ldquo;Collect email addresses&rdquo; (Verified).</li>
        <li>Add a Short answer question titled &ldquo;role&rdquo; (required).</li>
        <li>
          For each statement, add a Multiple choice question (or one Multiple choice grid with the statements as rows) with the title copied
          exactly and the five options; numbered titles (&ldquo;1. I can…&rdquo;) are fine.
        </li>
        <li>Add a Multiple choice question &ldquo;{view.aiUseQuestion}&rdquo; with the five options.</li>
        <li>Responses → the ⋮ menu → &ldquo;Download responses (.csv)&rdquo;, and import that file as &ldquo;Survey responses&rdquo;.</li>
      </ol>

      <h2>Orbital&apos;s template</h2>
      <p>
        For answers collected any other way: one row per response, columns <code>employee_id</code> (or <code>email</code>),{" "}
        <code>role</code>, <code>submitted_at</code> (optional, used to keep the latest answer), then one column per question with the question
        as its header. Answers may be numbers (1–5) or the labels.
      </p>
    </main>
  );
}

function Printable({ view }: { view: SurveyView }) {
  return (
    <main className="page survey-print">
      <p className="no-print">
        <Link to=".">Back to the survey page</Link> · <PrintButton />
      </p>
      <h1>How ready are you to work with AI?</h1>
      <p>Please tick one box per line. About five minutes. Your answers are only reported in groups of at least the organization&apos;s threshold of people.</p>
      <p>
        Employee id or e-mail: ______________________________ &nbsp; Role or job title: ______________________________
      </p>
      <table className="survey-print-grid">
        <caption className="visually-hidden">Statements and the five-point scale</caption>
        <thead>
          <tr>
            <th scope="col">Statement</th>
            {view.agreement.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.statements.map((s, i) => (
            <tr key={s.key}>
              <th scope="row">
                {i + 1}. {s.text}
              </th>
              {view.agreement.map((label) => (
                <td key={label} aria-label={label}>
                  ☐
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>11. {view.aiUseQuestion}</strong>
        <br />
        {view.aiUse.map((label) => `☐ ${label}`).join("   ")}
      </p>
    </main>
  );
}
