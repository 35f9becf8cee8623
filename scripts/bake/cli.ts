// npm run build runs this after `vite build`: every page of pages.ts drawn to HTML from the
// built site's data (src/bake/render.tsx) and written as <dist>/<href>index.html. From 200
// disclosures on, the disclosures are shared among child processes, one per core.
// usage: tsx scripts/bake/cli.ts [--dist dist] [--quiet]

import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { DisclosureFile } from '../../src/domain/budget';
import { disclosurePages, embedPages, overviewPage, sitePages, type PageSpec } from './pages';
import { siteData } from './data';
import { pageHtml } from './template';

// React's production build: the development one renders several times slower.
process.env.NODE_ENV = 'production';
const { renderEmbed, renderPage } = await import('../../src/bake/render');

const args = process.argv.slice(2);
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist';
const quiet = args.includes('--quiet');
/** `--part k/n`: this process bakes the disclosures k, k + n, k + 2n… only (a child's share). */
const part = args.includes('--part') ? args[args.indexOf('--part') + 1].split('/').map(Number) : null;
const PARALLEL_FROM = 200;
const data = join(dist, 'data');

const template = readFileSync(join(dist, 'index.html'), 'utf8');
const embedTemplate = readFileSync(join(dist, 'embed.html'), 'utf8');
// The overview is baked into index.html itself: a second bake needs the build's own again.
if (template.includes('id="baked-page"')) {
  throw new Error(`${join(dist, 'index.html')} is a baked page already: run vite build before baking again`);
}
const { catalog, read, forget } = siteData(data);
if (!catalog) throw new Error(`${join(data, 'index.json')}: no catalog; run npm run data first`);

const started = performance.now();
let pages = 0;
let bytes = 0;
function write(href: string, html: string): void {
  const folder = join(dist, href === './' ? '' : href);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), html);
  pages++;
  bytes += Buffer.byteLength(html);
}

function bake(spec: PageSpec): void {
  write(spec.href, pageHtml(template, { href: spec.href, ...renderPage(spec.route, read) }));
}

function bakeEmbed(spec: PageSpec): void {
  write(spec.href, pageHtml(embedTemplate, { href: spec.href, ...renderEmbed(spec.route, read) }));
}

function bakeShare(k: number, n: number): void {
  catalog!.disclosures.forEach((entry, index) => {
    if (index % n !== k) return;
    // Files read for the pages of one disclosure (its own, the years'), let go after them.
    forget();
    const disclosure =
      entry.status === 'converted' ? (read('disclosures', entry.id) as DisclosureFile) : undefined;
    for (const spec of disclosurePages(entry, disclosure)) bake(spec);
    for (const spec of embedPages(entry, disclosure)) bakeEmbed(spec);
  });
}

/** The other shares, each in a child process of this script, which reports its pages and bytes. */
function bakeInChildren(n: number): Promise<void>[] {
  return Array.from({ length: n - 1 }, (_, i) => {
    const child = fork(new URL(import.meta.url), ['--dist', dist, '--part', `${i + 1}/${n}`], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise<void>((resolve, reject) => {
      child.on('message', (message: { pages: number; bytes: number }) => {
        pages += message.pages;
        bytes += message.bytes;
      });
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`bake, part ${i + 1}/${n}: exit code ${code}`)),
      );
    });
  });
}

if (part) {
  bakeShare(part[0], part[1]);
  process.send?.({ pages, bytes });
  process.exit(0);
}
const n = catalog.disclosures.length >= PARALLEL_FROM ? Math.min(availableParallelism(), 8) : 1;
const children = bakeInChildren(n);
bakeShare(0, n);
forget();
for (const spec of sitePages()) bake(spec);
await Promise.all(children);
// Last: it overwrites index.html, the template each process reads when it starts.
bake(overviewPage());

const seconds = (performance.now() - started) / 1000;
if (!quiet) {
  console.log(
    `baked ${pages} pages of ${catalog.disclosures.length} disclosures in ${seconds.toFixed(1)} s, ` +
      `${(bytes / 1e6).toFixed(1)} MB of HTML`,
  );
}
