// A child process of `npm run data` on a large folder: converts the files it is sent, writes
// their output files and answers with what the shared files need.

import { convertOne } from './convertOne';

const [folder, out] = process.argv.slice(2);
process.on('message', (job: { id: number; name: string }) => {
  process.send?.({ id: job.id, result: convertOne(folder, job.name, out) });
});
process.send?.({ ready: 1 });
