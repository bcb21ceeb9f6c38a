import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChoiceQuestion, Template } from '@/lib/template/types';
import type { Agreement } from '@/lib/agreement/schema';
import { fingerprintVersion } from '@/lib/agreement/fingerprint';
import { tightenAlone } from '@/lib/agreement/versions';
import { buildAgreementPdfModel, changesForVersion } from '@/lib/pdf/model';
import { buildAgreement, buildLargeAgreement } from './pdf-fixture';

/** A version 2 made by one partner tightening the first term that can still be tightened. */
function tightened(template: Template, agreement: Agreement): Agreement {
  const version = agreement.versions[0]!;
  const term = version.terms.find((candidate) => {
    const question = template.sections.flatMap((section) => section.questions).find((q) => q.id === candidate.questionId);
    return question?.kind === 'choice' && question.options.at(-1)?.id !== candidate.optionId;
  })!;
  const question = template.sections.flatMap((section) => section.questions).find((q) => q.id === term.questionId) as ChoiceQuestion;
  const result = tightenAlone(template, agreement, { by: 'b', questionId: term.questionId, optionId: question.options.at(-1)!.id, typedName: version.partners.b.name }, new Date('2026-12-01T10:00:00.000Z'));
  if (!result.ok) throw new Error(result.problem);
  return result.agreement;
}

/** The model as an export builds it: from the template, the agreement and a version number alone. */
async function modelHash(template: Template, agreement: Agreement, versionNumber: number): Promise<string> {
  const version = agreement.versions.find((candidate) => candidate.version === versionNumber)!;
  const model = buildAgreementPdfModel({ template, agreement, versionNumber, fingerprint: await fingerprintVersion(version) });
  return createHash('sha256').update(JSON.stringify(model)).digest('hex');
}

// Known answers: the model (everything the PDF prints) for fixed agreements. A change here changes what is printed.
describe('the PDF model, known answers', () => {
  it('is unchanged for a typical version 1', async () => {
    const { template, agreement } = buildAgreement();
    expect(await fingerprintVersion(agreement.versions[0]!)).toBe('4955f8e10e4ae3c609213fd141f551d41f11fe951921da21836c35c5564f2f7c');
    expect(await modelHash(template, agreement, 1)).toBe('f65a6c2c38d577bae4a0bbed825c14b1cd11599694e05deefa883c832d92ec05');
  });

  it('is unchanged for a large version 1', async () => {
    const { template, agreement } = buildLargeAgreement();
    expect(await modelHash(template, agreement, 1)).toBe('8a7c2c8cb5a912b4497ac64d7698926fbcc75acd4c9efdddd4b1e001caf1d09a');
  });

  it('is unchanged for a tightened version 2, with its changes', async () => {
    const { template, agreement } = buildAgreement();
    const revised = tightened(template, agreement);
    expect(changesForVersion(template, revised, 2)?.lines).toHaveLength(1);
    expect(await modelHash(template, revised, 2)).toBe('76dec8526713f54dfac7ad50b1fbc12f565e27d40064311e7e655d637ec34f0a');
  });
});
