// npm run bench:ui — the explorer's speed, measured (not a test):
//   - Lighthouse 12 (Debian Chromium) against `vite preview`, mobile and desktop, for the
//     overview, drill-down and compare pages; median of three runs each;
//   - in Chromium, with performance marks, median and p95, at 5 and at 2,000 disclosures: a
//     drill-down click to the updated table and chart, adding a 4th entity to a comparison,
//     a keystroke in the project search;
//   - JavaScript (gzip) loaded for the first paint, from the build's files.
//   - beside each Lighthouse run, alternately, the floor page (bench/floor: one React heading,
//     served the same way), so each LCP is also a ratio to the floor measured in the same run.
// Results go to bench/results.json → `ui`.

import { spawn, execSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/tools/chromium';
import { writeReport } from './report';
import { median, percentile } from '../scripts/tools/stats';

const PORT = 4174;
const FLOOR_PORT = 4176;
const FLOOR = `http://127.0.0.1:${FLOOR_PORT}/`;
const BASE = `http://127.0.0.1:${PORT}/`;
const RUNS = 3;
const CHROME = chromiumPath();
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/**
 * The baked pages (scripts/bake) at their own paths, and a source text's link to a line (its
 * baked page, hydrated at once); a 款, compare and an old embed link are drawn in the browser.
 */
const PAGES = {
  overview: '',
  drill: 'd/2025-dalian-xigang-103-government-office/201/',
  'drill at a 款 (from its 类)': 'd/2025-dalian-xigang-103-government-office/201/?node=20103',
  split: 'd/2025-dalian-xigang-103-government-office/split/',
  department: 'd/2025-dalian-xigang-103-government-office/department/',
  quality: 'd/2025-dalian-xigang-103-government-office/quality/',
  projects: 'projects/',
  'source at a line':
    'd/2025-dalian-xigang-103-government-office/source/?line=400&cite=4%2C792%2C654.93#L400',
  compare:
    '?view=compare&d=2024-wuhan-huangpi-032-big-data-center%3A032001,2024-wuhan-huangpi-032-big-data-center%3A032002,2024-wuhan-huangpi-032-big-data-center%3A032003',
  'compare (two departments)':
    '?view=compare&d=2025-dalian-xigang-146-big-data-center,2025-dalian-xigang-103-government-office',
  embed: 'e/2025-dalian-xigang-103-government-office/201/',
  'embed (old link)': 'embed.html?view=drill&d=2025-dalian-xigang-103-government-office&node=201',
} as const;

/** At 5: 黄陂's three sub-units, then 西岗's government office as the fourth. */
const SEED_PLAN: Plan = {
  drill: '2025-dalian-xigang-103-government-office',
  compare: ['032001', '032002', '032003'].map((u) => `2024-wuhan-huangpi-032-big-data-center%3A${u}`),
  fourth: '2025-dalian-xigang-103-government-office',
  fourthName: '大连市西岗区人民政府办公室 2025',
};

/**
 * The same build with the 2,000-disclosure data of `npm run bench:scale` (bench/tmp/data-2000),
 * served on its own port. Null when that data is missing.
 */
async function scaleServer(): Promise<{ base: string; plan: Plan; stop: () => void } | null> {
  const data = 'bench/tmp/data-2000';
  if (!existsSync(join(data, 'index.json'))) {
    console.log('no bench/tmp/data-2000: run npm run bench:scale first for the latencies at 2,000');
    return null;
  }
  const dist = 'bench/tmp/dist-2000';
  rmSync(dist, { recursive: true, force: true });
  cpSync('dist', dist, { recursive: true, filter: (source) => !source.startsWith(join('dist', 'data')) });
  cpSync(data, join(dist, 'data'), { recursive: true });
  const port = PORT + 1;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}/`;
  await waitForServer(base);
  const catalog = JSON.parse(readFileSync(join(data, 'index.json'), 'utf8')) as {
    disclosures: { id: string; department: { name: string }; year: number | null }[];
  };
  const [a, b, c, d] = catalog.disclosures;
  return {
    base,
    plan: {
      drill: a.id,
      compare: [a.id, b.id, c.id],
      fourth: d.id,
      fourthName: `${d.department.name} ${d.year ?? ''}`.trim(),
    },
    stop: () => server.kill(),
  };
}

async function waitForServer(base = BASE): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('vite preview did not start');
}

async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop') {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('no Lighthouse result');
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: lhr.categories.performance.score ?? 0,
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      siMs: audit('speed-index'),
    };
  } finally {
    await chrome.kill();
  }
}

interface Plan {
  /** A disclosure to drill into (its drill-down table's first 类 is clicked). */
  drill: string;
  /** Three entities compared first, and a fourth added by a click (found by `fourthName`). */
  compare: string[];
  fourth: string;
  fourthName: string;
}

type Stats = { iterations: number; medianMs: number; p95Ms: number };

function stats(values: number[]): Stats {
  const round = (v: number) => Math.round(v * 10) / 10;
  return { iterations: values.length, medianMs: round(median(values)), p95Ms: round(percentile(values, 95)) };
}

/** ms from the first mark to the last of the second (a string: the page has no bundler helpers). */
const between = (from: string, to: string): string => `(() => {
  const start = performance.getEntriesByName('${from}')[0].startTime;
  return Math.max(...performance.getEntriesByName('${to}').map((e) => e.startTime)) - start;
})()`;

/**
 * In Chromium, with performance marks: a drill-down click to the updated table and chart, a
 * click that adds a fourth entity to a comparison to the updated table, and a keystroke in the
 * project search to the filtered list. Median and p95 over 25 (after 3 warm-ups).
 */
async function interactionLatencies(base: string, plan: Plan, iterations = 25) {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.slice(1) });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const drillTable: number[] = [];
  const drillChart: number[] = [];
  await page.goto(`${base}?view=drill&d=${plan.drill}`);
  // The first 类 of the drill-down table (not the chart's hidden table alternative).
  const firstClass = page.locator('.table-wrap table a').first();
  await firstClass.waitFor();
  await page.waitForTimeout(500);
  for (let i = 0; i < iterations + 3; i++) {
    await page.evaluate('performance.clearMarks()');
    await firstClass.click();
    await page.waitForFunction(
      "performance.getEntriesByName('drill:chart').length > 0 && performance.getEntriesByName('drill:table').length > 0",
    );
    const table = (await page.evaluate(between('drill:click', 'drill:table'))) as number;
    const chart = (await page.evaluate(between('drill:click', 'drill:chart'))) as number;
    if (i >= 3) {
      drillTable.push(table);
      drillChart.push(chart);
    }
    await page.goBack();
    await firstClass.waitFor();
  }

  const compare: number[] = [];
  await page.goto(
    `${base}?view=compare&d=${plan.compare.join(',')}&q=${encodeURIComponent(plan.fourthName)}`,
  );
  const columns = page.locator('.compare-table thead th, table thead th[scope="col"]');
  const fourth = page.getByRole('checkbox', { name: new RegExp(plan.fourthName) }).first();
  await fourth.waitFor();
  await page.waitForTimeout(500);
  for (let i = 0; i < iterations + 3; i++) {
    const before = await columns.count();
    await page.evaluate('performance.clearMarks()');
    await fourth.check();
    await page.waitForFunction(`document.querySelectorAll('table thead th[scope="col"]').length > ${before}`);
    await page.waitForTimeout(20);
    if (i >= 3) compare.push((await page.evaluate(between('compare:change', 'compare:table'))) as number);
    await fourth.uncheck();
    await page.waitForFunction(
      `document.querySelectorAll('table thead th[scope="col"]').length === ${before}`,
    );
  }

  const search: number[] = [];
  await page.goto(`${base}?view=projects`);
  const box = page.getByRole('searchbox');
  await page.locator('tbody tr').first().waitFor();
  await page.waitForTimeout(500);
  for (let i = 0; i < iterations + 3; i++) {
    for (const key of ['运', 'Backspace']) {
      await page.evaluate('performance.clearMarks()');
      if (key === 'Backspace') await box.press('Backspace');
      else await box.pressSequentially(key);
      await page.waitForFunction("performance.getEntriesByName('projects:table').length > 0");
      await page.waitForTimeout(20);
      if (i >= 3) search.push((await page.evaluate(between('projects:input', 'projects:table'))) as number);
    }
  }
  await browser.close();
  return {
    drillTable: stats(drillTable),
    drillChart: stats(drillChart),
    compareFourth: stats(compare),
    searchKeystroke: stats(search),
  };
}

/** The JavaScript a page's HTML loads (entry script and modulepreloads), gzip. */
function entryJs(page: string): { file: string; gzipKB: number }[] {
  const html = readFileSync(`dist/${page}`, 'utf8');
  const scripts = [
    ...new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1])),
  ];
  return scripts.map((file) => ({
    file,
    gzipKB: +(gzipSync(readFileSync(`dist/${file}`)).length / 1024).toFixed(1),
  }));
}

function allJs(): { file: string; gzipKB: number }[] {
  return readdirSync('dist/assets')
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({
      file,
      gzipKB: +(gzipSync(readFileSync(`dist/assets/${file}`)).length / 1024).toFixed(1),
    }))
    .sort((a, b) => b.gzipKB - a.gzipKB);
}

async function main(): Promise<void> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore' },
  );
  execSync('npx vite build --config bench/floor/vite.config.ts', { stdio: 'ignore' });
  const floorServer = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      'bench/tmp/floor-dist',
      '--host',
      '127.0.0.1',
      '--port',
      String(FLOOR_PORT),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
  try {
    await waitForServer();
    await waitForServer(FLOOR);
    const path = 'bench/results.json';
    const all = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
    // BENCH_SKIP_LIGHTHOUSE=1 keeps the last Lighthouse numbers (it takes minutes);
    // BENCH_PAGES=a,b measures those pages again and keeps the last numbers of the others.
    const skip = process.env.BENCH_SKIP_LIGHTHOUSE === '1' && all.ui?.lighthouse;
    const only = process.env.BENCH_PAGES?.split(',');
    const lighthouseResults: Record<string, Record<string, unknown>> = skip || only
      ? { ...all.ui?.lighthouse }
      : {};
    const measured = Object.entries(PAGES).filter(([name]) => !only || only.includes(name));
    for (const [name, query] of skip ? [] : measured) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const runs: Awaited<ReturnType<typeof runLighthouse>>[] = [];
        const floor: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          floor.push((await runLighthouse(FLOOR, formFactor)).lcpMs);
          runs.push(await runLighthouse(BASE + query, formFactor));
        }
        const pick = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
        lighthouseResults[`${name}/${formFactor}`] = {
          score: pick('score'),
          fcpMs: Math.round(pick('fcpMs')),
          lcpMs: Math.round(pick('lcpMs')),
          tbtMs: Math.round(pick('tbtMs')),
          cls: +pick('cls').toFixed(3),
          siMs: Math.round(pick('siMs')),
          scores: runs.map((r) => r.score),
          floorLcpMs: Math.round(median(floor)),
          lcpOverFloor: +(pick('lcpMs') / median(floor)).toFixed(2),
        };
        const r = lighthouseResults[`${name}/${formFactor}`];
        console.log(
          `lighthouse ${name.padEnd(8)} ${formFactor.padEnd(7)} score ${r.score}  LCP ${r.lcpMs} ms (${r.lcpOverFloor}× floor ${r.floorLcpMs} ms)  FCP ${r.fcpMs} ms  TBT ${r.tbtMs} ms  CLS ${r.cls}`,
        );
      }
    }
    const interactions: Record<string, Awaited<ReturnType<typeof interactionLatencies>>> = {};
    interactions.at5 = await interactionLatencies(BASE, SEED_PLAN);
    const scale = await scaleServer();
    if (scale) {
      try {
        interactions.at2000 = await interactionLatencies(scale.base, scale.plan);
      } finally {
        scale.stop();
      }
    }
    for (const [at, l] of Object.entries(interactions)) {
      console.log(
        `${at}: drill click → table ${l.drillTable.medianMs}/${l.drillTable.p95Ms} ms, → chart ${l.drillChart.medianMs}/${l.drillChart.p95Ms} ms; compare 4th → table ${l.compareFourth.medianMs}/${l.compareFourth.p95Ms} ms; search keystroke → list ${l.searchKeystroke.medianMs}/${l.searchKeystroke.p95Ms} ms (median/p95)`,
      );
    }
    const js = {
      firstPaint: entryJs('index.html'),
      embed: entryJs('e/2025-dalian-xigang-103-government-office/201/index.html'),
      embedOldLink: entryJs('embed.html'),
      all: allJs(),
    };
    const sum = (list: { gzipKB: number }[]) => list.reduce((total, f) => total + f.gzipKB, 0).toFixed(1);
    console.log(
      `JavaScript (gzip): explorer first view ${sum(js.firstPaint)} KB, baked embed ${sum(js.embed)} KB, embed.html ${sum(js.embedOldLink)} KB`,
    );

    all.ui = {
      machine: `${process.platform} ${process.arch}, node ${process.version}, ${execSync(`${CHROME} --version`, { encoding: 'utf8' }).trim()}`,
      runs: RUNS,
      lighthouse: lighthouseResults,
      interactions,
      javascript: js,
    };
    writeFileSync(path, JSON.stringify(all, null, 2) + '\n');
    writeReport();
  } finally {
    server.kill();
    floorServer.kill();
  }
}

await main();
