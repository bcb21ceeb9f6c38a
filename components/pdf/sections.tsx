import type { PdfClause, PdfCustomTerm, PdfSection } from '@/lib/pdf/model';
import { RTL_PARAGRAPH, textDirection } from '@/lib/pdf/direction';
import { keepLeadsWithNext, partHeader, type Block } from './keep';
import { StyleSheet, Text, View } from './primitives';
import { ink, muted, rule } from '@/lib/pdf/page';
import { base, GUTTER, text } from './styles';

// Few nodes on purpose: every View costs layout time, so a clause is one Text
// (label and term as two runs) unless it carries a "how we settled it" note.
const styles = StyleSheet.create({
  heading: { flexDirection: 'row', borderBottomWidth: 0.75, borderBottomColor: ink, paddingBottom: 3, marginBottom: 8, marginTop: 18 },
  number: { ...text.h2, width: GUTTER, fontWeight: 600 },
  title: { ...text.h2, fontWeight: 600 },
  notice: { ...text.small, color: muted, marginBottom: 8, paddingLeft: GUTTER },
  clause: { paddingLeft: GUTTER, marginBottom: 8 },
  short: { fontSize: text.tiny.fontSize, fontWeight: 600, letterSpacing: 0.6, color: muted },
  settled: { ...text.small, marginTop: 3, paddingLeft: 7, borderLeftWidth: 1.5, borderLeftColor: rule, color: muted },
  settledLabel: { fontWeight: 600, color: ink },
  setAside: { ...text.small, marginTop: 6, paddingLeft: 7, borderLeftWidth: 1.5, borderLeftColor: ink },
});

/** A term as one paragraph: its label (upper-cased here, so the data keeps the template's words), then the term. */
function Term({ label, body }: Readonly<{ label: string; body: string }>) {
  return (
    <>
      <Text style={styles.short}>{label.toUpperCase()}</Text>
      {'\n'}
      {/* A paragraph of its own after the line break, so only the body runs right to left. */}
      {textDirection(body) === 'rtl' ? <Text style={RTL_PARAGRAPH}>{body}</Text> : body}
    </>
  );
}

function clauseBlock(clause: PdfClause): Block {
  const note = clause.changedNote ?? clause.settledNote;
  if (!note) {
    return {
      key: clause.questionId,
      node: (
        <Text key={clause.questionId} style={styles.clause} wrap={false}>
          <Term label={clause.short} body={clause.text} />
        </Text>
      ),
    };
  }
  return {
    key: clause.questionId,
    node: (
      <View key={clause.questionId} style={styles.clause} wrap={false}>
        <Text>
          <Term label={clause.short} body={clause.text} />
        </Text>
        <Text style={styles.settled}>
          <Text style={styles.settledLabel}>{clause.changedNote ? 'Who changed it: ' : 'How we settled it: '}</Text>
          {note}
        </Text>
      </View>
    ),
  };
}

function headingBlock(key: string, number: number, title: string): Block {
  return {
    key,
    lead: true,
    node: (
      <View key={key} style={styles.heading}>
        <Text style={styles.number}>{String(number)}</Text>
        <Text style={styles.title}>{title}</Text>
      </View>
    ),
  };
}

/** Every section's agreed terms in the template's order, with how differing answers were settled, and what is left out and why. */
export function Sections({ sections, setAside = [] }: Readonly<{ sections: readonly PdfSection[]; setAside?: readonly string[] }>) {
  const blocks = partHeader(
    'Our terms in full',
    'Where we answered a question differently, a note says how we settled it; where one of us made a term stricter alone, a note says who. The most protective answer was always the starting point.',
  );
  setAside.forEach((note, index) => {
    blocks.push({ key: `aside-${index}`, node: <Text key={`aside-${index}`} style={styles.setAside}>{note}</Text> });
  });
  for (const section of sections) {
    if (section.clauses.length === 0) continue;
    blocks.push(headingBlock(`h-${section.id}`, section.number, section.title));
    if (section.notice) {
      blocks.push({ key: `n-${section.id}`, lead: true, node: <Text key={`n-${section.id}`} style={styles.notice}>Note: {section.notice}</Text> });
    }
    (section.notes ?? []).forEach((note, index) => {
      blocks.push({ key: `sn-${section.id}-${index}`, lead: true, node: <Text key={`sn-${section.id}-${index}`} style={styles.notice}>{note}</Text> });
    });
    blocks.push(...section.clauses.map(clauseBlock));
  }
  return <View style={base.body}>{keepLeadsWithNext(blocks)}</View>;
}

/** Terms the couple wrote themselves, in the order they wrote them. */
export function CustomTerms({ terms, number }: Readonly<{ terms: readonly PdfCustomTerm[]; number: number }>) {
  if (terms.length === 0) return null;
  const blocks: Block[] = [
    headingBlock('h-custom', number, 'Our own terms'),
    ...terms.map((term, index) => ({
      key: `custom-${index}`,
      node: (
        <Text key={`custom-${index}`} style={styles.clause} wrap={false}>
          <Term label={`${index + 1} · Added by ${term.author}`} body={term.text} />
        </Text>
      ),
    })),
  ];
  return <View style={base.body}>{keepLeadsWithNext(blocks)}</View>;
}
