import { StyleSheet, Text, View } from './primitives';
import type { PdfChecklist, PdfResourceGroup } from './document-data';
import { TickBox } from './settings-checklist';
import { base, ink, KEEP_WITH_NEXT, muted, rule, text } from './styles';

const styles = StyleSheet.create({
  list: { marginBottom: 12 },
  listTitle: { ...text.h2, fontWeight: 600, borderBottomWidth: 0.75, borderBottomColor: ink, paddingBottom: 3, marginBottom: 6 },
  item: { flexDirection: 'row', marginBottom: 3 },
  text: { flex: 1 },
  group: { marginBottom: 10 },
  groupTitle: { fontWeight: 600, marginBottom: 4 },
  resource: { paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: rule },
  resourceHead: { flexDirection: 'row', justifyContent: 'space-between' },
  name: { fontWeight: 600 },
  where: { ...text.small, color: muted },
  contact: { fontWeight: 600, ...text.small },
  what: { ...text.small, color: muted },
});

/** "If something goes wrong" and "if either of us asks, or we break up": things to do, to tick off. */
export function Checklists({ lists }: Readonly<{ lists: readonly PdfChecklist[] }>) {
  if (lists.length === 0) return null;
  return (
    <View style={[base.part, base.body]}>
      <View minPresenceAhead={KEEP_WITH_NEXT}>
        <Text style={base.partTitle}>Checklists to keep</Text>
        <Text style={base.partIntro}>If something goes wrong, contain it first. Blame doesn&apos;t help.</Text>
      </View>
      {lists.map((list) => (
        <View key={list.title} style={styles.list} wrap={false}>
          <Text style={styles.listTitle}>{list.title}</Text>
          {list.items.map((item) => (
            <View key={item} style={styles.item}>
              <TickBox />
              <Text style={styles.text}>{item}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

/** Where to get help: each resource with what it does, where it works and how to reach it. */
export function Resources({ groups }: Readonly<{ groups: readonly PdfResourceGroup[] }>) {
  const nonEmpty = groups.filter((group) => group.resources.length > 0);
  if (nonEmpty.length === 0) return null;
  return (
    <View style={[base.part, base.body]}>
      <View minPresenceAhead={KEEP_WITH_NEXT}>
        <Text style={base.partTitle}>Where to get help</Text>
        <Text style={base.partIntro}>
          Free and confidential. Sharing intimate images without consent, or threatening to, is a crime in many places. Check numbers and
          opening hours on each service&apos;s own site.
        </Text>
      </View>
      {nonEmpty.map((group) => (
        <View key={group.title} style={styles.group}>
          <Text style={styles.groupTitle} minPresenceAhead={50}>
            {group.title}
          </Text>
          {group.resources.map((resource) => (
            <View key={resource.name} style={styles.resource} wrap={false}>
              <View style={styles.resourceHead}>
                <Text style={styles.name}>{resource.name}</Text>
                <Text style={styles.where}>{resource.where}</Text>
              </View>
              <Text style={styles.what}>{resource.what}</Text>
              <Text style={styles.contact}>{resource.contact}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
