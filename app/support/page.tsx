import Link from 'next/link';
import { LEAK_RESOURCES, PRESSURE_RESOURCES, UNDER_18_RESOURCES } from '@/templates/resources';
import { ResourceList } from '@/components/agreement/resource-list';

type Reason = 'age' | 'pressure' | undefined;

function readReason(value: string | string[] | undefined): Reason {
  return value === 'age' || value === 'pressure' ? value : undefined;
}

export default async function SupportPage({ searchParams }: Readonly<{ searchParams: Promise<Record<string, string | string[] | undefined>> }>) {
  const reason = readReason((await searchParams).for);
  return (
    <>
      {reason === 'age' && (
        <>
          <h1>This app is only for adults</h1>
          <p className="lead">
            Thank you for being honest. We cannot make an agreement with anyone under 18, and nothing has been saved.
          </p>
          <p>
            Sexual images of anyone under 18 are illegal to make, keep or share, even when they were taken by the person
            themself. If an image like that has been shared, or someone is asking for one, these services can help, for free
            and in confidence:
          </p>
          <ResourceList resources={UNDER_18_RESOURCES} />
        </>
      )}
      {reason === 'pressure' && (
        <>
          <h1>Let’s stop here</h1>
          <p className="lead">
            Thank you for being honest. An agreement only means something when you both choose it freely and it is safe to
            talk. Nothing has been saved.
          </p>
          <p>
            If someone is pressuring you to send images, threatening to share them, or checking your phone, that is not your
            fault, and it is not OK. You can talk to someone, for free and in confidence:
          </p>
          <ResourceList resources={PRESSURE_RESOURCES} />
        </>
      )}
      {!reason && (
        <>
          <h1>Support and help lines</h1>
          <p className="lead">Free, confidential help, whether something has gone wrong or you just want to talk it through.</p>
          <h2>If you feel pressured, threatened or watched</h2>
          <ResourceList resources={PRESSURE_RESOURCES} />
          <h2>If an image has been shared, or someone threatens to</h2>
          <ResourceList resources={LEAK_RESOURCES} />
          <h2>If the person in an image was under 18</h2>
          <ResourceList resources={UNDER_18_RESOURCES} />
        </>
      )}
      <p className="muted small">
        If you are in immediate danger, call your local emergency number. Numbers and opening hours can change: check the
        service’s own site.
      </p>
      <div className="button-row">
        <Link className="button quiet" href="/">
          Back to the start
        </Link>
      </div>
    </>
  );
}
