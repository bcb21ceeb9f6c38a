import { describe, expect, it } from 'vitest';
import { helpForNeeds, printedHelp } from '../../../lib/template/help';
import { findTemplate } from '../../../templates/index';

const v1 = findTemplate('intimate-messaging', 1)!;
const v2 = findTemplate('intimate-messaging', 2)!;
const help = v2.help!;
const ids = (list: readonly { id: string }[]) => list.map((resource) => resource.id);

describe('help for the chosen country', () => {
  it('lists the country’s own services first and the emergency line last, each once', () => {
    const list = ids(helpForNeeds(help, 'GB', ['abuse', 'stalkerware']));
    expect(list[0]).toBe('refugeHelpline');
    expect(list.at(-1)).toBe('localEmergency');
    expect(new Set(list).size).toBe(list.length);
    expect(ids(helpForNeeds(help, undefined, ['abuse', 'stalkerware']))).toEqual(['stopStalkerware', 'localEmergency']);
  });

  it('prints version 1’s own groups unchanged, and version 2’s anywhere help plus the chosen country', () => {
    expect(printedHelp(v1, 'GB')).toBe(v1.resourceGroups);
    expect(printedHelp(v2).map((group) => group.title)).toEqual(['Help wherever you are']);
    expect(printedHelp(v2, 'GB').map((group) => group.title)).toEqual(['Help wherever you are', 'Help in United Kingdom']);
    expect(printedHelp(v2, 'ES').map((group) => group.title)).toEqual(['Help wherever you are', 'Help in Spain']);
    // A country the template does not know prints only what works anywhere.
    expect(printedHelp(v2, 'ZZ')).toHaveLength(1);
  });
});
