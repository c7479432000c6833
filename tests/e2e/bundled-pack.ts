/**
 * Prints the bundled pack as JSON (`npx tsx tests/e2e/bundled-pack.ts`). Playwright's loader cannot
 * import lib/rules (it imports JSON without an import attribute), so specs ask tsx instead.
 */
import { bundledPack } from '../../lib/engine/bundled';

process.stdout.write(JSON.stringify(bundledPack().pack));
