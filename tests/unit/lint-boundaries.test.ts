import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layout rules in eslint.config.mjs, proven both ways: each forbidden import or shape fails lint,
 * and the allowed neighbour passes (so a rule that matches too much fails here as well).
 */

const ROOT = path.resolve(__dirname, '../..');
const CONFIG = path.join(ROOT, 'eslint.config.mjs');
const eslint = new ESLint({ cwd: ROOT });

interface Problem {
  readonly rule: string | null;
  readonly message: string;
}

/** Lints `code` as if it were the file at `file` (from the repository root); the file need not exist. */
async function lint(file: string, code: string): Promise<Problem[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((message) => ({ rule: message.ruleId, message: message.message }));
}

async function expectFails(file: string, code: string, rule: string, message?: RegExp): Promise<void> {
  const problems = await lint(file, code);
  const matching = problems.filter((problem) => problem.rule === rule && (!message || message.test(problem.message)));
  expect(matching, `${file} should fail ${rule}; got ${JSON.stringify(problems)}`).not.toHaveLength(0);
}

async function expectPasses(file: string, code: string): Promise<void> {
  expect(await lint(file, code), `${file} should pass lint`).toEqual([]);
}

/** Makes a components module a React one, so only the rule under test decides. */
const PART = '\nexport const Part = () => <p />;';

describe('components/wizard, components/agreement and components/pdf do not import each other', () => {
  it.each([
    ['components/agreement/x.tsx', "export { MatchingSettings } from '../wizard/matching-settings';"],
    ['components/agreement/x.tsx', "export { ReviewStep } from '@/components/wizard/review-step';"],
    ['components/agreement/x.tsx', "export { Cover } from '../pdf/cover';"],
    ['components/wizard/x.tsx', "export { TermsView } from '../agreement/terms-view';"],
    ['components/wizard/x.tsx', "export { renderAgreementPdf } from '@/components/pdf/render';"],
    ['components/pdf/x.tsx', "import { SignStep } from '../wizard/sign-step';\nexport const y = SignStep;"],
    ['components/pdf/deep/x.tsx', "export { TermsView } from '../../agreement/terms-view';"],
    ['components/pdf/x.tsx', "export type { ExportPdfButtonProps } from '../agreement/export-pdf-button';"],
  ])('%s: %s fails', async (file, code) => {
    await expectFails(file, code + PART, 'layout/import-boundaries', /does not import components\//);
  });

  it('catches a dynamic import too', async () => {
    await expectFails('components/wizard/x.tsx', "export const load = () => import('@/components/pdf/render');" + PART, 'layout/import-boundaries');
  });

  it.each([
    ['components/wizard/x.tsx', "export { Progress } from '../ui/progress';"],
    ['components/wizard/x.tsx', "export { SignStep } from './sign-step';"],
    ['components/agreement/x.tsx', "export { NameField } from '../shared/name-field';"],
    ['components/pdf/x.tsx', "export { useAgreement } from '@/components/session/use-agreement';"],
    // The export button loads the renderer on demand: the PDF's one way in.
    ['components/agreement/x.tsx', "export const load = () => import('@/components/pdf/render');"],
    // lib/agreement is not components/agreement.
    ['components/wizard/x.tsx', "export { mergeAnswers } from '../../lib/agreement/merge';"],
    ['components/pdf/x.tsx', "export { diffVersions } from '@/lib/agreement/diff';"],
  ])('%s: %s passes', async (file, code) => {
    await expectPasses(file, code + PART);
  });
});

describe('components/shared and components/session sit below the features', () => {
  it.each([
    ['components/shared/x.tsx', "export { TermsView } from '../agreement/terms-view';"],
    ['components/session/x.tsx', "export { DraftWizard } from '@/components/wizard/draft-wizard';"],
    ['components/shared/x.tsx', "export { Cover } from '../pdf/cover';"],
  ])('%s: %s fails', async (file, code) => {
    await expectFails(file, code + PART, 'layout/import-boundaries', /sit below the features/);
  });

  it('may use each other and lib', async () => {
    await expectPasses('components/shared/x.tsx', "export { useAgreement } from '../session/use-agreement';\nexport { diffVersions } from '@/lib/agreement/diff';" + PART);
  });
});

describe('components/ui knows no domain', () => {
  it.each([
    "export { SignStep } from '../wizard/sign-step';",
    "export { NameField } from '../shared/name-field';",
    "export { useAgreement } from '@/components/session/use-agreement';",
    "export { unprintableCharacters } from '@/lib/pdf/printable';\nexport { mergeAnswers } from '../../lib/agreement/merge';",
    "export type { Template } from '@/lib/template/types';",
    "export { defaultTemplate } from '../../templates';",
  ])('%s fails', async (code) => {
    await expectFails('components/ui/x.tsx', code + PART, 'layout/import-boundaries', /components\/ui knows no/);
  });

  it('may use its own folder and React', async () => {
    await expectPasses('components/ui/x.tsx', "import { useId } from 'react';\nexport { FieldError } from './field-error';\nexport const useField = () => useId();");
  });
});

describe('every module in components uses React', () => {
  it.each([
    ['components/agreement/format.ts', 'export const formatDate = (date: Date) => date.toISOString();'],
    ['components/ui/download.ts', "import { fileName } from '@/lib/agreement/file-format';\nexport const name = fileName;"],
  ])('%s without React fails', async (file, code) => {
    await expectFails(file, code, 'layout/uses-react');
  });

  it.each([
    ['components/ui/x.tsx', 'export const Part = () => <p />;'],
    ['components/session/use-x.ts', "import { useState } from 'react';\nexport const useX = () => useState(0);"],
    ['components/pdf/fonts.ts', "import type { FontStore } from '@react-pdf/types';\nexport type Fonts = FontStore;"],
    ['components/pdf/styles.ts', "import { StyleSheet } from './primitives';\nexport const styles = StyleSheet.create({});"],
  ])('%s passes', async (file, code) => {
    await expectPasses(file, code);
  });

  it('is not asked of lib', async () => {
    await expectPasses('lib/agreement/format-date.ts', 'export const formatDate = (date: Date) => date.toISOString();');
  });
});

describe('no import cycles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lint-cycle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const inTemp = new ESLint({ cwd: dir, overrideConfigFile: CONFIG });

  async function lintFiles(files: Record<string, string>): Promise<Problem[]> {
    for (const [name, code] of Object.entries(files)) writeFileSync(path.join(dir, name), code);
    const results = await inTemp.lintFiles(Object.keys(files).map((name) => path.join(dir, name)));
    return results.flatMap((result) => result.messages.map((message) => ({ rule: message.ruleId, message: message.message })));
  }

  it('fails when two modules import each other, directly or through a third', async () => {
    const problems = await lintFiles({
      'first.ts': "import { second } from './second';\nexport const first = () => second();",
      'second.ts': "import { third } from './third';\nexport const second = () => third();",
      'third.ts': "import { first } from './first';\nexport const third = (): unknown => first;",
    });
    expect(problems.filter((problem) => problem.rule === 'import-x/no-cycle')).toHaveLength(3);
  });

  it('passes when the imports run one way', async () => {
    const problems = await lintFiles({
      'top.ts': "import { bottom } from './bottom';\nexport const top = () => bottom();",
      'bottom.ts': 'export const bottom = () => 1;',
    });
    expect(problems).toEqual([]);
  });
});

