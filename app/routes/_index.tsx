import type { MetaFunction } from "@remix-run/node";

export const meta: MetaFunction = () => [{ title: "Orbital" }];

export default function Index() {
  return (
    <main className="page">
      <h1>Orbital</h1>
      <p className="muted">AI-readiness analytics for your organization.</p>
    </main>
  );
}
