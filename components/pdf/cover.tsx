import { StyleSheet, Text, View } from './primitives';
import { ink, muted, rule } from '@/lib/pdf/page';
import { base, text } from './styles';

const styles = StyleSheet.create({
  cover: { marginBottom: 18 },
  kicker: { ...base.label, marginBottom: 6 },
  title: { ...text.title, fontWeight: 600, marginBottom: 4 },
  between: { fontSize: 12.5, lineHeight: 1.3, marginBottom: 14 },
  facts: { flexDirection: 'row', borderTopWidth: 1, borderBottomWidth: 1, borderColor: ink, paddingVertical: 8 },
  fact: { ...text.body, flexGrow: 1, flexBasis: 0, paddingRight: 8 },
  factValue: { fontWeight: 600 },
  factLabel: { fontSize: text.tiny.fontSize, fontWeight: 600, letterSpacing: 0.6, color: muted },
  compare: { ...text.small, color: muted, marginTop: 6 },
  record: { ...text.small, marginTop: 8, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: ink },
  statement: { marginTop: 12, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: rule, ...text.small },
});

export interface CoverProps {
  readonly title: string;
  readonly names: { readonly a: string; readonly b: string };
  readonly signedLabel: string;
  readonly signedOn: string;
  /** Who made this version, alone or together, and who has only seen it (empty for a version both signed). */
  readonly record: readonly string[];
  readonly versionNumber: number;
  readonly shortFingerprint: string;
  readonly apps: string;
}

/** One labelled fact in the cover's row, as one Text (cheap to lay out). */
function Fact({ label, value }: Readonly<{ label: string; value: string | number }>) {
  return (
    <Text style={styles.fact}>
      <Text style={styles.factLabel}>{label}</Text>
      {'\n'}
      <Text style={styles.factValue}>{value}</Text>
    </Text>
  );
}

/** The first block: who, when, which version, and how to check both copies match. */
export function Cover({ title, names, signedLabel, signedOn, record, versionNumber, shortFingerprint, apps }: Readonly<CoverProps>) {
  return (
    <View style={styles.cover} wrap={false}>
      <Text style={styles.kicker}>A shared statement of intentions</Text>
      <Text style={styles.title}>{title}</Text>
      <Text style={styles.between}>
        Between {names.a} and {names.b}
      </Text>
      <View style={styles.facts}>
        <Fact label={signedLabel} value={signedOn} />
        <Fact label="VERSION" value={versionNumber} />
        <Fact label="FINGERPRINT" value={shortFingerprint} />
        <Fact label="APPS WE USE" value={apps} />
      </View>
      {record.length > 0 ? <Text style={styles.record}>{record.join('\n')}</Text> : null}
      <Text style={styles.compare}>
        Compare the fingerprint with the one on your partner’s copy: if they match, you both hold the same version.
      </Text>
      <Text style={styles.statement}>
        This is a shared statement of our intentions, not a legal contract. It gives no consent to share anything with anyone. Either of us can
        make any term stricter at any time, alone; making one looser needs us both to agree again.
      </Text>
    </View>
  );
}
