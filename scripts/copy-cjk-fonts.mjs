/**
 * Copies the Chinese/Japanese and Korean fonts from their npm packages into
 * public/fonts/cjk (git-ignored), where the app serves them from its own origin.
 * They are 10.6 MB and 6.2 MB, too large to commit, and no subset can cover
 * every character a name may use. Run by `postinstall` and `prebuild`; copies
 * only what is missing or changed, so a second run costs a few stat calls.
 *
 * Only the regular faces: a bold face would double what a CJK document loads,
 * and react-pdf draws semibold CJK text with the regular face when no other is
 * registered (lib/pdf/script-fonts.ts).
 */
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'fonts', 'cjk');

// package → [file inside the package, name served]; keep in step with lib/pdf/script-fonts.ts.
const FONTS = [
  ['@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf', 'NotoSansSC-Regular.ttf'],
  ['@expo-google-fonts/noto-sans-kr', '400Regular/NotoSansKR_400Regular.ttf', 'NotoSansKR-Regular.ttf'],
];

function sizeOf(file) {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}

mkdirSync(target, { recursive: true });
for (const [pkg, inside, served] of FONTS) {
  const from = join(dirname(require.resolve(`${pkg}/package.json`)), inside);
  const to = join(target, served);
  if (sizeOf(from) !== sizeOf(to)) copyFileSync(from, to);
}
