import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { getOptionalUser, safeNextPath } from "../access.server";
import { attemptLogin } from "../auth/login.server";
import { loginLimiter } from "../auth/rate-limit.server";
import { startSession } from "../auth/session.server";
import { getDb } from "../db.server";
import { parseForm, readForm } from "../forms";
import { readContext } from "../load-context";

export const meta: MetaFunction = () => [{ title: "Sign in · Orbital" }];

const LoginSchema = z.object({
  email: z.string().trim().min(1, "Enter your e-mail address.").max(254, "That e-mail address is too long."),
  password: z.string().min(1, "Enter your password."),
  next: z.string().optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const next = safeNextPath(new URL(request.url).searchParams.get("next"));
  if (await getOptionalUser(request)) throw redirect(next);
  return { next };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = parseForm(await readForm(request), LoginSchema);
  if (!form.ok) return data({ fieldErrors: form.fieldErrors, formError: null }, { status: 400 });
  const { email, password, next } = form.data;
  const result = await attemptLogin(getDb(), { email, password, address: readContext(context).clientAddress }, loginLimiter);
  if (!result.ok) {
    const headers = result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : undefined;
    return data({ fieldErrors: {} as Record<string, string>, formError: result.message }, { status: result.status, headers });
  }
  throw redirect(safeNextPath(next), { headers: { "Set-Cookie": await startSession(request, result.user.id) } });
}

export default function Login() {
  const { next } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <main className="page narrow">
      <h1>Sign in to Orbital</h1>
      <Form method="post" noValidate>
        <input type="hidden" name="next" value={next} />
        <label htmlFor="email">E-mail</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus
          aria-invalid={result?.fieldErrors.email ? true : undefined}
          aria-describedby={result?.fieldErrors.email ? "email-error" : undefined} />
        {result?.fieldErrors.email ? <p id="email-error" className="error">{result.fieldErrors.email}</p> : null}
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          aria-invalid={result?.fieldErrors.password ? true : undefined}
          aria-describedby={result?.fieldErrors.password ? "password-error" : undefined} />
        {result?.fieldErrors.password ? <p id="password-error" className="error">{result.fieldErrors.password}</p> : null}
        {result?.formError ? <p role="alert" className="error">{result.formError}</p> : null}
        <p>
          <button type="submit" disabled={busy}>{busy ? "Signing in…" : "Sign in"}</button>
        </p>
      </Form>
      <p className="muted">
        No account? An installation administrator of this Orbital creates accounts and a workspace
        administrator gives access to a workspace.
      </p>
    </main>
  );
}
