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
  describeSizeRange,
  getAllPolicyFields,
  getComplexityField,
  getTierField,
  type PolicyField,
  type TierParameter,
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

  const invalid = Object.entries(editor.issues).filter(
    ([path, messages]) => FIELD_PATHS.has(path) && messages.length > 0,
  ).length;
  const held = Object.keys(editor.drafts).length;

  return (
    <div className="pe">
      {invalid > 0 && (
        <p className="pe-held" role="status" data-testid="policy-held">
          {invalid === 1 ? 'One value needs' : `${invalid} values need`} fixing
          (marked below). Until then{' '}
          {held > invalid
            ? `none of the ${held} changes typed is applied`
            : 'it is not applied'}
          , and the figures show the policy as it was.
        </p>
      )}
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
      <ParameterTable
        levels={TIERS}
        parameters={TIER_PARAMETERS}
        describe={(tier) => describeSizeRange(props.policy, tier)}
        getField={getTierField}
        section={props}
      />
    </Group>
  );
}

function ComplexitySection(props: SectionProps) {
  return (
    <Group title="Complexity by country count">
      <ParameterTable
        levels={COMPLEXITIES}
        parameters={COMPLEXITY_PARAMETERS}
        describe={(complexity) =>
          describeCountryRange(props.policy, complexity)
        }
        getField={getComplexityField}
        section={props}
        narrow
      />
    </Group>
  );
}

/**
 * One row a parameter, one column a level (a tier or a complexity), each
 * level headed by the range its thresholds give it.
 */
function ParameterTable<Level extends string>({
  levels,
  parameters,
  describe,
  getField,
  section,
  narrow = false,
}: {
  readonly levels: readonly Level[];
  readonly parameters: readonly TierParameter[];
  readonly describe: (level: Level) => string;
  readonly getField: (level: Level, parameter: TierParameter) => PolicyField;
  readonly section: SectionProps;
  readonly narrow?: boolean;
}) {
  return (
    <table className={narrow ? 'pe-table pe-table--narrow' : 'pe-table'}>
      <thead>
        <tr>
          <th className="pe-table__param">Parameter</th>
          {levels.map((level) => (
            <th key={level} scope="col">
              {level}
              <span className="pe-table__range">{describe(level)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {parameters.map((parameter) => (
          <tr key={parameter.key}>
            <ParamHeader label={parameter.label} unit={parameter.unit} />
            {levels.map((level) => (
              <td key={level}>
                <PolicyInput
                  field={getField(level, parameter)}
                  compact
                  {...section}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
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
