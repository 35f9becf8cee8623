// A child process of the robustness run: converts the seeds once, then runs the jobs it is sent
// and answers each with its result. Runs in its own process so that a hang can be cut off.

import { readSources } from '../sources';
import { corruptOnce } from './corrupt';
import { makeBaseline, runVariant } from './fuzz';

export type Job =
  | { type: 'fuzz'; id: number; seed: number; variant: number }
  | { type: 'corrupt'; id: number; seed: number; n: number };

const folder = process.argv[2];
const base = makeBaseline(readSources(folder));

process.on('message', (job: Job) => {
  const result =
    job.type === 'fuzz' ? runVariant(base, job.seed, job.variant) : corruptOnce(base, job.seed, job.n);
  process.send?.({ id: job.id, result });
});
process.send?.({ ready: base.files.length });
