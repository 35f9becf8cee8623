// Runs jobs in child processes (TypeScript, through tsx), a few at a time, each with a time bound: a job that does not
// answer in time is reported as a hang and its process replaced, and so is one whose process dies.

import { fork, type ChildProcess } from 'node:child_process';

export type Answer<R> = { ok: true; result: R } | { ok: false; problem: string };

interface Slot {
  child: ChildProcess;
  job: { id: number } | null;
  timer: NodeJS.Timeout | null;
}

export async function runPool<J extends { id: number }, R>(options: {
  script: URL;
  args: string[];
  size: number;
  timeoutMs: number;
  jobs: readonly J[];
  onAnswer: (job: J, answer: Answer<R>) => void;
}): Promise<void> {
  const queue = [...options.jobs];
  let pending = queue.length;
  if (pending === 0) return;

  await new Promise<void>((resolve) => {
    const finish = (slot: Slot, answer: Answer<R>): void => {
      const job = slot.job as J;
      if (slot.timer) clearTimeout(slot.timer);
      slot.job = null;
      slot.timer = null;
      options.onAnswer(job, answer);
      if (--pending === 0) {
        for (const s of slots) s.child.kill();
        resolve();
      }
    };
    const next = (slot: Slot): void => {
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      slot.timer = setTimeout(() => {
        finish(slot, { ok: false, problem: `no answer within ${options.timeoutMs} ms (hang)` });
        replace(slot);
      }, options.timeoutMs);
      slot.child.send(job);
    };
    const start = (slot: Slot): void => {
      const child = fork(options.script, options.args, {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      slot.child = child;
      child.on('message', (message: { ready?: number; id?: number; result?: R }) => {
        if (slot.child !== child) return;
        if (message.ready !== undefined) next(slot);
        else if (slot.job && message.id === slot.job.id) {
          finish(slot, { ok: true, result: message.result as R });
          next(slot);
        }
      });
      child.on('exit', (code, signal) => {
        if (slot.child === child && slot.job && !child.killed) {
          finish(slot, { ok: false, problem: `the process died (${signal ?? `exit ${code}`})` });
          replace(slot);
        }
      });
    };
    const replace = (slot: Slot): void => {
      slot.child.kill('SIGKILL');
      if (queue.length > 0) start(slot);
    };
    const slots: Slot[] = Array.from({ length: Math.min(options.size, queue.length) }, () => ({
      child: null as unknown as ChildProcess,
      job: null,
      timer: null,
    }));
    for (const slot of slots) start(slot);
  });
}
