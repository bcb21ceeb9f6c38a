'use client';

import { useState } from 'react';
import type { Template } from '@/lib/template/types';
import type { Agreement } from '@/lib/agreement/schema';
import { downloadFile } from '@/lib/browser/download';
import { useAgreementPdf } from '@/components/pdf/use-agreement-pdf';
import { countryGroup } from '@/lib/template/help';
import { useCountry } from '../session/use-country';
import { CountryPicker } from '../shared/resource-list-country';

/** Neutral on purpose: no names and nothing explicit, since file names show in downloads lists and share sheets. */
export function pdfFileName(versionNumber: number): string {
  return `our-agreement-v${versionNumber}.pdf`;
}

type State = { status: 'idle' } | { status: 'busy' } | { status: 'error'; message: string };

/** Phones get the system share sheet (Web Share API level 2); everything else downloads the file. */
function canShareFile(file: File): boolean {
  if (typeof navigator.canShare !== 'function' || typeof navigator.share !== 'function') return false;
  const isTouchFirst = window.matchMedia?.('(pointer: coarse)').matches ?? false;
  try {
    return isTouchFirst && navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
}

async function deliver(bytes: Uint8Array, name: string): Promise<void> {
  const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' });
  const file = new File([blob], name, { type: 'application/pdf' });
  if (canShareFile(file)) {
    try {
      await navigator.share({ files: [file] });
      return;
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      // Anything else (for example the tap "expired" while the PDF was being made): download instead.
    }
  }
  downloadFile(name, blob, 'application/pdf');
}

export interface ExportPdfButtonProps {
  readonly template: Template;
  readonly agreement: Agreement;
  readonly versionNumber: number;
}

/**
 * "Download PDF": makes the agreement PDF on this device (nothing is sent
 * anywhere) and shares or downloads it. The PDF is laid out in a Web Worker,
 * so the page never freezes, and made ahead once the page is idle: the click
 * then only hands over the file. Any change to the agreement discards that
 * result (components/pdf/use-agreement-pdf.ts). The renderer never loads with the page.
 */
export function ExportPdfButton({ template, agreement, versionNumber }: Readonly<ExportPdfButtonProps>) {
  const [state, setState] = useState<State>({ status: 'idle' });

  const [chosen] = useCountry();
  // Only a template with help by country prints it; an older one's PDF stays exactly as it was.
  const country = template.help && chosen ? chosen : undefined;
  const pdf = useAgreementPdf({ template, agreement, versionNumber, ...(country ? { country } : {}) });

  const onClick = async () => {
    setState({ status: 'busy' });
    try {
      const bytes = await pdf.bytes();
      await deliver(bytes, pdfFileName(versionNumber));
      setState({ status: 'idle' });
    } catch {
      setState({
        status: 'error',
        message: 'The PDF could not be made on this device. Please try again; if it keeps failing, save a copy of all versions instead.',
      });
    }
  };

  const isBusy = state.status === 'busy';
  return (
    <div>
      <button
        className="button"
        type="button"
        onClick={() => void onClick()}
        onPointerEnter={pdf.makeAhead}
        onFocus={pdf.makeAhead}
        disabled={isBusy}
        aria-busy={isBusy}
      >
        {isBusy ? 'Making the PDF…' : 'Download PDF'}
      </button>
      {state.status === 'error' && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      {template.help && <PdfCountry help={template.help} country={country} />}
    </div>
  );
}

/** Optional: the PDF always lists help that works anywhere, and adds the chosen country's. */
function PdfCountry({ help, country }: Readonly<{ help: NonNullable<Template['help']>; country: string | undefined }>) {
  const group = countryGroup(help, country);
  return (
    <details className="pdf-country">
      <summary className="small">{group ? `PDF help lines: ${group.name}` : 'Add help lines for your country (optional)'}</summary>
      <p className="small">
        The PDF always lists help that works anywhere.{' '}
        {group ? 'It also adds this country’s own help lines.' : 'If you like, choose a country to add its own help lines too.'}
      </p>
      <CountryPicker help={help} />
    </details>
  );
}
