import { PDFDocument, PDFName } from 'pdf-lib';

/** Counts the pages of a PDF from its page objects (Chromium writes one "/Type /Page" per page). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

export interface PdfMetadata {
  title: string;
  /** BCP 47 language of the document, e.g. "en". */
  language: string;
  producer: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Adds what PDF/UA checkers look for and Chromium leaves out: an XMP metadata stream (title,
 * language, producer, the PDF/UA identifier), the document language (/Lang) and the title shown in
 * the window bar. Chromium's structure tree (the tags) is kept as it is.
 */
export async function addPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setLanguage(meta.language);
  doc.setProducer(meta.producer);
  const created = doc.getCreationDate()?.toISOString() ?? new Date(0).toISOString();
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${escapeXml(meta.language)}</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>
   <pdf:Producer>${escapeXml(meta.producer)}</pdf:Producer>
   <xmp:CreateDate>${created}</xmp:CreateDate>
   <xmp:CreatorTool>Chromium</xmp:CreatorTool>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  // UTF-8 (XMP is XML), uncompressed, as XMP readers that scan files for packets expect.
  const stream = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
  return doc.save({ useObjectStreams: false });
}
