// `kg serve` from the compiled build this file is part of (dist/node), whatever the dates of the
// sources: a compiled bench measures the compiled API, as its driver processes run compiled. bin/kg
// would run the TypeScript sources instead as soon as any of them (of any library) is newer than the
// build. The workers of `kg serve --workers N` are forked from this file too.
import { join } from 'node:path';

const { main } = require(join(__dirname, '..', '..', '..', 'cli', 'src', 'main')) as {
  main(argv: string[], env: Record<string, string | undefined>): Promise<number>;
};

void main(['serve'], process.env).then((code) => {
  process.exitCode = code;
});
