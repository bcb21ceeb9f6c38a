import { StyleSheet, Text, View } from './primitives';
import type { PdfChanges } from './document-data';
import { base, KEEP_WITH_NEXT, rule } from './styles';

const styles = StyleSheet.create({
  // 10 pt: the measured advance of "–" and an en space in Inter at 10 pt (a hanging indent).
  item: { paddingLeft: 10, textIndent: -10, marginBottom: 3 },
  box: { borderLeftWidth: 2, borderLeftColor: rule, paddingLeft: 10 },
});

/** From version 2 on: what changed since the version before (lines come from the revisions logic). */
export function Changes({ changes }: Readonly<{ changes?: PdfChanges }>) {
  if (!changes || changes.lines.length === 0) return null;
  return (
    <View style={base.part}>
      <Text style={base.partTitle} minPresenceAhead={KEEP_WITH_NEXT}>
        Changes since version {changes.fromVersion}
      </Text>
      <View style={[styles.box, base.body]}>
        {changes.lines.map((line, index) => (
          <Text key={index} style={styles.item} wrap={false}>
            {`–\u2002${line}`}
          </Text>
        ))}
      </View>
    </View>
  );
}
