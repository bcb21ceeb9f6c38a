import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCRIPT_FONTS } from '@/lib/pdf/script-fonts';
import { drawnWords, HB_FIXTURES, hbPlaced, sorted } from './pdf-script-drawn';

/**
 * What we patch in react-pdf and fontkit, and what waits for upstream
 * (docs/pdf-fonts.md, "Marks, and our patches").
 *
 * patches/ (applied by `postinstall` with patch-package) fixes how react-pdf
 * 4.9 (@react-pdf/textkit 7.0.1, @react-pdf/render 4.7.0) and fontkit 2.0.4
 * place marks; pdf-script-marks.test.tsx checks the result against HarfBuzz.
 * This file fails when that needs a person:
 * - a patched package is no longer the version its patch was made for: the new
 *   release may place marks itself (the upstream fix the issue waits for can
 *   only arrive this way). Follow "When react-pdf or fontkit change" in the
 *   doc: check the words without our patches, then drop or remake them, and
 *   decide about Arabic;
 * - the patched code is not what is installed (the patch did not apply, or a
 *   second copy of the package is in use).
 * Arabic stays off until then, as the issue asks, though with our patches its
 * sample words already draw as HarfBuzz draws them (checked below, so the
 * decision to switch it on can rest on a passing test).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PATCHES = join(ROOT, 'patches');

interface Patch {
  readonly name: string;
  readonly version: string;
  /** Per patched file, the text each hunk leaves there (its context and added lines). */
  readonly results: ReadonlyArray<{ readonly file: string; readonly text: string }>;
}

/** patches/<name with / as +>+<version>.patch, in git's diff format. */
function readPatches(): Patch[] {
  return readdirSync(PATCHES)
    .filter((file) => file.endsWith('.patch'))
    .map((file) => {
      const [, packageName = '', version = ''] = /^(.+)\+([^+]+)\.patch$/.exec(file) ?? [];
      const results: Array<{ file: string; text: string }> = [];
      let target = '';
      let hunk: string[] | null = null;
      const flush = () => {
        if (hunk) results.push({ file: target, text: hunk.join('\n') });
        hunk = null;
      };
      for (const line of readFileSync(join(PATCHES, file), 'utf8').split('\n')) {
        if (line.startsWith('+++ b/')) {
          flush();
          target = line.slice('+++ b/'.length);
        } else if (line.startsWith('@@')) {
          flush();
          hunk = [];
        } else if (hunk && (line.startsWith(' ') || line.startsWith('+'))) hunk.push(line.slice(1));
        else if (line.startsWith('diff --git')) flush();
      }
      flush();
      return { name: packageName.replace(/\+/g, '/'), version, results };
    });
}

const patches = readPatches();
const requireFrom = (directory: string) => createRequire(join(directory, 'package.json'));
/** The folder of the copy of `name` that code in `from` loads. */
function packageRoot(name: string, from = ROOT): string {
  for (let directory = dirname(requireFrom(from).resolve(name)); directory !== dirname(directory); directory = dirname(directory)) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return directory;
  }
  throw new Error(`No package folder for ${name}`);
}

describe('our mark patches are still needed, and applied', () => {
  it('patches fontkit, textkit and render', () => {
    expect(patches.map((patch) => patch.name).sort()).toEqual(['@react-pdf/render', '@react-pdf/textkit', 'fontkit']);
  });

  it.each(patches)('$name is still the version its patch was made for ($version)', ({ name, version }) => {
    const installed = (JSON.parse(readFileSync(join(packageRoot(name), 'package.json'), 'utf8')) as { version: string }).version;
    expect(installed, `${name} is now ${installed}: it may place marks itself. See docs/pdf-fonts.md, "When react-pdf or fontkit change".`).toBe(version);
  });

  it.each(patches)('$name: every hunk of the patch is in the installed files', ({ results }) => {
    for (const { file, text } of results) expect(readFileSync(join(ROOT, file), 'utf8').includes(text), `${file} lacks a hunk: run npm install (postinstall applies patches/)`).toBe(true);
  });

  it('react-pdf uses the patched copies, not copies of its own', () => {
    expect(packageRoot('@react-pdf/textkit', packageRoot('@react-pdf/layout'))).toBe(packageRoot('@react-pdf/textkit'));
    expect(packageRoot('@react-pdf/render', packageRoot('@react-pdf/renderer'))).toBe(packageRoot('@react-pdf/render'));
    expect(packageRoot('fontkit', packageRoot('@react-pdf/font'))).toBe(packageRoot('fontkit'));
  });
});

describe('Arabic stays off until react-pdf itself places marks', () => {
  const file = 'NotoSansArabic-Regular.ttf';
  const fixtures = HB_FIXTURES[file] ?? {};

  it('is off', () => {
    expect(SCRIPT_FONTS.find((font) => font.script === 'arabic')?.enabled).toBe(false);
  });

  it('with our patches its sample words already draw as HarfBuzz draws them', async () => {
    const words = Object.keys(fixtures);
    expect(words.length).toBeGreaterThan(0);
    const drawn = await drawnWords(file, words);
    words.forEach((word, index) => {
      expect(sorted(drawn[index] ?? []), word).toEqual(sorted(hbPlaced(file, fixtures[word] ?? [])));
    });
  }, 30_000);
});
