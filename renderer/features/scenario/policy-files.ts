/**
 * Policies as files: a scenario or the baseline written as the JSON the
 * report command's --policy reads, and such a file read back (keys it
 * names laid over the baseline, validated).
 */
import { parsePolicyText, type Policy } from '../../../shared/policy';

/** Policy file text: the whole policy, money in USD, rates as fractions. */
export function toPolicyFileText(policy: Policy): string {
  return JSON.stringify(policy, null, 2) + '\n';
}

/** A file name for a policy: `tierwise-policy-pool-mid-market.json`. */
export function policyFileName(policy: Policy): string {
  const slug = policy.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `tierwise-policy-${slug || 'scenario'}.json`;
}

/**
 * Reads policy file bytes over a base policy; throws PolicyError naming
 * every bad key. A file without a name is named after the file.
 */
export function readPolicyFile(
  bytes: Uint8Array,
  fileName: string,
  base: Policy,
): Policy {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const policy = parsePolicyText(text, base);
  if (hasName(text)) return policy;
  const fromFile = fileName
    .replace(/\.json$/i, '')
    .trim()
    .slice(0, 120);
  return { ...policy, name: fromFile || policy.name };
}

function hasName(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null && 'name' in json;
  } catch {
    return false;
  }
}
