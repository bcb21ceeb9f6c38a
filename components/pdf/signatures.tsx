import { StyleSheet, Text, View } from './primitives';
import { RTL_PARAGRAPH, textDirection } from '@/lib/pdf/direction';
import type { PdfAcknowledgement, PdfSignature } from '@/lib/pdf/model';
import { ink, muted } from '@/lib/pdf/page';
import { base, text } from './styles';

const styles = StyleSheet.create({
  // 13.84 pt: the measured advance of "✓" and an en space in Inter at 10 pt (a hanging indent).
  ack: { paddingLeft: 13.84, textIndent: -13.84 },
  confirmed: { ...text.small, color: muted, paddingLeft: 13.84, marginBottom: 5 },
  signatures: { flexDirection: 'row', marginTop: 18 },
  signature: { flexGrow: 1, flexBasis: 0, marginRight: 18 },
  signatureLast: { flexGrow: 1, flexBasis: 0 },
  signedName: { fontSize: 16, lineHeight: 1.25, fontWeight: 600, paddingBottom: 4, borderBottomWidth: 0.75, borderBottomColor: ink },
  signedAt: { ...text.small, color: muted, marginTop: 4 },
});

export interface SignaturesProps {
  readonly title: string;
  readonly acknowledgements: readonly PdfAcknowledgement[];
  readonly signatures: readonly PdfSignature[];
}

/** What each of us confirmed, then each typed signature with what it means on this version. Kept on one page. */
export function Signatures({ title, acknowledgements, signatures }: Readonly<SignaturesProps>) {
  return (
    <View style={[base.part, base.body]} wrap={false}>
      <Text style={base.partTitle}>{title}</Text>
      {acknowledgements.flatMap((ack, index) => [
        <Text key={`t${index}`} style={styles.ack}>{`\u2713\u2002${ack.text}`}</Text>,
        <Text key={`c${index}`} style={styles.confirmed}>
          {ack.confirmedBy}
        </Text>,
      ])}
      <View style={styles.signatures}>
        {signatures.map((signature, index) => (
          <View key={index} style={index === signatures.length - 1 ? styles.signatureLast : styles.signature}>
            <Text style={base.label}>{signature.label}</Text>
            <Text style={textDirection(signature.name) === 'rtl' ? [styles.signedName, RTL_PARAGRAPH] : styles.signedName}>{signature.name}</Text>
            <Text style={styles.signedAt}>{signature.signedAt}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
