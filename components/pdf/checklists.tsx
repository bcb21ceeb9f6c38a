import type { PdfChecklist, PdfResourceGroup } from './document-data';
import { StyleSheet, Text, View } from './primitives';
import { TickList } from './settings-checklist';
import { base, ink, KEEP_WITH_NEXT, muted, rule, text } from './styles';

const styles = StyleSheet.create({
  list: { marginBottom: 12 },
  listTitle: { ...text.h2, fontWeight: 600, borderBottomWidth: 0.75, borderBottomColor: ink, paddingBottom: 3, marginBottom: 6 },
  group: { marginBottom: 10 },
  groupTitle: { fontWeight: 600, marginBottom: 2 },
  resource: { ...text.small, color: muted, paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: rule },
  name: { fontSize: text.body.fontSize, fontWeight: 600, color: ink },
  contact: { fontWeight: 600, color: ink },
});

/** "If something goes wrong" and "if either of us asks, or we break up": things to do, to tick off. */
export function Checklists({ lists }: Readonly<{ lists: readonly PdfChecklist[] }>) {
  if (lists.length === 0) return null;
  return (
    <View style={[base.part, base.body]}>
      <Text style={base.partTitle} minPresenceAhead={KEEP_WITH_NEXT}>
        Checklists to keep
      </Text>
      <Text style={base.partIntro}>For when something goes wrong, and for when it is time to delete. Each of us works through our own phone.</Text>
      {lists.map((list) => (
        <View key={list.title} style={styles.list} wrap={false}>
          <Text style={styles.listTitle}>{list.title}</Text>
          <TickList items={list.items} />
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
      <Text style={base.partTitle} minPresenceAhead={KEEP_WITH_NEXT}>
        Where to get help
      </Text>
      <Text style={base.partIntro}>
        Free and confidential. Sharing intimate images without consent, or threatening to, is a crime in many places. Check numbers and opening
        hours on each service&apos;s own site.
      </Text>
      {nonEmpty.map((group) => (
        <View key={group.title} style={styles.group}>
          <Text style={styles.groupTitle} minPresenceAhead={50}>
            {group.title}
          </Text>
          {group.resources.map((resource) => (
            <Text key={resource.name} style={styles.resource} wrap={false}>
              <Text style={styles.name}>{resource.name}</Text>
              {`  ·  ${resource.where}\n${resource.what}\n`}
              <Text style={styles.contact}>{resource.contact}</Text>
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
