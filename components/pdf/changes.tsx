import { StyleSheet, Text, View } from './primitives';
import type { PdfChanges } from './document-data';
import { base, KEEP_WITH_NEXT, rule } from './styles';

const styles = StyleSheet.create({
  item: { flexDirection: 'row', marginBottom: 3 },
  bullet: { width: 12 },
  text: { flex: 1 },
  box: { borderLeftWidth: 2, borderLeftColor: rule, paddingLeft: 10 },
});

/** From version 2 on: what changed since the version before (lines come from the revisions logic). */
export function Changes({ changes }: Readonly<{ changes?: PdfChanges }>) {
  if (!changes || changes.lines.length === 0) return null;
  return (
    <View style={base.part}>
      <View minPresenceAhead={KEEP_WITH_NEXT}>
        <Text style={base.partTitle}>Changes since version {changes.fromVersion}</Text>
      </View>
      <View style={[styles.box, base.body]}>
        {changes.lines.map((line, index) => (
          <View key={index} style={styles.item} wrap={false}>
            <Text style={styles.bullet}>–</Text>
            <Text style={styles.text}>{line}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
