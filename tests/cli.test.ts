// The converter's command line on a newsroom's folder with broken files beside good ones.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGbk } from '../scripts/robustness/gbk';
import { SOURCES } from './golden/helpers';

const GOOD = '2025-dalian-xigang-103-government-office.txt';
let out: string;
let run: ReturnType<typeof spawnSync>;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'budget-cli-'));
  const sources = join(dir, 'sources');
  out = join(dir, 'out');
  spawnSync('mkdir', ['-p', sources]);
  const text = readFileSync(join(SOURCES, GOOD), 'utf8');
  copyFileSync(join(SOURCES, GOOD), join(sources, 'good.txt'));
  writeFileSync(join(sources, 'empty.txt'), '');
  writeFileSync(join(sources, 'gbk.txt'), encodeGbk(text));
  writeFileSync(join(sources, 'crlf-bom.txt'), '\ufeff' + text.replace(/\n/g, '\r\n'));
  // Cut off inside 附表6, mid-row.
  writeFileSync(join(sources, 'cut.txt'), text.split('\n').slice(0, 485).join('\n') + '\n\t\t十四');
  writeFileSync(join(sources, 'bad-number.txt'), text.replace('4,062,809.64', '4,06x,809.64'));
  writeFileSync(
    join(sources, 'random.bin'),
    new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)),
  );
  run = spawnSync('npx', ['tsx', 'scripts/cli.ts', '--sources', sources, '--out', out], { encoding: 'utf8' });
}, 60_000);

describe('npm run data -- --sources <dir> --out <dir>', () => {
  it('exits non-zero because some files failed', () => {
    expect(run.status).toBe(1);
  });

  it('still converts and writes the good files, including GBK and CRLF with a BOM', () => {
    const catalog = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    const converted = catalog.disclosures.filter((d: { status: string }) => d.status === 'converted');
    expect(converted.map((d: { id: string }) => d.id).sort()).toEqual(['crlf-bom', 'gbk', 'good']);
    for (const id of ['good', 'gbk', 'crlf-bom']) {
      const d = JSON.parse(readFileSync(join(out, 'disclosures', `${id}.json`), 'utf8'));
      // 2010301 行政运行 4,792,654.93 元 in every encoding.
      expect(d.functional.find((r: { code: string }) => r.code === '2010301').total.fen).toBe(479265493);
    }
    expect(readFileSync(join(out, 'csv', 'functional.csv'), 'utf8').startsWith('\ufeffdisclosure_id,')).toBe(
      true,
    );
  });

  it('names file, line and what was expected for each broken file', () => {
    const errors = run.stderr;
    expect(errors).toContain('empty.txt: error: the file is empty');
    expect(errors).toMatch(/cut\.txt:486: error \[表6 财政拨款预算总表\]: the file ends inside a row/);
    expect(errors).toMatch(
      /bad-number\.txt:503: error \[表7 一般公共预算支出表\]: expected an amount in 元 in column 人员经费, found "4,06x,809\.64"/,
    );
    expect(errors).toContain('random.bin: error: the file is neither UTF-8, UTF-16 nor GBK text');
    expect(errors).toContain('gbk.txt: warning: the file is not UTF-8; decoded it as GBK');
  });

  it('records every file in the validation report, failed ones too', () => {
    const report = JSON.parse(readFileSync(join(out, 'validation.json'), 'utf8'));
    const status = Object.fromEntries(
      report.disclosures.map((d: { sourceFile: string; status: string }) => [d.sourceFile, d.status]),
    );
    expect(status).toEqual({
      'bad-number.txt': 'failed',
      'crlf-bom.txt': 'converted',
      'cut.txt': 'failed',
      'empty.txt': 'failed',
      'gbk.txt': 'converted',
      'good.txt': 'converted',
      'random.bin': 'failed',
    });
    expect(existsSync(join(out, 'csv', 'projects.csv'))).toBe(true);
  });
});
