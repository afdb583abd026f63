import type { Policy } from '../../../shared/policy';
import { formatFieldValue, getPolicyValue } from './policy-edit';
import { SIZE_BASIS_OPTIONS, type PolicyField } from './policy-fields';
import type { PolicyDrafts } from './use-policy-drafts';

export type PolicyInputProps = {
  readonly field: PolicyField;
  readonly policy: Policy;
  /** Shown under the input when its value differs from the policy's. */
  readonly reference?: Policy;
  readonly editor: PolicyDrafts;
  readonly disabled?: boolean;
  /** Hide the unit (tables carry it in the row label). */
  readonly compact?: boolean;
};

/** One policy value: its input, the baseline when different, its issues. */
export function PolicyInput(props: PolicyInputProps) {
  const { field, policy, reference, editor } = props;
  const held = formatFieldValue(field.kind, getPolicyValue(policy, field.path));
  const text = editor.drafts[field.path] ?? held;
  const issues = editor.issues[field.path] ?? [];
  const base = reference
    ? formatFieldValue(field.kind, getPolicyValue(reference, field.path))
    : null;
  const differs = base !== null && base !== held;

  return (
    <div className={`pe-field${issues.length ? ' pe-field--invalid' : ''}`}>
      <div className="pe-field__control">
        {field.kind === 'size-basis' ? (
          <SizeBasisSelect {...props} value={text} />
        ) : (
          <TextInput {...props} value={text} invalid={issues.length > 0} />
        )}
        {!props.compact && field.unit && (
          <span className="pe-field__unit">{field.unit}</span>
        )}
      </div>
      {differs && (
        <span className="pe-field__baseline">
          Baseline {base === '' ? 'none' : base}
        </span>
      )}
      {issues.map((issue) => (
        <span key={issue} className="pe-field__issue" role="alert">
          {issue}
        </span>
      ))}
    </div>
  );
}

function TextInput({
  field,
  editor,
  disabled,
  value,
  invalid,
}: PolicyInputProps & { readonly value: string; readonly invalid: boolean }) {
  return (
    <input
      className="pe-input"
      type="text"
      inputMode="decimal"
      data-testid={`policy-input-${field.path}`}
      aria-label={field.label}
      aria-invalid={invalid}
      title={field.help}
      placeholder={field.kind === 'money-or-none' ? 'none' : undefined}
      disabled={disabled}
      value={value}
      onChange={(event) => editor.change(field.path, event.target.value)}
      onBlur={editor.commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') editor.commit();
      }}
    />
  );
}

function SizeBasisSelect({
  field,
  editor,
  disabled,
  value,
}: PolicyInputProps & { readonly value: string }) {
  return (
    <select
      className="pe-select"
      data-testid={`policy-input-${field.path}`}
      aria-label={field.label}
      disabled={disabled}
      value={value}
      onChange={(event) => editor.changeNow(field.path, event.target.value)}
    >
      {SIZE_BASIS_OPTIONS.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
