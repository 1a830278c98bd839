import { formatDate } from '@/lib/format-date'

/** Who wrote the page and when it was checked: the NHS pattern, on every article. */
export function ReviewDates({
  author,
  lastReviewed,
  nextReview,
  updated,
  published,
  reviewers,
}: {
  author: string
  lastReviewed: string
  nextReview: string
  updated: string
  published: string
  reviewers: { name: string; credentials: string; reviewed: string }[]
}) {
  return (
    <dl className="review-dates grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="font-semibold">Written by</dt>
      <dd>{author}</dd>
      <dt className="font-semibold">Clinical review</dt>
      <dd>
        {reviewers.length > 0
          ? reviewers.map((r) => `${r.name}, ${r.credentials} (${formatDate(r.reviewed)})`).join('; ')
          : 'Not yet reviewed by a clinician. We check every fact against its sources, but no clinician has reviewed this page.'}
      </dd>
      <dt className="font-semibold">Published</dt>
      <dd>
        <time dateTime={published}>{formatDate(published)}</time>
        {updated !== published ? (
          <>
            {' '}
            (updated <time dateTime={updated}>{formatDate(updated)}</time>)
          </>
        ) : null}
      </dd>
      <dt className="font-semibold">Last reviewed</dt>
      <dd>
        <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      </dd>
      <dt className="font-semibold">Next review due</dt>
      <dd>
        <time dateTime={nextReview}>{formatDate(nextReview)}</time>
      </dd>
    </dl>
  )
}
