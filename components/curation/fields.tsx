// Labelled form fields for the curation forms: every control has a visible label and, when
// useful, a hint tied to it with aria-describedby.
import { useId, type ReactNode } from 'react';

interface Common {
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
}

function Field({ id, label, hint, children }: { id: string; label: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

export function TextField({ name, label, hint, required, defaultValue, type = 'text', autoComplete }: Common & { defaultValue?: string | null; type?: 'text' | 'date' | 'number' | 'password' | 'url'; autoComplete?: string }) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue ?? ''}
        required={required}
        autoComplete={autoComplete ?? 'off'}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
    </Field>
  );
}

export function TextArea({ name, label, hint, required, defaultValue, rows = 3 }: Common & { defaultValue?: string | null; rows?: number }) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint}>
      <textarea id={id} name={name} defaultValue={defaultValue ?? ''} required={required} rows={rows} aria-describedby={hint ? `${id}-hint` : undefined} />
    </Field>
  );
}

export function SelectField({
  name,
  label,
  hint,
  required,
  defaultValue,
  options,
}: Common & { defaultValue?: string | null; options: { value: string; label: string }[] }) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint}>
      <select id={id} name={name} defaultValue={defaultValue ?? ''} required={required} aria-describedby={hint ? `${id}-hint` : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The "why" of a change, stored in the audit trail. */
export function ReasonField({ required, label = 'Why (kept in the history)' }: { required?: boolean; label?: string }) {
  return <TextArea name="reason" label={label} required={required} rows={2} hint={required ? 'Required.' : 'Optional, but it helps the next reader.'} />;
}
