import type { PdfChecklist, PdfResourceGroup } from '@/lib/pdf/model';
import { keepLeadsWithNext, partHeader, type Block } from './keep';
import { StyleSheet, Text, View } from './primitives';
import { TickList } from './settings-checklist';
import { ink, muted, rule } from '@/lib/pdf/page';
import { base, text } from './styles';

const styles = StyleSheet.create({
  list: { marginBottom: 12 },
  listTitle: { ...text.h2, fontWeight: 600, borderBottomWidth: 0.75, borderBottomColor: ink, paddingBottom: 3, marginBottom: 6 },
  groupTitle: { fontWeight: 600, marginBottom: 2, marginTop: 6 },
  resource: { ...text.small, color: muted, paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: rule },
  name: { fontSize: text.body.fontSize, fontWeight: 600, color: ink },
  contact: { fontWeight: 600, color: ink },
});

/** "If something goes wrong" and "if either of us asks, or we break up": things to do, to tick off. */
export function Checklists({ lists }: Readonly<{ lists: readonly PdfChecklist[] }>) {
  if (lists.length === 0) return null;
  const blocks: Block[] = [
    ...partHeader('Checklists to keep', 'For when something goes wrong, and for when it is time to delete. Each of us works through our own phone.'),
    ...lists.map((list) => ({
      key: list.title,
      node: (
        <View key={list.title} style={styles.list} wrap={false}>
          <Text style={styles.listTitle}>{list.title}</Text>
          <TickList items={list.items} />
        </View>
      ),
    })),
  ];
  return <View style={[base.part, base.body]}>{keepLeadsWithNext(blocks)}</View>;
}

/** Where to get help: each resource with what it does, where it works and how to reach it. */
export function Resources({ groups }: Readonly<{ groups: readonly PdfResourceGroup[] }>) {
  const nonEmpty = groups.filter((group) => group.resources.length > 0 || group.listedAbove.length > 0);
  if (nonEmpty.length === 0) return null;
  const blocks = partHeader(
    'Where to get help',
    'Free and confidential. Sharing intimate images without consent, or threatening to, is a crime in many places. Check numbers and opening hours on each service’s own site.',
  );
  for (const group of nonEmpty) {
    blocks.push({ key: group.title, lead: true, node: <Text key={group.title} style={styles.groupTitle}>{group.title}</Text> });
    for (const resource of group.resources) {
      const key = `${group.title}-${resource.name}`;
      blocks.push({
        key,
        node: (
          <Text key={key} style={styles.resource} wrap={false}>
            <Text style={styles.name}>{resource.name}</Text>
            {`  ·  ${resource.where}\n${resource.what}\n`}
            <Text style={styles.contact}>{resource.contact}</Text>
          </Text>
        ),
      });
    }
    if (group.listedAbove.length > 0) {
      const key = `${group.title}-above`;
      const names = group.listedAbove.join(', ');
      blocks.push({ key, node: <Text key={key} style={styles.resource} wrap={false}>{`Also for this: ${names}, listed above.`}</Text> });
    }
  }
  return <View style={[base.part, base.body]}>{keepLeadsWithNext(blocks)}</View>;
}
