/**
 * Raw industry strings onto the five industries, by keyword. Life sciences
 * and finance are tried before technology so that HealthTech and FinTech
 * land in their sector, not in Technology.
 */
import { INDUSTRIES, UNASSIGNED, type Industry } from '../../domain';

type Rule = {
  readonly industry: Industry;
  /** Word stems found anywhere (`health` matches HealthTech). */
  readonly stems: readonly string[];
  /** Whole words only (`it` must not match `digital`). */
  readonly words: readonly string[];
};

const RULES: readonly Rule[] = [
  {
    industry: 'Life Sciences',
    stems: [
      'health',
      'biotech',
      'pharma',
      'medic',
      'lifescience',
      'life science',
      'clinic',
      'biolog',
      'diagnostic',
    ],
    words: ['hospital', 'hospitals', 'bio'],
  },
  {
    industry: 'Financial Services',
    stems: [
      'financ',
      'fintech',
      'bank',
      'insur',
      'assur',
      'payment',
      'invest',
      'lending',
      'wealth',
    ],
    words: ['credit', 'capital'],
  },
  {
    industry: 'Professional Services',
    stems: [
      'consult',
      'legal',
      'accounting',
      'professional',
      'staffing',
      'recruit',
      'advisory',
    ],
    words: ['law', 'audit', 'tax'],
  },
  {
    industry: 'Technology',
    stems: [
      'software',
      'saas',
      'tech',
      'devtool',
      'cyber',
      'internet',
      'cloud',
      'information technology',
      'computer',
    ],
    words: ['it', 'ict', 'ai', 'data'],
  },
];

const CACHE = new Map<string, number>();

/** The INDUSTRIES code of a raw industry string; UNASSIGNED when blank. */
export function mapIndustry(raw: string): number {
  const trimmed = raw.trim();
  if (trimmed === '') return UNASSIGNED;
  const cached = CACHE.get(trimmed);
  if (cached !== undefined) return cached;
  const code = INDUSTRIES.indexOf(classifyIndustry(trimmed));
  if (CACHE.size < 10_000) CACHE.set(trimmed, code);
  return code;
}

function classifyIndustry(text: string): Industry {
  const lower = text.toLowerCase();
  const words = new Set(lower.split(/[^\p{L}\p{N}]+/u));
  for (const rule of RULES) {
    if (rule.stems.some((stem) => lower.includes(stem))) return rule.industry;
    if (rule.words.some((word) => words.has(word))) return rule.industry;
  }
  return 'Other';
}
