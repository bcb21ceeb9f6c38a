import type { AgreementPdfModel } from '@/lib/pdf/model';
import { Changes } from './changes';
import { Checklists, Resources } from './checklists';
import { Cover } from './cover';
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
 * The whole agreement in one flow: cover and summary, every term, settings and
 * checklists, help, signatures. No footer (stamped after layout) and the newer
 * single-pass pagination, so it is laid out once (docs/pdf.md).
 */
export function AgreementDocument({ model, fontFamily }: Readonly<{ model: AgreementPdfModel; fontFamily?: readonly string[] }>) {
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
      {/* fontFamily: the document's own chain (lib/pdf/scripts.ts) when its text needs script fonts. */}
      <Page size="A4" style={fontFamily && fontFamily.length > 1 ? [base.page, { fontFamily: [...fontFamily] }] : base.page} wrap experimentalPagination>
        <Cover
          title={model.title}
          names={model.names}
          signedLabel={model.signedLabel}
          signedOn={model.signedOn}
          record={model.record}
          versionNumber={model.versionNumber}
          shortFingerprint={model.shortFingerprint}
          apps={model.apps}
        />
        <Summary rows={model.summary} />
        <Changes {...(model.changes ? { changes: model.changes } : {})} />
        <View break>
          <Sections sections={model.sections} setAside={model.setAside} />
          <CustomTerms terms={model.custom} number={lastSection + 1} />
        </View>
        <SettingsChecklist apps={model.settings} />
        <Checklists lists={model.checklists} />
        <Resources groups={model.resources} />
        <Signatures title={model.acknowledgementsTitle} acknowledgements={model.acknowledgements} signatures={model.signatures} />
      </Page>
    </Document>
  );
}
