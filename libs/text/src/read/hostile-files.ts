// Files built to be hostile, compressed to a few hundred kilobytes: a PDF whose content streams inflate
// to hundreds of megabytes, a .docx whose document.xml unpacks to as much. Tests and the hostile bench
// send them to check that they fail their own upload quickly.

// the compressor loads when a file is built, not with every reader of documents
const fflate = () => require('fflate') as typeof import('fflate');

const MB = 1024 * 1024;

/** `bytes` of `unit` repeated, compressed (FlateDecode's zlib format) a megabyte at a time: a few hundred kilobytes for hundreds of megabytes. */
export function inflatingTo(unit: string, bytes: number): Buffer {
  const parts: Uint8Array[] = [];
  const zlib = new (fflate().Zlib)({ level: 1 }, (data) => parts.push(data));
  const chunk = new TextEncoder().encode(unit.repeat(Math.ceil(Math.min(bytes, MB) / unit.length)));
  for (let sent = 0; sent < bytes; sent += chunk.length) zlib.push(chunk, false);
  zlib.push(new Uint8Array(0), true);
  return Buffer.concat(parts);
}

/** Text operators of the standard font F1 that print `word` once each; a line of a page's content stream. */
export const PRINT_WORD = (word: string) => `BT /F1 12 Tf 72 712 Td (${word}) Tj ET\n`;

/** A PDF with one page per compressed content stream, each page's text in Helvetica. */
export function pdfOfPages(contentStreams: Buffer[]): Buffer {
  const pageIds = contentStreams.map((_, i) => 4 + 2 * i);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  contentStreams.forEach((stream, i) => {
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${pageIds[i] + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`));
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]));
  });
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = chunks[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const bytes = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    chunks.push(bytes);
    length += bytes.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  chunks.push(Buffer.from(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

/** A one-page PDF whose content stream inflates to `bytes`. */
export function pdfBomb(bytes: number): Buffer {
  return pdfOfPages([inflatingTo(PRINT_WORD('policy'), bytes)]);
}

/** A .docx whose word/document.xml unpacks to `bytes` of paragraphs. */
export function docxBomb(bytes: number): Buffer {
  const parts: Uint8Array[] = [];
  const zip = new (fflate().Zip)((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  const types = new (fflate().ZipDeflate)('[Content_Types].xml');
  zip.add(types);
  types.push(
    new TextEncoder().encode(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    true,
  );
  const document = new (fflate().ZipDeflate)('word/document.xml', { level: 1 });
  zip.add(document);
  const paragraph = '<w:p><w:r><w:t>全域美丽</w:t></w:r></w:p>';
  const chunk = new TextEncoder().encode(paragraph.repeat(Math.ceil(MB / paragraph.length)));
  document.push(new TextEncoder().encode('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'), false);
  for (let sent = 0; sent < bytes; sent += chunk.length) document.push(chunk, false);
  document.push(new TextEncoder().encode('</w:body></w:document>'), true);
  zip.end();
  return Buffer.concat(parts);
}
