import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/layout/site-footer'
import { CopyLink } from '@/components/layout/copy-link'
import { SiteHeader } from '@/components/layout/site-header'
import { routes } from '@/lib/routes'
import { site } from '@/lib/site'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  alternates: { types: { 'application/atom+xml': routes.feed() } },
  title: { default: 'IOP Evidence Guide', template: '%s · IOP Evidence Guide' },
  description: 'Intensive outpatient programs for substance use, explained with the evidence behind every claim.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="font-sans leading-relaxed">
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-8 focus:outline-none">
          {children}
          <div className="mt-10">
            <CopyLink />
          </div>
        </main>
        <SiteFooter />
        {/* The one script of content pages (plain, cached); scripts/post-build.ts keeps it when it removes Next's runtime. */}
        <script src="/enhance.js" defer />
      </body>
    </html>
  )
}
