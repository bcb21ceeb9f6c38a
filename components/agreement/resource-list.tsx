import type { Resource } from '@/lib/template/types';

export function ResourceList({ resources }: Readonly<{ resources: readonly Resource[] }>) {
  return (
    <ul className="list-plain">
      {resources.map((resource) => (
        <li className="card" key={resource.name}>
          <strong>{resource.name}</strong> <span className="muted small">({resource.where})</span>
          <p className="small">{resource.what}</p>
          <p className="small">
            <strong>{resource.contact}</strong>
          </p>
        </li>
      ))}
    </ul>
  );
}
