import { StyleSheet, Text, View } from './primitives';
import type { RenderedClause } from '@/lib/agreement/clauses';
import type { PdfCustomTerm, PdfSection } from './document-data';
import { base, ink, KEEP_WITH_NEXT, muted, rule, text } from './styles';

const styles = StyleSheet.create({
  section: { marginBottom: 10 },
  heading: { flexDirection: 'row', alignItems: 'baseline', borderBottomWidth: 0.75, borderBottomColor: ink, paddingBottom: 3, marginBottom: 8, marginTop: 8 },
  number: { width: 22, ...text.h2, fontWeight: 600 },
  title: { ...text.h2, fontWeight: 600 },
  notice: { ...text.small, color: muted, marginBottom: 8, paddingLeft: 22 },
  clause: { flexDirection: 'row', marginBottom: 8 },
  gutter: { width: 22 },
  content: { flex: 1 },
  short: { ...base.label, marginBottom: 1 },
  settled: { marginTop: 3, paddingLeft: 7, borderLeftWidth: 1.5, borderLeftColor: rule, ...text.small, color: muted },
  settledLabel: { fontWeight: 600, color: ink },
  author: { ...text.small, color: muted, marginTop: 1 },
});

function Clause({ clause }: Readonly<{ clause: RenderedClause }>) {
  return (
    <View style={styles.clause} wrap={false}>
      <View style={styles.gutter} />
      <View style={styles.content}>
        <Text style={styles.short}>{clause.short}</Text>
        <Text>{clause.text}</Text>
        {clause.settledNote ? (
          <Text style={styles.settled}>
            <Text style={styles.settledLabel}>How we settled it: </Text>
            {clause.settledNote}
          </Text>
        ) : null}
      </View>
    </View>
  );
}

function Heading({ number, title }: Readonly<{ number: string; title: string }>) {
  return (
    <View style={styles.heading} minPresenceAhead={KEEP_WITH_NEXT}>
      <Text style={styles.number}>{number}</Text>
      <Text style={styles.title}>{title}</Text>
    </View>
  );
}

/** Every section's agreed terms in the template's order, with how differing answers were settled. */
export function Sections({ sections }: Readonly<{ sections: readonly PdfSection[] }>) {
  return (
    <View style={base.body}>
      <View minPresenceAhead={KEEP_WITH_NEXT}>
        <Text style={base.partTitle}>Our terms in full</Text>
        <Text style={base.partIntro}>
          Where we answered a question differently, a note says how we settled it. The most protective answer was always the starting
          point.
        </Text>
      </View>
      {sections.map((section) =>
        section.clauses.length === 0 ? null : (
          <View key={section.id} style={styles.section}>
            <Heading number={String(section.number)} title={section.title} />
            {section.notice ? <Text style={styles.notice}>Note: {section.notice}</Text> : null}
            {section.clauses.map((clause) => (
              <Clause key={clause.questionId} clause={clause} />
            ))}
          </View>
        ),
      )}
    </View>
  );
}

/** Terms the couple wrote themselves, in the order they wrote them. */
export function CustomTerms({ terms, startNumber }: Readonly<{ terms: readonly PdfCustomTerm[]; startNumber: number }>) {
  if (terms.length === 0) return null;
  return (
    <View style={[styles.section, base.body]}>
      <Heading number={String(startNumber)} title="Our own terms" />
      {terms.map((term, index) => (
        <View key={index} style={styles.clause} wrap={false}>
          <Text style={styles.gutter}>{`${index + 1}.`}</Text>
          <View style={styles.content}>
            <Text>{term.text}</Text>
            <Text style={styles.author}>Added by {term.author}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
