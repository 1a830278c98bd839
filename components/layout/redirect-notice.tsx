/**
 * The page left at an old address: a static redirect that works on any host. React hoists the
 * meta refresh into <head> (the page's metadata adds the canonical link); the visible link covers the rest.
 */
export function RedirectNotice({ to, title }: { to: string; title: string }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <h1 className="text-3xl font-bold">This page has moved</h1>
      <p className="mt-4">
        The page you asked for now lives at a new address: <a href={to}>{title}</a>.
      </p>
    </>
  )
}
