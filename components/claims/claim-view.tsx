import { CLAIM_KIND_LABELS, GRADE_MEANINGS } from '@/lib/citations/evidence-labels'
import type { ShownSource } from '@/lib/citations/resolve-citation'
import type { Article, Claim } from '@/lib/content/schema'
import { TOPIC_LABELS } from '@/lib/content/labels'
import { formatDate } from '@/lib/format-date'
import { routes } from '@/lib/routes'
import { ArticleList } from '../article/article-list'
import { EvidenceGrade } from '../citations/evidence-grade'
import { SourceReference } from '../citations/source-reference'
import { GradeScale } from '../figures/grade-scale'
import { PrintHeader } from '../layout/print-header'

/** A claim's own page: statement, grade and what it means, rationale, caveats, sources, citing articles. */
export function ClaimView({ claim, sources, citedBy }: { claim: Claim; sources: ShownSource[]; citedBy: Article[] }) {
  return (
    <article className="space-y-6" data-pagefind-body>
      <PrintHeader path={routes.claim(claim.id)} lastReviewed={claim.lastReviewed} />
      <header className="space-y-2">
        <p className="text-sm font-semibold">Claim · {TOPIC_LABELS[claim.topic]}</p>
        <h1 className="text-2xl font-bold">{claim.statement}</h1>
      </header>
      <section aria-labelledby="strength-heading">
        <h2 id="strength-heading" className="text-xl font-bold">
          How strong is the evidence?
        </h2>
        {claim.grade ? (
          <>
            <p className="mt-2">
              <EvidenceGrade grade={claim.grade} /> {GRADE_MEANINGS[claim.grade].meaning}
            </p>
            <GradeScale grade={claim.grade} />
            {claim.gradeRationale ? <p className="mt-2">Why this grade: {claim.gradeRationale}</p> : null}
          </>
        ) : (
          <p className="mt-2">
            {CLAIM_KIND_LABELS[claim.kind]}. Definitions and statistics are not graded: the type of each source below says what it is.
          </p>
        )}
      </section>
      {claim.caveats.length > 0 ? (
        <section aria-labelledby="caveats-heading">
          <h2 id="caveats-heading" className="text-xl font-bold">
            Limits and caveats
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {claim.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="claim-sources-heading">
        <h2 id="claim-sources-heading" className="text-xl font-bold">
          Sources
        </h2>
        <ol className="mt-2 list-decimal space-y-4 pl-6">
          {sources.map((s) => (
            <li key={s.id} className="source-entry">
              <SourceReference source={s} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="cited-by-heading">
        <h2 id="cited-by-heading" className="mb-2 text-xl font-bold">
          Articles that cite this claim
        </h2>
        {citedBy.length > 0 ? <ArticleList articles={citedBy} /> : <p>No article cites this claim yet.</p>}
      </section>
      <p className="text-sm">
        Last reviewed <time dateTime={claim.lastReviewed}>{formatDate(claim.lastReviewed)}</time>. <a href={routes.claims()}>All claims</a>
      </p>
    </article>
  )
}
