import type { ClaimCheck } from '@/lib/content/schema'

const VERDICTS: Record<ClaimCheck['verdict'], { label: string; style: string }> = {
  supported: { label: 'Supported', style: 'border-grade-strong text-grade-strong' },
  'partly-supported': { label: 'Partly supported', style: 'border-grade-moderate text-grade-moderate' },
  unsupported: { label: 'Unsupported', style: 'border-grade-limited text-grade-limited' },
  misleading: { label: 'Misleading', style: 'border-grade-limited text-grade-limited' },
  unknown: { label: 'Unknown: the evidence does not say', style: 'border-grade-insufficient text-grade-insufficient' },
}

/** The verdict in words, never colour alone. */
export function VerdictBadge({ verdict }: { verdict: ClaimCheck['verdict'] }) {
  const { label, style } = VERDICTS[verdict]
  return <span className={`inline-block rounded border-2 px-2 text-sm font-bold ${style}`}>Verdict: {label}</span>
}
