/** Entry point of `npm run pack -- …`; see tools/pack/cli.ts. */
import { main } from './pack/cli';

process.exitCode = await main(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
