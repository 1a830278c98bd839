import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { MarkdownBody } from '../markdown/markdown-body'

export const NOT_A_REFERRAL_MARKDOWN = [
  'This site gives information. It is not a diagnosis, and it does not refer you to any program.',
  'For a professional assessment and help finding care, FindTreatment.gov, run by the federal agency SAMHSA, lists places that offer treatment [@findtreatment-gov-federal-locator]. The SAMHSA National Helpline gives free, confidential referrals, day and night [@samhsa-helpline-free-confidential-referrals].',
]

/** The line between information and referral, with where to get an assessment; cites its facts like any content. */
export function NotAReferral({ cited, firstBlock }: { cited: CitedMarkdown; firstBlock: number }) {
  return (
    <aside aria-label="Information, not a referral" className="prose max-w-none rounded border-2 border-ink p-4 prose-a:text-link">
      {NOT_A_REFERRAL_MARKDOWN.map((_, i) => (
        <MarkdownBody key={i} tree={cited.trees[firstBlock + i]} cited={cited} />
      ))}
    </aside>
  )
}
