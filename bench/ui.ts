// npm run bench:ui — the explorer's speed, measured (not a test):
//   - Lighthouse 12 (Debian Chromium) against `vite preview`, mobile and desktop, for the
//     overview, drill-down and compare pages; median of three runs each;
//   - in Chromium, the time from a drill-down click to the updated table and chart
//     (performance marks `drill:click` → `drill:table` / `drill:chart`), median and p95;
//   - JavaScript (gzip) loaded for the first paint, from the build's files.
// Results go to bench/results.json → `ui`.

import { spawn, execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { writeReport } from './report';

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}/`;
const RUNS = 3;
const CHROME = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim();
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const PAGES = {
  overview: '',
  drill: '?view=drill&d=2025-dalian-xigang-103-government-office&node=201',
  compare:
    '?view=compare&d=2024-wuhan-huangpi-032-big-data-center%3A032001,2024-wuhan-huangpi-032-big-data-center%3A032002,2024-wuhan-huangpi-032-big-data-center%3A032003',
  embed: 'embed.html?view=drill&d=2025-dalian-xigang-103-government-office&node=201',
} as const;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
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

async function drillLatency(iterations = 25) {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.slice(1) });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${BASE}?view=drill&d=2025-dalian-xigang-103-government-office`);
  await page.getByRole('link', { name: /201 一般公共服务支出/ }).waitFor();
  await page.waitForTimeout(500);
  const table: number[] = [];
  const chart: number[] = [];
  for (let i = 0; i < iterations + 3; i++) {
    // Drill into 201 from the top (measured), then go Back to the top (not measured).
    await page.evaluate('performance.clearMarks()');
    await page
      .getByRole('table')
      .getByRole('link', { name: /201 一般公共服务支出/ })
      .click();
    await page.waitForFunction(
      "performance.getEntriesByName('drill:chart').length > 0 && performance.getEntriesByName('drill:table').length > 0",
    );
    // A string, not a function: the bundler would wrap a function with helpers the page lacks.
    const [t, c] = (await page.evaluate(`(() => {
      const start = performance.getEntriesByName('drill:click')[0].startTime;
      const last = (name) => Math.max(...performance.getEntriesByName(name).map((e) => e.startTime));
      return [last('drill:table') - start, last('drill:chart') - start];
    })()`)) as [number, number];
    if (i >= 3) {
      table.push(t);
      chart.push(c);
    }
    await page.goBack();
    await page
      .getByRole('table')
      .getByRole('link', { name: /201 一般公共服务支出/ })
      .waitFor();
  }
  await browser.close();
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    iterations,
    tableMedianMs: round(median(table)),
    tableP95Ms: round(percentile(table, 95)),
    chartMedianMs: round(median(chart)),
    chartP95Ms: round(percentile(chart, 95)),
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
  try {
    await waitForServer();
    const lighthouseResults: Record<string, Record<string, unknown>> = {};
    for (const [name, query] of Object.entries(PAGES)) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const runs: Awaited<ReturnType<typeof runLighthouse>>[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(BASE + query, formFactor));
        const pick = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
        lighthouseResults[`${name}/${formFactor}`] = {
          score: pick('score'),
          fcpMs: Math.round(pick('fcpMs')),
          lcpMs: Math.round(pick('lcpMs')),
          tbtMs: Math.round(pick('tbtMs')),
          cls: +pick('cls').toFixed(3),
          siMs: Math.round(pick('siMs')),
          scores: runs.map((r) => r.score),
        };
        const r = lighthouseResults[`${name}/${formFactor}`];
        console.log(
          `lighthouse ${name.padEnd(8)} ${formFactor.padEnd(7)} score ${r.score}  LCP ${r.lcpMs} ms  FCP ${r.fcpMs} ms  TBT ${r.tbtMs} ms  CLS ${r.cls}`,
        );
      }
    }
    const latency = await drillLatency();
    console.log(
      `drill-down click → table: median ${latency.tableMedianMs} ms, p95 ${latency.tableP95Ms} ms; → chart: median ${latency.chartMedianMs} ms, p95 ${latency.chartP95Ms} ms`,
    );
    const js = { firstPaint: entryJs('index.html'), embed: entryJs('embed.html'), all: allJs() };
    const sum = (list: { gzipKB: number }[]) => list.reduce((total, f) => total + f.gzipKB, 0).toFixed(1);
    console.log(
      `JavaScript (gzip): explorer first view ${sum(js.firstPaint)} KB, embed page ${sum(js.embed)} KB`,
    );

    const path = 'bench/results.json';
    const all = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
    all.ui = {
      machine: `${process.platform} ${process.arch}, node ${process.version}, ${execSync(`${CHROME} --version`, { encoding: 'utf8' }).trim()}`,
      runs: RUNS,
      lighthouse: lighthouseResults,
      drillLatency: latency,
      javascript: js,
    };
    writeFileSync(path, JSON.stringify(all, null, 2) + '\n');
    writeReport();
  } finally {
    server.kill();
  }
}

await main();
