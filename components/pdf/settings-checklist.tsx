import type { Style } from '@react-pdf/types';
import type { PdfAppChecklist } from '@/lib/pdf/model';
import { keepLeadsWithNext, partHeader, type Block } from './keep';
import { StyleSheet, Text, View } from './primitives';
import { ink, muted } from '@/lib/pdf/page';
import { base, text } from './styles';

/**
 * A tick box: an outlined square glyph (prints clearly in black and white),
 * with the text hanging beside it. HANG is the measured advance of the box
 * and an en space in Inter at 10 pt, so wrapped lines align with the first.
 */
export const TICK_BOX = '\u25A1\u2002';
const HANG = 14.14;

const styles = StyleSheet.create({
  appName: { ...text.h2, fontWeight: 600, borderBottomWidth: 0.75, borderBottomColor: ink, paddingBottom: 3, marginBottom: 6, marginTop: 6 },
  group: { marginBottom: 6 },
  // One Text per list, one paragraph per item, each hanging behind its box.
  list: { paddingLeft: HANG, textIndent: -HANG, marginBottom: 6 },
  listInGroup: { paddingLeft: HANG, textIndent: -HANG },
  term: { fontSize: text.tiny.fontSize, fontWeight: 600, letterSpacing: 0.6, color: muted },
  note: { ...text.small, color: muted, paddingLeft: HANG },
  unavailable: { ...text.small, color: muted, marginBottom: 6 },
});

/** A labelled list of tick boxes as one Text (cheap to lay out), kept on one page. */
export function TickList({ label, items, style }: Readonly<{ label?: string; items: readonly string[]; style?: Style }>) {
  return (
    <Text style={style ?? styles.list} wrap={false}>
      {label ? <Text style={styles.term}>{label.toUpperCase()}</Text> : null}
      {label ? '\n' : null}
      {items.map((item) => TICK_BOX + item).join('\n')}
    </Text>
  );
}

function appBlocks(app: PdfAppChecklist, labelWithApp: boolean): Block[] {
  const blocks: Block[] = [{ key: app.appLabel, lead: true, node: <Text key={app.appLabel} style={styles.appName}>{app.appLabel}</Text> }];
  for (const group of app.groups) {
    const key = `${app.appLabel}-${group.term}`;
    // With several apps, each label names its app: a list carried onto the next page still says which app it is for.
    const label = labelWithApp ? `${app.appLabel} · ${group.term}` : group.term;
    blocks.push({
      key,
      node: group.note ? (
        <View key={key} style={styles.group} wrap={false}>
          <TickList label={label} items={group.steps} style={styles.listInGroup} />
          <Text style={styles.note}>{group.note}</Text>
        </View>
      ) : (
        <TickList key={key} label={label} items={group.steps} />
      ),
    });
  }
  if (app.unavailable.length > 0) {
    const key = `${app.appLabel}-unavailable`;
    blocks.push({
      key,
      node: (
        <Text key={key} style={styles.unavailable}>
          {app.appLabel} has no matching setting for: {app.unavailable.join(', ')}. We keep to these terms by how we use it.
        </Text>
      ),
    });
  }
  return blocks;
}

/** Per app, the settings that match what we agreed: a checklist each of us works through on our own phone. */
export function SettingsChecklist({ apps }: Readonly<{ apps: readonly PdfAppChecklist[] }>) {
  if (apps.length === 0) return null;
  const blocks: Block[] = [
    ...partHeader(
      'Settings we each switch on',
      'Each of us does these on our own phone. Nobody checks the other’s phone. Settings cut down copies; none of them can stop another camera.',
    ),
    ...apps.flatMap((app) => appBlocks(app, apps.length > 1)),
  ];
  return <View style={[base.part, base.body]}>{keepLeadsWithNext(blocks)}</View>;
}
