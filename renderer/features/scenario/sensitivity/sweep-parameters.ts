/**
 * The parameters a sensitivity sweep can move, named as the policy editor
 * names them ("Mid-Market starts at workers"), with their units, how a
 * value is written, and how a cliff reads in a sentence.
 */
import {
  COMPLEXITIES,
  TIERS,
  type Complexity,
  type Tier,
} from '../../../../shared/domain';
import type { Policy } from '../../../../shared/policy';
import type { SweepParameter } from '../../../../shared/scenario/types';
import { formatCount, formatMoney } from '../../../ui/format';

/** A parameter as the select lists it. */
export type SweepChoice = {
  /** Stable id of the option, e.g. `min_workers:Mid-Market`. */
  readonly id: string;
  readonly parameter: SweepParameter;
  readonly label: string;
  readonly group: string;
};

const GROUPS = {
  min_workers: 'Worker lines (size tiers)',
  min_arr: 'ARR lines (size tiers)',
  min_countries: 'Country lines (complexity)',
  csm_ratio: 'Clients per CSM',
} as const;

/** The id of a parameter, unique among the choices. */
export function parameterId(parameter: SweepParameter): string {
  return parameter.kind === 'min_countries'
    ? `${parameter.kind}:${parameter.level}`
    : `${parameter.kind}:${parameter.tier}`;
}

/** The parameter's name in the product's words. */
export function parameterLabel(parameter: SweepParameter): string {
  switch (parameter.kind) {
    case 'min_workers':
      return `${parameter.tier} starts at workers`;
    case 'min_arr':
      return `${parameter.tier} starts at ARR`;
    case 'min_countries':
      return `${parameter.level} complexity starts at countries`;
    case 'csm_ratio':
      return `${parameter.tier} clients per CSM`;
  }
}

const tierChoices = (kind: 'min_workers' | 'min_arr' | 'csm_ratio') =>
  TIERS.map((tier: Tier) => toChoice({ kind, tier }));

const levelChoices = () =>
  COMPLEXITIES.map((level: Complexity) =>
    toChoice({ kind: 'min_countries', level }),
  );

function toChoice(parameter: SweepParameter): SweepChoice {
  return {
    id: parameterId(parameter),
    parameter,
    label: parameterLabel(parameter),
    group: GROUPS[parameter.kind],
  };
}

/** Every parameter a sweep may move, grouped as the select shows them. */
export const SWEEP_CHOICES: readonly SweepChoice[] = [
  ...tierChoices('min_workers'),
  ...tierChoices('min_arr'),
  ...levelChoices(),
  ...tierChoices('csm_ratio'),
];

/** The choice of an id, or null for an unknown one. */
export function choiceById(id: string): SweepChoice | null {
  return SWEEP_CHOICES.find((c) => c.id === id) ?? null;
}

/** The default parameter: the SMB/Mid-Market worker line. */
export const DEFAULT_CHOICE_ID = 'min_workers:Mid-Market';

/** The unit of a parameter's values, as written after an input. */
export function parameterUnit(parameter: SweepParameter): string {
  switch (parameter.kind) {
    case 'min_workers':
      return 'workers';
    case 'min_arr':
      return 'USD of ARR';
    case 'min_countries':
      return 'countries';
    case 'csm_ratio':
      return 'clients per CSM';
  }
}

/** A value of the parameter with its unit: `11 workers`, `$60,000 ARR`. */
export function formatParameterValue(
  parameter: SweepParameter,
  value: number,
): string {
  switch (parameter.kind) {
    case 'min_workers':
      return `${formatCount(value)} workers`;
    case 'min_arr':
      return `${formatArr(value)} ARR`;
    case 'min_countries':
      return `${formatCount(value)} ${value === 1 ? 'country' : 'countries'}`;
    case 'csm_ratio':
      return `${formatCount(value)} clients per CSM`;
  }
}

/** A value without its unit, for axis labels and ranges. */
export function formatParameterNumber(
  parameter: SweepParameter,
  value: number,
): string {
  return parameter.kind === 'min_arr' ? formatArr(value) : formatCount(value);
}

// ARR lines are in USD; a value that is not whole dollars (Strategic's
// "above 1,200,000" is 1,200,000.01) shows its cents.
function formatArr(usd: number): string {
  const cents = Math.round(usd * 100);
  return formatMoney(cents, 'USD', cents % 100 !== 0);
}

const compactUsd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/** A value as an axis label, compact for ARR: `$300K`, `$1.2M`. */
export function formatAxisValue(
  parameter: SweepParameter,
  value: number,
): string {
  return parameter.kind === 'min_arr'
    ? compactUsd.format(value)
    : formatCount(value);
}

/**
 * Why a size line would move no client under the policy's size basis
 * (an ARR line on the workers basis); null when it can.
 */
export function basisNote(
  basis: Policy['size_basis'],
  parameter: SweepParameter,
): string | null {
  if (parameter.kind === 'min_arr' && basis === 'workers') {
    return 'Size tiers are set by workers in this policy, so an ARR line moves no client; it only shows in the ARR tier.';
  }
  if (parameter.kind === 'min_workers' && basis === 'arr') {
    return 'Size tiers are set by ARR in this policy, so a worker line moves no client; it only shows in the worker tier.';
  }
  return null;
}

/** Whether the parameter's values must be whole numbers. */
export function isWholeParameter(parameter: SweepParameter): boolean {
  return parameter.kind !== 'min_arr';
}

/**
 * A cliff as a sentence: "Mid-Market starts at 10 → 11 workers moves 212
 * clients".
 */
export function describeCliff(
  parameter: SweepParameter,
  value: number,
  unit: number,
  clients: number,
): string {
  const from = formatParameterNumber(parameter, value);
  const to = formatParameterNumber(parameter, value + unit);
  const moves = `moves ${formatCount(clients)} ${clients === 1 ? 'client' : 'clients'}`;
  switch (parameter.kind) {
    case 'min_workers':
      return `${parameter.tier} starts at ${from} → ${to} workers ${moves}`;
    case 'min_arr':
      return `${parameter.tier} starts at ${from} → ${to} ARR ${moves}`;
    case 'min_countries':
      return `${parameter.level} complexity starts at ${from} → ${to} countries ${moves}`;
    case 'csm_ratio':
      return `${parameter.tier} clients per CSM ${from} → ${to} ${moves}`;
  }
}
