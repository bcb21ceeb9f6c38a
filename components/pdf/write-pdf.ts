import type { ReactElement } from 'react';
import type layoutDocument from '@react-pdf/layout';
import type * as Renderer from '@react-pdf/renderer';
import type { DocumentProps } from '@react-pdf/renderer';
import type { FontStore } from '@react-pdf/types';
import type { PdfWriter } from '@/lib/pdf/finish';

type DocumentNode = Parameters<typeof layoutDocument>[0];
type Finish = (doc: PdfWriter) => void;

/**
 * react-pdf's own layout and drawing packages and pdfkit: the ones the renderer
 * itself uses, so already loaded with it. Imported dynamically, like the
 * renderer: Node tools such as tsx cannot `require` these ESM-only packages.
 */
async function importWriter() {
  const [{ default: layout }, { default: render }, { default: PDFDocument }] = await Promise.all([
    import('@react-pdf/layout'),
    import('@react-pdf/render'),
    import('pdfkit'),
  ]);
  /** pdfkit's document, keeping every page until the end, and finished just before it is written out. */
  class FinishedDocument extends PDFDocument {
    constructor(
      options: Record<string, unknown>,
      private readonly finish: Finish,
    ) {
      super({ ...options, bufferPages: true });
    }

    override end(): void {
      this.finish(this);
      super.end();
    }
  }
  // layout takes the font store as its second argument (its types leave it out).
  return { layout: layout as (value: DocumentNode, fontStore: FontStore) => ReturnType<typeof layoutDocument>, render, FinishedDocument };
}

let writer: ReturnType<typeof importWriter> | null = null;

const upperFirst = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
const omitUndefined = (object: Record<string, unknown>) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

/**
 * What react-pdf's `pdf(element).toBlob()` does (4.9: the same document
 * options, the same layout, the same drawing), with one difference: `finish`
 * writes on the laid-out pages (the footers) and adds to the document (the
 * data) before pdfkit writes it out, so nothing has to load and parse the PDF
 * again afterwards (docs/pdf.md).
 */
export async function writePdf(renderer: typeof Renderer, element: ReactElement<DocumentProps>, finish: Finish): Promise<Uint8Array> {
  writer ??= importWriter().catch((error: unknown) => {
    writer = null;
    throw error;
  });
  const { layout, render, FinishedDocument } = await writer;
  const { document } = renderer.pdf(element).container as { document: DocumentNode & { props?: DocumentProps } };
  const props = document.props ?? {};
  const { pdfVersion, conformance, language, pageLayout, pageMode, title, author, subject, keywords, ownerPassword, userPassword, permissions } = props;
  const { creator = 'react-pdf', producer = 'react-pdf', creationDate = new Date(), modificationDate } = props;
  const conformanceVersion = conformance?.startsWith('PDF/A-1') ? '1.4' : '1.7';
  const doc = new FinishedDocument(
    {
      compress: true,
      subset: conformance,
      pdfVersion: pdfVersion || (conformance ? conformanceVersion : undefined),
      lang: language,
      displayTitle: true,
      autoFirstPage: false,
      ownerPassword,
      userPassword,
      permissions,
      pageLayout,
      info: omitUndefined({
        Title: title,
        Author: author,
        Subject: subject,
        Keywords: keywords,
        Creator: creator,
        Producer: producer,
        CreationDate: creationDate,
        ModificationDate: modificationDate,
      }),
    },
    finish,
  );
  if (pageMode) doc._root.data.PageMode = upperFirst(pageMode);
  const laidOut = await layout(document, renderer.Font);

  const chunks: Uint8Array[] = [];
  const written = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // Draws every page, then ends the document, which finishes it first.
  render(doc as unknown as Parameters<typeof render>[0], laidOut);
  await written;
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
