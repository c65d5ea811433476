import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "../access.server";
import { AccountError, changePassword } from "../auth/accounts.server";
import { attemptLogin } from "../auth/login.server";
import { PASSWORD_MIN_LENGTH } from "../auth/password-policy";
import { loginLimiter } from "../auth/rate-limit.server";
import { startSession } from "../auth/session.server";
import { getDb } from "../db.server";
import { parseForm, readForm } from "../forms";
import { readContext } from "../load-context";

export const meta: MetaFunction = () => [{ title: "Your account · Orbital" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { email: user.email, isAdmin: user.isAdmin, changed: new URL(request.url).searchParams.get("changed") === "1" };
}

const PasswordSchema = z
  .object({ current: z.string().min(1, "Enter your current password."), password: z.string(), confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = parseForm(await readForm(request), PasswordSchema);
  if (!form.ok) return data({ ok: false as const, fieldErrors: form.fieldErrors }, { status: 400 });
  // The current password is checked like a login, rate limits included: a borrowed session
  // must not become a way to guess it.
  const check = await attemptLogin(
    getDb(),
    { email: user.email, password: form.data.current, address: readContext(context).clientAddress },
    loginLimiter,
  );
  if (!check.ok) {
    const message = check.status === 429 ? check.message : "That is not your current password.";
    return data({ ok: false as const, fieldErrors: { current: message } }, { status: check.status === 429 ? 429 : 400 });
  }
  try {
    await changePassword(getDb(), check.user, form.data.password, { userId: user.id, label: user.email });
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    return data({ ok: false as const, fieldErrors: { password: error.message } }, { status: 400 });
  }
  // Changing the password ended every session, this one included: start a fresh one, and
  // redirect. Without JavaScript the browser would otherwise render this page with the loader
  // reading the old (ended) session from the same request, and land on the sign-in page.
  return redirect("/account?changed=1", { headers: { "Set-Cookie": await startSession(request, user.id) } });
}

export default function Account() {
  const { email, isAdmin, changed } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> = result && !result.ok ? result.fieldErrors : {};
  return (
    <main className="page narrow">
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{email}</strong>
        {isAdmin ? " (installation administrator)" : ""}.
      </p>
      <h2>Change your password</h2>
      {changed ? <p role="status" className="success">Password changed. Your other sessions were signed out.</p> : null}
      <Form method="post" noValidate>
        <label htmlFor="current">Current password</label>
        <input id="current" name="current" type="password" autoComplete="current-password" required
          aria-invalid={errors.current ? true : undefined} aria-describedby={errors.current ? "current-error" : undefined} />
        {errors.current ? <p id="current-error" className="error">{errors.current}</p> : null}
        <label htmlFor="password">New password (at least {PASSWORD_MIN_LENGTH} characters)</label>
        <input id="password" name="password" type="password" autoComplete="new-password" required
          aria-invalid={errors.password ? true : undefined} aria-describedby={errors.password ? "password-error" : undefined} />
        {errors.password ? <p id="password-error" className="error">{errors.password}</p> : null}
        <label htmlFor="confirm">New password again</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required
          aria-invalid={errors.confirm ? true : undefined} aria-describedby={errors.confirm ? "confirm-error" : undefined} />
        {errors.confirm ? <p id="confirm-error" className="error">{errors.confirm}</p> : null}
        <p><button type="submit">Change password</button></p>
      </Form>
    </main>
  );
}
