import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { AccountError } from "../auth/accounts.server";
import { PASSWORD_MIN_LENGTH } from "../auth/password-policy";
import { startSession } from "../auth/session.server";
import { completeSetup, isSetupPending, isValidSetupToken } from "../auth/setup.server";
import { getDb } from "../db.server";
import { parseForm, readForm } from "../forms";

export const meta: MetaFunction = () => [{ title: "Set up Orbital" }];

const INVALID_LINK =
  "This setup link is not valid. Use the link the Orbital server printed to its console when it started " +
  "(it changes at every start).";

const SetupSchema = z
  .object({
    token: z.string(),
    email: z.string().trim().min(1, "Enter your e-mail address."),
    password: z.string(),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });

export async function loader({ request }: LoaderFunctionArgs) {
  if (!isSetupPending(getDb())) throw redirect("/login");
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (!isValidSetupToken(getDb(), token)) return data({ valid: false as const, token: "" }, { status: 403 });
  return { valid: true as const, token };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = parseForm(await readForm(request), SetupSchema);
  if (!form.ok) return data({ fieldErrors: form.fieldErrors, formError: null }, { status: 400 });
  try {
    const created = await completeSetup(getDb(), form.data.token, form.data);
    if (!created) return data({ fieldErrors: {} as Record<string, string>, formError: INVALID_LINK }, { status: 403 });
    throw redirect("/", { headers: { "Set-Cookie": await startSession(request, created.user.id) } });
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    const fieldErrors: Record<string, string> = error.field ? { [error.field]: error.message } : {};
    return data({ fieldErrors, formError: error.field ? null : error.message }, { status: 400 });
  }
}

export default function Setup() {
  const { valid, token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (!valid) {
    return (
      <main className="page narrow">
        <h1>Set up Orbital</h1>
        <p role="alert" className="error">{INVALID_LINK}</p>
      </main>
    );
  }
  const errors = result?.fieldErrors ?? {};
  return (
    <main className="page narrow">
      <h1>Set up Orbital</h1>
      <p>Create the first administrator. This account manages the other accounts and owns the workspaces that exist now.</p>
      <Form method="post" noValidate>
        <input type="hidden" name="token" value={token} />
        <label htmlFor="email">E-mail</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus
          aria-invalid={errors.email ? true : undefined} aria-describedby={errors.email ? "email-error" : undefined} />
        {errors.email ? <p id="email-error" className="error">{errors.email}</p> : null}
        <label htmlFor="password">Password (at least {PASSWORD_MIN_LENGTH} characters)</label>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH}
          aria-invalid={errors.password ? true : undefined} aria-describedby={errors.password ? "password-error" : undefined} />
        {errors.password ? <p id="password-error" className="error">{errors.password}</p> : null}
        <label htmlFor="confirm">Password again</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required
          aria-invalid={errors.confirm ? true : undefined} aria-describedby={errors.confirm ? "confirm-error" : undefined} />
        {errors.confirm ? <p id="confirm-error" className="error">{errors.confirm}</p> : null}
        {result?.formError ? <p role="alert" className="error">{result.formError}</p> : null}
        <p>
          <button type="submit" disabled={busy}>{busy ? "Creating…" : "Create administrator"}</button>
        </p>
      </Form>
    </main>
  );
}
