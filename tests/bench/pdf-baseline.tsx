import { Document, Page, Text, View } from '../../components/pdf/primitives';

/**
 * The benchmark's baseline: a bare @react-pdf/renderer document in the same
 * font, with a given number of pages of plain paragraphs (about as much text
 * per page as the agreement). No wrapping decisions, no footer, no tables.
 */
const SENTENCE = 'We check in with each other before anything new, and a no never has consequences for either of us. ';
const PARAGRAPH = SENTENCE.repeat(3).trim();
const PARAGRAPHS_PER_PAGE = 9;

export function BaselineDocument({ pages, fontFamily }: Readonly<{ pages: number; fontFamily: string }>) {
  return (
    <Document title="Baseline">
      {Array.from({ length: pages }, (_, pageIndex) => (
        <Page key={pageIndex} size="A4" style={{ fontFamily, fontSize: 10, padding: 54 }}>
          <View style={{ fontSize: 10, lineHeight: 1.45 }}>
            {Array.from({ length: PARAGRAPHS_PER_PAGE }, (_, index) => (
              <Text key={index} style={{ marginBottom: 8 }}>
                {`${pageIndex + 1}.${index + 1} ${PARAGRAPH}`}
              </Text>
            ))}
          </View>
        </Page>
      ))}
    </Document>
  );
}
