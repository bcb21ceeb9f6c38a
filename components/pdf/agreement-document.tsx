import type { PageLayoutProps } from '@react-pdf/renderer';
import type { AgreementPdfModel } from './document-data';
import { Changes } from './changes';
import { Checklists, Resources } from './checklists';
import { Cover } from './cover';
import { Footer } from './footer';
import { Document, Page, View } from './primitives';
import { CustomTerms, Sections } from './sections';
import { SettingsChecklist } from './settings-checklist';
import { Signatures } from './signatures';
import { base } from './styles';
import { Summary } from './summary';

/** Neutral metadata: nothing explicit, no names (a file may be seen in a downloads list or a viewer's properties). */
export const PDF_SUBJECT = 'A shared statement of intentions';
export const PDF_CREATOR = 'Our Terms';

/**
 * The whole agreement: cover and summary on page 1, then every term, the
 * settings and checklists to keep, help, and both signatures, in one flow.
 *
 * The footer is the page's `layout` (react-pdf 4.9's pagination engine): it
 * is drawn around every page with that page's number and the total. This
 * engine measures the content once and packs it into pages; the classic one
 * re-lays out all remaining content for every page when a footer shows
 * "page X of Y" (measured: about 40% slower here). It keeps `break`,
 * `wrap={false}` and `minPresenceAhead`.
 */
export function AgreementDocument({ model }: Readonly<{ model: AgreementPdfModel }>) {
  const lastSection = model.sections.reduce((max, section) => Math.max(max, section.number), 0);
  const frame = ({ children, pageNumber, totalPages }: PageLayoutProps) => (
    <>
      {children}
      <Footer versionNumber={model.versionNumber} shortFingerprint={model.shortFingerprint} pageNumber={pageNumber ?? 0} totalPages={totalPages ?? 0} />
    </>
  );
  return (
    <Document
      title={model.title}
      subject={PDF_SUBJECT}
      keywords={model.keywords}
      creator={PDF_CREATOR}
      producer={PDF_CREATOR}
      language="en"
      creationDate={model.createdAt}
      modificationDate={model.createdAt}
    >
      <Page size="A4" style={base.page} wrap layout={frame}>
        <Cover
          title={model.title}
          names={model.names}
          signedOn={model.signedOn}
          versionNumber={model.versionNumber}
          shortFingerprint={model.shortFingerprint}
          apps={model.apps}
        />
        <Summary rows={model.summary} />
        <Changes {...(model.changes ? { changes: model.changes } : {})} />
        <View break>
          <Sections sections={model.sections} />
          <CustomTerms terms={model.custom} number={lastSection + 1} />
        </View>
        <SettingsChecklist apps={model.settings} />
        <Checklists lists={model.checklists} />
        <Resources groups={model.resources} />
        <Signatures acknowledgements={model.acknowledgements} signatures={model.signatures} />
      </Page>
    </Document>
  );
}