describe('file names are kebab-case', () => {
  it.each(['components/ui/QuickExit.tsx', 'lib/agreement/draft_flow.ts', 'lib/agreement/draftFlow.test.ts', 'components/Wizard/step.tsx'])(
    '%s fails',
    async (file) => {
      await expectFails(file, 'export const x = 1;', 'layout/kebab-case-files');
    },
  );

  it.each([
    'components/ui/quick-exit.tsx',
    'tests/unit/agreement/file-format.property.test.ts',
    'lib/agreement/v2.ts',
    'app/help/deleting/page.tsx',
    'app/agreement/[id]/page.tsx',
    'types/globals.d.ts',
  ])('%s passes', async (file) => {
    await expectPasses(file, file.startsWith('components/') ? PART : 'export const x = 1;');
  });
});

describe("every lib/server file starts with import 'server-only'", () => {
  it.each([
    ['without it', 'export const secret = 1;'],
    ['with it second', "import { z } from 'zod';\nimport 'server-only';\nexport const schema = z.string();"],
    ['importing a name from it', "import x from 'server-only';\nexport const y = x;"],
  ])('fails %s', async (_label, code) => {
    await expectFails('lib/server/secret.ts', code, 'layout/server-only-first');
  });

  it('passes when it comes first (comments may stand above it)', async () => {
    await expectPasses('lib/server/secret.ts', "// Why this is server-only.\nimport 'server-only';\n\nexport const secret = 1;");
  });

  it('is imported by no other lib folder', async () => {
    await expectFails('lib/agreement/x.ts', "export { buildCsp } from '../server/security-headers';", 'layout/import-boundaries', /only the proxy and server code/);
    await expectPasses('lib/server/other.ts', "import 'server-only';\n\nexport { buildCsp } from './security-headers';");
  });

  it('is not asked of other lib folders', async () => {
    await expectPasses('lib/agreement/plain.ts', 'export const plain = 1;');
  });
});

describe('lib/crypto imports only code that runs everywhere', () => {
  it.each([
    "export { webcrypto } from 'node:crypto';",
    "export { randomBytes } from 'crypto';",
    "export { Buffer } from 'buffer';",
    "export { pageSecurityHeaders } from '../server/security-headers';",
    "export { loadDrafts } from '@/lib/storage/repository';",
    "export { useState } from 'react';",
    "export { headers } from 'next/headers';",
  ])('%s fails', async (code) => {
    await expectFails('lib/crypto/seal.ts', code, 'layout/import-boundaries', /lib\/crypto/);
  });

  it.each(["export { canonicalJson } from '../agreement/fingerprint';", "export type { Agreement } from '@/lib/agreement/schema';", "export { z } from 'zod';"])(
    '%s passes',
    async (code) => {
      await expectPasses('lib/crypto/seal.ts', code);
    },
  );
});

describe('the existing one-way rules still hold', () => {
  it('lib imports no React', async () => {
    await expectFails('lib/agreement/x.ts', "export { useState } from 'react';", 'no-restricted-imports');
  });

  it('lib imports no components', async () => {
    await expectFails('lib/agreement/x.ts', "export { TermsView } from '../../components/agreement/terms-view';", 'no-restricted-imports');
  });

  it('components import nothing from app', async () => {
    await expectFails('components/ui/x.tsx', "export { metadata } from '@/app/layout';" + PART, 'no-restricted-imports');
  });

  it('components import nothing from lib/server', async () => {
    await expectFails('components/wizard/x.tsx', "export { buildCsp } from '@/lib/server/security-headers';" + PART, 'no-restricted-imports');
  });

  it('templates import only types from lib', async () => {
    await expectFails('templates/x.ts', "import { APP_IDS } from '../lib/template/types';\nexport const ids = APP_IDS;", '@typescript-eslint/no-restricted-imports');
    await expectPasses('templates/x.ts', "import type { Template } from '../lib/template/types';\nexport type T = Template;");
  });
});
