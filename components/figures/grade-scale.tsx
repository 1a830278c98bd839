import { GRADE_MEANINGS } from '@/lib/citations/evidence-labels'
import { GRADES, type Grade } from '@/lib/content/schema'

/**
 * How strong the evidence is, as a four-step scale with this claim's step marked: a picture of the grade for claim
 * pages. Inline SVG built at render time; the grade is also in words beside it, so colour and shape are never alone.
 */
export function GradeScale({ grade }: { grade: Grade }) {
  const steps = [...GRADES].reverse() // insufficient → strong, left to right
  const at = steps.indexOf(grade)
  const width = 80
  return (
    <figure className="figure grade-scale not-prose">
      <svg
        role="img"
        aria-label={`Strength of evidence: ${GRADE_MEANINGS[grade].label}, step ${at + 1} of ${steps.length} from weakest to strongest`}
        viewBox={`0 0 ${steps.length * width} 62`}
        width={steps.length * width}
        height="62"
      >
        {steps.map((step, i) => (
          <g key={step}>
            <rect
              x={i * width + 2}
              y={44 - (i + 1) * 10}
              width={width - 4}
              height={(i + 1) * 10}
              className={i <= at ? `grade-bar grade-bar-${grade}` : 'grade-bar grade-bar-off'}
              fill={i <= at ? 'currentColor' : 'none'}
              stroke="currentColor"
            />
            <text x={i * width + width / 2} y="58" textAnchor="middle" fontSize="11" fill="currentColor">
              {GRADE_MEANINGS[step].label.split(' ')[0]}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="text-sm">
        Strength of evidence: <strong>{GRADE_MEANINGS[grade].label}</strong>, {at + 1} of {steps.length} steps from weakest to strongest.
      </figcaption>
    </figure>
  )
}
