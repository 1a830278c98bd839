/** The link-preview image (1200 × 630), drawn at build time by next/og with its bundled font: no network. */
export function OgCard({ title, kicker }: { title: string; kicker: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#ffffff',
        color: '#1b1f24',
        borderTop: '24px solid #1a4fb5',
      }}
    >
      <div style={{ fontSize: 32, color: '#1a4fb5' }}>{kicker}</div>
      <div style={{ fontSize: title.length > 60 ? 56 : 68, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      <div style={{ fontSize: 28 }}>IOP Evidence Guide · every claim shows its source</div>
    </div>
  )
}
