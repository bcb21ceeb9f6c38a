import type { HelpResource, Resource } from '@/lib/template/types';

function hasDoes(resource: Resource): resource is HelpResource {
  return typeof (resource as Partial<HelpResource>).does === 'string';
}

/** Help lines as cards: what each is, what it really does (limits included) and how to reach it. */
export function ResourceList({ resources }: Readonly<{ resources: readonly Resource[] }>) {
  return (
    <ul className="list-plain">
      {resources.map((resource) => (
        <li className="card" key={resource.name}>
          <strong>{resource.name}</strong> <span className="muted small">({resource.where})</span>
          <p className="small">{resource.what}</p>
          {hasDoes(resource) && <p className="small muted">{resource.does}</p>}
          <p className="small">
            <strong>{resource.contact}</strong>
          </p>
        </li>
      ))}
    </ul>
  );
}
