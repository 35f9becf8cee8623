// A child process of `npm run data` on a large folder: converts the disclosures it is sent,
// writes their output files and answers with what the shared files need.

import type { KnownIdentity } from './budget/known';
import { convertOne } from './convertOne';
import type { SourceGroup } from './sources';

const [folder, out, knownJson] = process.argv.slice(2);
const known = new Map<string, KnownIdentity>(JSON.parse(knownJson ?? '[]') as [string, KnownIdentity][]);
process.on('message', (job: { id: number; group: SourceGroup }) => {
  void convertOne(folder, job.group, out, { known }).then((result) => process.send?.({ id: job.id, result }));
});
process.send?.({ ready: 1 });
