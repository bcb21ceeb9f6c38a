import type { PdfChanges } from '@/lib/pdf/model';
import { keepLeadsWithNext, partHeader, type Block } from './keep';
import { StyleSheet, Text, View } from './primitives';
import { rule } from '@/lib/pdf/page';
import { base } from './styles';

const styles = StyleSheet.create({
  // A rule on the left, then a dash hanging 10 pt (the measured advance of "–" and an en space in Inter at 10 pt).
  item: { borderLeftWidth: 2, borderLeftColor: rule, paddingLeft: 20, textIndent: -10, paddingBottom: 3 },
});

/** From version 2 on: what changed since the version before (lines from lib/agreement/diff.ts). */
export function Changes({ changes }: Readonly<{ changes?: PdfChanges }>) {
  if (!changes || changes.lines.length === 0) return null;
  const blocks: Block[] = [
    ...partHeader(`Changes since version ${changes.fromVersion}`, changes.intro),
    ...changes.lines.map((line, index) => ({
      key: `line-${index}`,
      node: (
        <Text key={`line-${index}`} style={styles.item} wrap={false}>{`–\u2002${line}`}</Text>
      ),
    })),
  ];
  return <View style={[base.part, base.body]}>{keepLeadsWithNext(blocks)}</View>;
}
