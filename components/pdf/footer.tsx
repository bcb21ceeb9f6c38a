import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { muted, page, rule, size } from './styles';

const styles = StyleSheet.create({
  footer: {
    position: 'absolute',
    left: page.marginX,
    right: page.marginX,
    bottom: page.footerBottom,
    borderTopWidth: 0.5,
    borderTopColor: rule,
    paddingTop: 6,
    fontSize: size.tiny,
    color: muted,
  },
  line: { lineHeight: 1.35 },
});

export const FOOTER_DISCLAIMER = 'A shared statement of intentions, not a legal contract. It gives no consent to share anything.';

export interface FooterProps {
  readonly versionNumber: number;
  readonly shortFingerprint: string;
}

/** On every page: where you are, which version, its fingerprint, and what this document is not. */
export function Footer({ versionNumber, shortFingerprint }: Readonly<FooterProps>) {
  return (
    <View style={styles.footer} fixed>
      {/* Pure: react-pdf calls this more than once per page. */}
      <Text
        style={styles.line}
        render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages} · Version ${versionNumber} · Fingerprint ${shortFingerprint}`}
      />
      <Text style={styles.line}>{FOOTER_DISCLAIMER}</Text>
    </View>
  );
}
