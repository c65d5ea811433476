/**
 * The override form for one task: a class (and optionally an atom) plus a required reason.
 * The same form on the role page and in the review queue; both post to their own route, whose
 * action runs `overrideTask`. A plain POST form: it works without JavaScript.
 */
import { Form, useNavigation } from "@remix-run/react";
import { ATOM_LABELS, CLASS_DESCRIPTIONS, CLASS_LABELS, TASK_CLASSES, WORK_ATOMS, type Atom, type TaskClass } from "../analyzer/taxonomy";
import { REASON_MAX, type OverrideResult } from "./override-result";

export interface OverrideFormProps {
  textId: number;
  /** The task text, to name the controls for screen readers when several forms share a page. */
  taskText: string;
  currentClass: TaskClass | null;
  currentAtom: Atom | null;
  /** The last action's result, when it was about this task. */
  result?: OverrideResult | null;
  submitLabel?: string;
}

export function OverrideForm({ textId, taskText, currentClass, currentAtom, result, submitLabel = "Save override" }: OverrideFormProps) {
  const navigation = useNavigation();
  const pending = navigation.state === "submitting" && navigation.formData?.get("textId") === String(textId);
  const errors = result && !result.ok ? result.fieldErrors : {};
  const id = (field: string) => `override-${textId}-${field}`;
  const describedBy = (field: keyof typeof errors) => (errors[field] ? id(`${field}-error`) : undefined);
  return (
    <Form method="post" preventScrollReset className="override-form" aria-label={`Override the class of “${taskText}”`}>
      <input type="hidden" name="textId" value={textId} />
      <fieldset className="override-classes" aria-describedby={describedBy("class")}>
        <legend>Class</legend>
        <div className="override-class-options">
          {TASK_CLASSES.map((c) => (
            <label key={c} className="override-class" title={CLASS_DESCRIPTIONS[c]}>
              <input type="radio" name="class" value={c} defaultChecked={c === currentClass} required /> {CLASS_LABELS[c]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="override-field">
        <label htmlFor={id("atom")}>Atom</label>
        <select id={id("atom")} name="atom" defaultValue="" aria-invalid={errors.atom ? true : undefined} aria-describedby={describedBy("atom")}>
          <option value="">{currentAtom ? `Keep: ${ATOM_LABELS[currentAtom]}` : "Keep the current atom"}</option>
          {WORK_ATOMS.map((a) => (
            <option key={a} value={a}>
              {ATOM_LABELS[a]}
            </option>
          ))}
        </select>
      </div>
      <div className="override-field override-reason">
        <label htmlFor={id("reason")}>Reason (required)</label>
        <input
          id={id("reason")}
          name="reason"
          type="text"
          required
          maxLength={REASON_MAX}
          placeholder="Why this class? e.g. the task needs a signature"
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describedBy("reason")}
        />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </button>
      {(["class", "atom", "reason", "textId", "form"] as const).map((field) =>
        errors[field] ? (
          <p key={field} id={id(`${field}-error`)} className="error" role="alert">
            {errors[field]}
          </p>
        ) : null,
      )}
    </Form>
  );
}
