import type { ReactNode } from 'react';

import { COMPLEXITIES, TIERS } from '../../../shared/domain';
import type { Policy } from '../../../shared/policy';
import {
  COMPLEXITY_PARAMETERS,
  COST_FIELDS,
  GROWTH_FIELDS,
  GUARDRAIL_FIELDS,
  SIZE_BASIS_FIELD,
  TARGET_FIELDS,
  TIER_PARAMETERS,
  describeCountryRange,
  describeWorkerRange,
  getAllPolicyFields,
  getComplexityField,
  getTierField,
  type PolicyField,
} from './policy-fields';
import { PolicyInput } from './PolicyInput';
import { usePolicyDrafts, type PolicyDrafts } from './use-policy-drafts';

const ALL_FIELDS = getAllPolicyFields();
const FIELD_PATHS = new Set(ALL_FIELDS.map((field) => field.path));

export type PolicyEditorProps = {
  readonly policy: Policy;
  /** The policy edits are compared with (the baseline of a scenario). */
  readonly reference?: Policy;
  readonly onApply: (policy: Policy) => Promise<void> | void;
  readonly disabled?: boolean;
};

type SectionProps = Omit<PolicyEditorProps, 'onApply'> & {
  readonly editor: PolicyDrafts;
};

/**
 * Every policy parameter of DESIGN.md §2 in one form. A valid change is
 * applied as a whole policy; an invalid one stays in its field with the
 * reason and is not applied.
 */
export function PolicyEditor(props: PolicyEditorProps) {
  const editor = usePolicyDrafts(props.policy, ALL_FIELDS, props.onApply);
  const section = { ...props, editor };
  const general = Object.entries(editor.issues)
    .filter(([path]) => !FIELD_PATHS.has(path))
    .flatMap(([path, messages]) =>
      messages.map((m) => (path ? `${path}: ${m}` : m)),
    );

  return (
    <div className="pe">
      {general.length > 0 && (
        <ul className="pe-issues" role="alert">
          {general.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      <TierSection {...section} />
      <ComplexitySection {...section} />
      <div className="pe-columns">
        <FieldList title="Growth bands" fields={GROWTH_FIELDS} {...section} />
        <FieldList title="Targets" fields={TARGET_FIELDS} {...section} />
      </div>
      <div className="pe-columns">
        <FieldList title="Cost drivers" fields={COST_FIELDS} {...section} />
        <FieldList title="Guardrail" fields={GUARDRAIL_FIELDS} {...section} />
      </div>
    </div>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="pe-group">
      <legend className="pe-group__title">{title}</legend>
      {children}
    </fieldset>
  );
}

function TierSection(props: SectionProps) {
  return (
    <Group title="Tiers">
      <label className="pe-row pe-row--inline">
        <span className="pe-row__label">{SIZE_BASIS_FIELD.label}</span>
        <PolicyInput field={SIZE_BASIS_FIELD} {...props} />
      </label>
      <table className="pe-table">
        <thead>
          <tr>
            <th className="pe-table__param">Parameter</th>
            {TIERS.map((tier) => (
              <th key={tier} scope="col">
                {tier}
                <span className="pe-table__range">
                  {describeWorkerRange(props.policy, tier)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TIER_PARAMETERS.map((parameter) => (
            <tr key={parameter.key}>
              <ParamHeader label={parameter.label} unit={parameter.unit} />
              {TIERS.map((tier) => (
                <td key={tier}>
                  <PolicyInput
                    field={getTierField(tier, parameter)}
                    compact
                    {...props}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Group>
  );
}

function ParamHeader({ label, unit }: { label: string; unit: string }) {
  return (
    <th scope="row" className="pe-table__param">
      {label}
      {unit && <span className="pe-table__unit">{unit}</span>}
    </th>
  );
}

function ComplexitySection(props: SectionProps) {
  return (
    <Group title="Complexity by country count">
      <table className="pe-table pe-table--narrow">
        <thead>
          <tr>
            <th className="pe-table__param">Parameter</th>
            {COMPLEXITIES.map((complexity) => (
              <th key={complexity} scope="col">
                {complexity}
                <span className="pe-table__range">
                  {describeCountryRange(props.policy, complexity)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {COMPLEXITY_PARAMETERS.map((parameter) => (
            <tr key={parameter.key}>
              <ParamHeader label={parameter.label} unit={parameter.unit} />
              {COMPLEXITIES.map((complexity) => (
                <td key={complexity}>
                  <PolicyInput
                    field={getComplexityField(complexity, parameter)}
                    compact
                    {...props}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Group>
  );
}

function FieldList({
  title,
  fields,
  ...props
}: SectionProps & { title: string; fields: readonly PolicyField[] }) {
  return (
    <Group title={title}>
      {fields.map((field) => (
        <div key={field.path} className="pe-row">
          <span className="pe-row__label">{field.label}</span>
          <PolicyInput field={field} {...props} />
        </div>
      ))}
    </Group>
  );
}
