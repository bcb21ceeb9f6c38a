import type { CountryGroup, HelpResource, ResourceGroup, ResourceNeed, Template, TemplateHelp } from './types';

/**
 * Help for the person's own country. The country is chosen on their device and
 * never sent anywhere; without one, only the help that works anywhere shows.
 */

type Lists = Pick<TemplateHelp, 'anywhere' | 'countries'>;

export function countryGroup(help: Lists, code: string | undefined): CountryGroup | undefined {
  return code === undefined ? undefined : help.countries.find((group) => group.code === code);
}

/**
 * Help for one need: the chosen country's services first, then those that work
 * anywhere, with the emergency line always last. Adults-only services are left
 * out when the need is 'under18', so a young person is never sent to one.
 */
export function helpFor(help: Lists, country: string | undefined, need: ResourceNeed): readonly HelpResource[] {
  const fits = (resource: HelpResource) => resource.needs.includes(need) && !(need === 'under18' && resource.audience === 'adults');
  const local = countryGroup(help, country)?.resources.filter(fits) ?? [];
  const anywhere = help.anywhere.filter((resource) => fits(resource) && !resource.needs.includes('emergency'));
  const emergency = help.anywhere.filter((resource) => resource.needs.includes('emergency'));
  return [...local, ...anywhere, ...emergency];
}

/** Help for several needs, each service once, in the order `helpFor` gives, with the emergency line still last. */
export function helpForNeeds(help: Lists, country: string | undefined, needs: readonly ResourceNeed[]): readonly HelpResource[] {
  const found = needs.flatMap((need) => helpFor(help, country, need));
  const once = found.filter((resource, index) => found.findIndex((other) => other.id === resource.id) === index);
  const isEmergency = (resource: HelpResource) => resource.needs.includes('emergency');
  return [...once.filter((resource) => !isEmergency(resource)), ...once.filter(isEmergency)];
}

/**
 * The help a printed agreement carries: a template without help by country keeps
 * its own groups exactly; one with it prints what works anywhere, then the chosen country's.
 */
export function printedHelp(template: Template, country?: string): readonly ResourceGroup[] {
  const { help } = template;
  if (!help) return template.resourceGroups;
  const group = countryGroup(help, country);
  return [
    { title: 'Help wherever you are', resources: help.anywhere },
    ...(group && group.resources.length > 0 ? [{ title: `Help in ${group.name}`, resources: group.resources }] : []),
  ];
}
