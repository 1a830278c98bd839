import QRCode from 'qrcode'

/** A QR code as an SVG path (one square per dark module), drawn at build time: no service, no script. */
export function qrCodePath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const parts: string[] = []
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++) if (modules.data[y * modules.size + x]) parts.push(`M${x} ${y}h1v1h-1z`)
  return { size: modules.size, d: parts.join('') }
}
