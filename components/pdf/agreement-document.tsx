import { Document, Page, View } from './primitives';
import type { AgreementPdfModel } from './document-data';
import { Changes } from './changes';
import { Checklists, Resources } from './checklists';
import { Cover } from './cover';
import { Footer } from './footer';
import { CustomTerms, Sections } from './sections';
import { SettingsChecklist } from './settings-checklist';
import { Signatures } from './signatures';
import { base } from './styles';
import { Summary } from './summary';

/** Neutral metadata: nothing explicit, no names (the file may be seen in a downloads list or a viewer's properties). */
export const PDF_SUBJECT = 'A shared statement of intentions';
export const PDF_CREATOR = 'Our Terms';

/**
 * The whole agreement: cover and summary on page 1, then every term, the
 * settings and checklists to keep, help, and both signatures. One wrapping
 * page flow; the footer repeats on every page.
 */
export function AgreementDocument({ model }: Readonly<{ model: AgreementPdfModel }>) {
  const lastSection = model.sections.reduce((max, section) => Math.max(max, section.number), 0);
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
      <Page size="A4" style={base.page} wrap>
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
          <CustomTerms terms={model.custom} startNumber={lastSection + 1} />
        </View>
        <SettingsChecklist apps={model.settings} />
        <Checklists lists={model.checklists} />
        <Resources groups={model.resources} />
        <Signatures acknowledgements={model.acknowledgements} signatures={model.signatures} />
        <Footer versionNumber={model.versionNumber} shortFingerprint={model.shortFingerprint} pageNumber={0} totalPages={0} />
      </Page>
    </Document>
  );
}
