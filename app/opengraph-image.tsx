import { ImageResponse } from 'next/og'
import { OgCard } from '@/components/og-card'

export const dynamic = 'force-static'
export const alt = 'IOP Evidence Guide: intensive outpatient programs, explained with the evidence'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

export default function Image() {
  return new ImageResponse(<OgCard kicker="IOP Evidence Guide" title="Intensive outpatient programs, explained with the evidence" />, size)
}
