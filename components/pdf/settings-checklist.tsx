import type { PdfAppChecklist } from './document-data';
import type { Style } from '@react-pdf/types';
import { StyleSheet, Text, View } from './primitives';
import { base, ink, KEEP_WITH_NEXT, muted, text } from './styles';

/**
 * A tick box: an outlined square glyph (prints clearly in black and white),
 * with the text hanging beside it. HANG is the measured advance of the box
 * and an en space in Inter at 10 pt, so wrapped lines align with the first.
 */
export const TICK_BOX = '\u25A1\u2002';
const HANG = 14.14;

const styles = StyleSheet.create({
  app: { marginBottom: 12 },
  appName: { ...text.h2, fontWeight: 600, borderBottomWidth: 0.75, borderBottomColor: ink, paddingBottom: 3, marginBottom: 6 },
  group: { marginBottom: 6 },
  // One Text per list: each paragraph hangs (the label's too, which puts it flush with the boxes).
  list: { paddingLeft: HANG, textIndent: -HANG, marginBottom: 6 },
  listInGroup: { paddingLeft: HANG, textIndent: -HANG },
  term: { fontSize: text.tiny.fontSize, fontWeight: 600, letterSpacing: 0.6, color: muted },
  note: { ...text.small, color: muted, paddingLeft: HANG },
  unavailable: { ...text.small, color: muted, marginTop: 2 },
});

/** A labelled list of tick boxes as one paragraph-per-item Text (cheap to lay out), kept on one page. */
export function TickList({ label, items, style }: Readonly<{ label?: string; items: readonly string[]; style?: Style }>) {
  return (
    <Text style={style ?? styles.list} wrap={false}>
      {label ? <Text style={styles.term}>{`${label.toUpperCase()}\n`}</Text> : null}
      {items.map((item) => TICK_BOX + item).join('\n')}
    </Text>
  );
}

/** Per app, the settings that match what we agreed: a checklist each of us works through on our own phone. */
export function SettingsChecklist({ apps }: Readonly<{ apps: readonly PdfAppChecklist[] }>) {
  if (apps.length === 0) return null;
  return (
    <View style={[base.part, base.body]}>
      <Text style={base.partTitle} minPresenceAhead={KEEP_WITH_NEXT}>
        Settings we each switch on
      </Text>
      <Text style={base.partIntro}>
        Each of us does these on our own phone. Nobody checks the other&apos;s phone. Settings cut down copies; none of them can stop another
        camera.
      </Text>
      {apps.map((app) => (
        <View key={app.appLabel} style={styles.app}>
          <Text style={styles.appName} minPresenceAhead={KEEP_WITH_NEXT}>
            {app.appLabel}
          </Text>
          {app.groups.map((group) =>
            group.note ? (
              <View key={group.term} style={styles.group} wrap={false}>
                <TickList label={group.term} items={group.steps} style={styles.listInGroup} />
                <Text style={styles.note}>{group.note}</Text>
              </View>
            ) : (
              <TickList key={group.term} label={group.term} items={group.steps} style={styles.list} />
            ),
          )}
          {app.unavailable.length > 0 ? (
            <Text style={styles.unavailable}>
              {app.appLabel} has no matching setting for: {app.unavailable.join(', ')}. We keep to these terms by how we use it.
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}
