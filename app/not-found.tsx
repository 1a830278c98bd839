import { routes } from '@/lib/routes'

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">We can’t find that page</h1>
      <p className="mt-4">
        The address may be mistyped, or the page may have moved. Every article we publish keeps its address, so an old printed link should
        still work: please tell us if it does not.
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <a href={routes.articles()}>Browse all articles</a>
        </li>
        <li>
          <a href={routes.claims()}>See every claim and its evidence</a>
        </li>
        <li>
          <a href={routes.home()}>Go to the home page</a>
        </li>
      </ul>
      <p className="mt-6">If you need help now, the crisis lines are at the bottom of this page.</p>
    </>
  )
}
