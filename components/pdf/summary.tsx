import { StyleSheet, Text, View } from './primitives';
import type { PdfSummaryRow } from '@/lib/pdf/model';
import { ink, muted, rule } from '@/lib/pdf/page';
import { text } from './styles';

const styles = StyleSheet.create({
  heading: { ...text.h1, fontWeight: 600, marginBottom: 2 },
  intro: { ...text.small, color: muted, marginBottom: 8 },
  table: { borderTopWidth: 1, borderTopColor: ink },
  row: { flexDirection: 'row', paddingVertical: 6, borderBottomWidth: 0.5, borderBottomColor: rule },
  label: { ...text.body, width: 128, paddingRight: 10, fontWeight: 600 },
  lines: { ...text.body, flex: 1 },
});

/** The key terms at a glance, each in full sentences (the detail follows). */
export function Summary({ rows }: Readonly<{ rows: readonly PdfSummaryRow[] }>) {
  if (rows.length === 0) return null;
  return (
    <View>
      <Text style={styles.heading} minPresenceAhead={60}>
        At a glance
      </Text>
      <Text style={styles.intro}>Our key terms. Every term, in full, follows on the next pages.</Text>
      <View style={styles.table}>
        {rows.map((row) => (
          <View key={row.label} style={styles.row} wrap={false}>
            <Text style={styles.label}>{row.label}</Text>
            <Text style={styles.lines}>{row.lines.join('\n')}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
