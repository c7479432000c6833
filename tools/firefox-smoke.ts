/**
 * Loads the Firefox build (.output/firefox-mv2) into Debian's Firefox ESR, headless, as a temporary add-on,
 * and fails if Firefox refuses it. Playwright cannot drive a stock Firefox, so web-ext's runner (the same
 * path as `web-ext run`) installs it over the remote debugging protocol; Firefox validates the manifest
 * and the add-on's files while installing. Part of `npm test`: "both builds load" (issue 2).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import webExt from 'web-ext';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const sourceDir = path.resolve(process.argv[2] ?? '.output/firefox-mv2');

if (!existsSync(firefox)) {
  console.error(`firefox-smoke: ${firefox} is missing. Install it with: apt-get install firefox-esr (or set FIREFOX_PATH).`);
  process.exit(1);
}
if (!existsSync(path.join(sourceDir, 'manifest.json'))) {
  console.error(`firefox-smoke: no build in ${sourceDir}. Run: npm run build`);
  process.exit(1);
}

process.env.MOZ_HEADLESS = '1';
const timer = setTimeout(() => {
  console.error('firefox-smoke: Firefox did not install the add-on within 90 s');
  process.exit(1);
}, 90_000);

try {
  const runner = await webExt.cmd.run(
    { sourceDir, firefox, noInput: true, noReload: true, args: ['--headless'] },
    { shouldExitProgram: false },
  );
  console.log(`firefox-smoke: Firefox installed ${path.relative(process.cwd(), sourceDir)} as a temporary add-on`);
  await runner.exit();
  clearTimeout(timer);
} catch (error) {
  console.error(`firefox-smoke: Firefox refused the build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
