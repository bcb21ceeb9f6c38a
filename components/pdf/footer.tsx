import { StyleSheet, Text } from './primitives';
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
});

export const FOOTER_DISCLAIMER = 'A shared statement of intentions, not a legal contract. It gives no consent to share anything.';

export interface FooterProps {
  readonly versionNumber: number;
  readonly shortFingerprint: string;
  readonly pageNumber: number;
  readonly totalPages: number;
}

/** On every page: where you are, which version, its fingerprint, and what this document is not. */
export function Footer({ versionNumber, shortFingerprint, pageNumber, totalPages }: Readonly<FooterProps>) {
  return (
    <Text style={styles.footer} fixed>
      {`Page ${pageNumber} of ${totalPages} · Version ${versionNumber} · Fingerprint ${shortFingerprint}\n${FOOTER_DISCLAIMER}`}
    </Text>
  );
}
