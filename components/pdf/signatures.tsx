import { StyleSheet, Text, View } from './primitives';
import type { PdfAcknowledgement, PdfSignature } from './document-data';
import { base, ink, KEEP_WITH_NEXT, muted, text } from './styles';

const styles = StyleSheet.create({
  ack: { flexDirection: 'row', marginBottom: 5 },
  ackNumber: { width: 16 },
  ackBody: { flex: 1 },
  confirmed: { ...text.small, color: muted },
  signatures: { flexDirection: 'row', marginTop: 18 },
  signature: { flexGrow: 1, flexBasis: 0, marginRight: 18 },
  signatureLast: { flexGrow: 1, flexBasis: 0 },
  signedName: { fontSize: 16, lineHeight: 1.25, fontWeight: 600, paddingBottom: 4, borderBottomWidth: 0.75, borderBottomColor: ink },
  signedAt: { ...text.small, color: muted, marginTop: 4 },
});

export interface SignaturesProps {
  readonly acknowledgements: readonly PdfAcknowledgement[];
  readonly signatures: readonly PdfSignature[];
}

/** What each of us confirmed, then both typed signatures with date and time. Kept on one page. */
export function Signatures({ acknowledgements, signatures }: Readonly<SignaturesProps>) {
  return (
    <View style={[base.part, base.body]} wrap={false}>
      <View minPresenceAhead={KEEP_WITH_NEXT}>
        <Text style={base.partTitle}>What we both confirm</Text>
      </View>
      {acknowledgements.map((ack, index) => (
        <View key={index} style={styles.ack}>
          <Text style={styles.ackNumber}>{`${index + 1}.`}</Text>
          <View style={styles.ackBody}>
            <Text>{ack.text}</Text>
            <Text style={styles.confirmed}>{ack.confirmedBy}</Text>
          </View>
        </View>
      ))}
      <View style={styles.signatures}>
        {signatures.map((signature, index) => (
          <View key={index} style={index === signatures.length - 1 ? styles.signatureLast : styles.signature}>
            <Text style={base.label}>Typed signature</Text>
            <Text style={styles.signedName}>{signature.name}</Text>
            <Text style={styles.signedAt}>Signed {signature.signedAt}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
