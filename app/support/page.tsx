import Link from 'next/link';
import { PRESSURE_RESOURCES } from '@/templates/resources';
import { defaultTemplate } from '@/templates';
import { ResourceList } from '@/components/shared/resource-list';
import { CountryHelp, CountryPicker } from '@/components/shared/resource-list-country';
import type { TemplateHelp } from '@/lib/template/types';

type Reason = 'age' | 'pressure' | undefined;

function readReason(value: string | string[] | undefined): Reason {
  return value === 'age' || value === 'pressure' ? value : undefined;
}

function HelpBlockView({ block, level = 2 }: Readonly<{ block: TemplateHelp['under18']; level?: 1 | 2 }>) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section aria-labelledby={`help-${block.id}`}>
      <Heading id={`help-${block.id}`}>{block.title}</Heading>
      {block.paragraphs.map((paragraph) => (
        <p key={paragraph} className={level === 1 && paragraph === block.paragraphs[0] ? 'lead' : undefined}>
          {paragraph}
        </p>
      ))}
      <ResourceList resources={block.resources} />
    </section>
  );
}

export default async function SupportPage({ searchParams }: Readonly<{ searchParams: Promise<Record<string, string | string[] | undefined>> }>) {
  const reason = readReason((await searchParams).for);
  const help = defaultTemplate.help;
  return (
    <>
      {reason === 'age' && help && <HelpBlockView block={help.under18} level={1} />}
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
          {help ? (
            <>
              <CountryPicker help={help} />
              <CountryHelp help={help} needs={['abuse', 'stalkerware']} />
            </>
          ) : (
            <ResourceList resources={PRESSURE_RESOURCES} />
          )}
        </>
      )}
      {!reason && help && (
        <>
          <h1>Support and help lines</h1>
          <p className="lead">Free, confidential help, whether something has gone wrong or you just want to talk it through.</p>
          <CountryPicker help={help} />
          <h2>If you feel pressured, threatened or watched</h2>
          <CountryHelp help={help} needs={['abuse', 'stalkerware']} />
          <h2>If an image has been shared, or someone threatens to</h2>
          <CountryHelp help={help} needs={['images', 'report']} />
          <h2>If the person in an image was under 18</h2>
          <CountryHelp help={help} needs={['under18']} />
          <HelpBlockView block={help.worriedParent} />
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
