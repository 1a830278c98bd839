/** The number of pages in a PDF (as Chromium writes them): each page is one `/Type /Page` object. */
export const countPdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
