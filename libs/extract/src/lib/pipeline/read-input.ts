import * as text from '@policy-graph/text';

export interface DecodedDocument {
  text: string;
  format: string;
  title: string | null;
  source: string | null;
  date: string | null;
  publisher: string | null;
}

type Reader = (bytes: Uint8Array, fileName: string) => Promise<DecodedDocument> | DecodedDocument;

/** The format readers of @policy-graph/text when present, else plain UTF-8. */
export function reader(): Reader {
  const lib = text as unknown as { readDocument?: Reader };
  return lib.readDocument ?? text.readPlainDocument;
}
