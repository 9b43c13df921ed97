/** Counts the pages of a PDF from its page objects (Chromium writes one "/Type /Page" per page). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
