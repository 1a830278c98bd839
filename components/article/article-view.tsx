import type { Article, Page } from '@/lib/content/schema'
import { AUDIENCE_LABELS } from '@/lib/content/labels'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { routes } from '@/lib/routes'
import { formatDate } from '@/lib/format-date'
import { SourceList } from '../citations/source-list'
import { OnThisPage } from '../layout/on-this-page'
import { PrintHeader } from '../layout/print-header'
import { SummaryBox } from '../layout/summary-box'
import { HelpBox } from '../help/help-box'
import { MarkdownBody } from '../markdown/markdown-body'
import { PageBlock } from '../markdown/page-block'
import { ArticleList } from './article-list'
import { ReviewDates } from './review-dates'

/** The names of an article's two Markdown blocks: the body before and after its second section, where the help box goes. */
export const ARTICLE_OPENING = 'article.opening'
export const ARTICLE_REST = 'article.rest'
/** Articles with this many sections after the short answer get "On this page" contents. */
const ON_THIS_PAGE_FROM = 5

/**
 * An article, the NHS way: title and a one-line review summary, then the answer; the help box after the short answer;
 * who wrote it, the audience and the full review dates at the foot, then Sources.
 */
export function ArticleView({
  article,
  helpBox,
  cited,
  related,
  next,
  sections,
}: {
  article: Article
  helpBox: Page
  cited: CitedMarkdown
  related: Article[]
  next?: Article
  /** The article's sections after the short answer, for "On this page". */
  sections: { id: string; title: string }[]
}) {
  return (
    <article data-pagefind-body>
      <PrintHeader path={routes.article(article.slug)} lastReviewed={article.lastReviewed} />
      <header className="mb-4 space-y-2">
        <h1 className="text-3xl font-bold">{article.title}</h1>
        <p className="review-summary">
          Last reviewed <time dateTime={article.lastReviewed}>{formatDate(article.lastReviewed)}</time> ·{' '}
          {article.reviewers.length > 0 ? 'reviewed by a clinician' : 'not yet reviewed by a clinician'} ·{' '}
          <a href="#about-this-page">about this page</a> · <a href={routes.about()}>how we check facts</a>
        </p>
      </header>
      <div className="prose max-w-none prose-a:text-link">
        <SummaryBox>
          <MarkdownBody tree={cited.trees[ARTICLE_OPENING]} cited={cited} />
        </SummaryBox>
        <HelpBox>
          <PageBlock page={helpBox} block="body" cited={cited} />
        </HelpBox>
        {sections.length >= ON_THIS_PAGE_FROM ? <OnThisPage sections={sections} /> : null}
        <MarkdownBody tree={cited.trees[ARTICLE_REST]} cited={cited} />
      </div>
      {next ? (
        <aside aria-labelledby="next-heading" className="no-print mt-10 rounded border border-rule bg-paper-alt p-4">
          <h2 id="next-heading" className="font-bold">
            The next question people often have
          </h2>
          <p>
            <a href={routes.article(next.slug)}>{next.title}</a>
          </p>
        </aside>
      ) : null}
      {related.length > 0 ? (
        <nav aria-labelledby="related-heading" className="no-print mt-8">
          <h2 id="related-heading" className="mb-3 text-xl font-bold">
            Related articles
          </h2>
          <ArticleList articles={related} />
        </nav>
      ) : null}
      <section aria-labelledby="about-this-page" className="mt-10 space-y-3 border-t border-rule pt-6">
        <h2 id="about-this-page" className="text-xl font-bold">
          About this page
        </h2>
        <p className="text-sm">For: {article.audience.map((a) => AUDIENCE_LABELS[a]).join(', ')}</p>
        <ReviewDates {...article} />
        {article.changeNote && article.updated !== article.published ? (
          <p className="rounded border border-rule bg-paper-alt p-3 text-sm">
            <strong>What changed on {formatDate(article.updated)}:</strong> {article.changeNote}
          </p>
        ) : null}
      </section>
      <SourceList entries={cited.entries} targets={cited.targets} />
    </article>
  )
}
