import { StyleSheet, Text, View } from './primitives';
import type { PdfAppChecklist } from './document-data';
import { base, ink, KEEP_WITH_NEXT, muted, text } from './styles';

const styles = StyleSheet.create({
  app: { marginBottom: 12 },
  appName: { ...text.h2, fontWeight: 600, borderBottomWidth: 0.75, borderBottomColor: ink, paddingBottom: 3, marginBottom: 6 },
  group: { marginBottom: 6 },
  term: { ...base.label, marginBottom: 2 },
  item: { flexDirection: 'row', marginBottom: 2 },
  box: { width: 7, height: 7, borderWidth: 0.8, borderColor: ink, marginTop: 3.5, marginRight: 7 },
  step: { flex: 1 },
  note: { ...text.small, color: muted, marginLeft: 14 },
  unavailable: { ...text.small, color: muted, marginTop: 2 },
});

/** A tick box drawn as a square: prints clearly and needs no special glyph. */
export function TickBox() {
  return <View style={styles.box} />;
}

/** Per app, the settings that match what we agreed: a checklist each of us works through on our own phone. */
export function SettingsChecklist({ apps }: Readonly<{ apps: readonly PdfAppChecklist[] }>) {
  if (apps.length === 0) return null;
  return (
    <View style={[base.part, base.body]}>
      <View minPresenceAhead={KEEP_WITH_NEXT}>
        <Text style={base.partTitle}>Settings we each switch on</Text>
        <Text style={base.partIntro}>
          Each of us does these on our own phone. Nobody checks the other&apos;s phone. Settings cut down copies; none of them can stop
          another camera.
        </Text>
      </View>
      {apps.map((app) => (
        <View key={app.appLabel} style={styles.app}>
          <Text style={styles.appName} minPresenceAhead={KEEP_WITH_NEXT}>
            {app.appLabel}
          </Text>
          {app.groups.map((group) => (
            <View key={group.term} style={styles.group} wrap={false}>
              <Text style={styles.term}>{group.term}</Text>
              {group.steps.map((step) => (
                <View key={step} style={styles.item}>
                  <TickBox />
                  <Text style={styles.step}>{step}</Text>
                </View>
              ))}
              {group.note ? <Text style={styles.note}>{group.note}</Text> : null}
            </View>
          ))}
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
