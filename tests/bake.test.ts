// The build's renderer on the converted seeds (public/data, written by `npm run data`): a baked
// page carries its figures, its title and the files it was drawn from.

import { describe, expect, it } from 'vitest';
import { disclosurePages } from '../scripts/bake/pages';
import { siteData } from '../scripts/bake/data';
import { renderPage } from '../src/bake/render';
import type { DisclosureFile } from '../src/domain/budget';
import type { Catalog } from '../src/domain/catalog';
import { DEFAULT_ROUTE, type Route } from '../src/state/url';

const OFFICE = '2025-dalian-xigang-103-government-office';
const { read } = siteData('public/data');
const at = (patch: Partial<Route>): Route => ({ ...DEFAULT_ROUTE, selection: [], pinned: [], ...patch });

describe('a baked page', () => {
  it('draws the drill-down at 201 with the figures the document prints', () => {
    const page = renderPage(at({ view: 'drill', selection: [OFFICE], node: '201' }), read);
    expect(page.title).toBe(
      '支出去向 · 大连市西岗区人民政府办公室 2025 · 201 一般公共服务支出 · 部门预算公开浏览器',
    );
    // 附表4/附表7: 2010301 行政运行 479.27 + 2010302 一般行政管理事务 30.40 = 509.67 万元.
    expect(page.html).toMatch(/20103 政府办公厅（室）及相关机构事务[\s\S]*509\.67/);
    expect(page.html).toContain('<svg');
    // The catalog and the disclosure; no other file (no checks, no years: none is drawn).
    expect(page.data.catalog).toBe(true);
    expect(page.data.disclosures).toContain(OFFICE);
    expect(page.data.sources).toEqual([]);
    expect(page.version).toBe((read('catalog', '') as Catalog).version);
  });

  it('draws the source text line by line, each line with its number as its anchor', () => {
    const page = renderPage(at({ view: 'source', selection: [OFFICE] }), read);
    // Seed 001, line 133: the budget's total as its text states it.
    expect(page.html).toMatch(/<li id="L133">[\s\S]*?\(二\) 2025 年支出预算 719\.85 万元/);
    expect(page.data.sources).toEqual([
      (read('catalog', '') as Catalog).disclosures.find((e) => e.id === OFFICE)!.text,
    ]);
  });

  it('draws the list of every project, with the amounts the documents print', () => {
    const page = renderPage(at({ view: 'projects' }), read);
    // Seed 001, line 212: 政府工作性经费项目 16.16 万元.
    expect(page.html).toMatch(/政府工作性经费[\s\S]*?16\.16/);
    expect(page.data.projectShards.length).toBeGreaterThan(0);
  });

  it('lists, for a disclosure, its drill-down, each 类, basic-vs-project, department, quality and source pages', () => {
    const catalog = read('catalog', '') as Catalog;
    const entry = catalog.disclosures.find((e) => e.id === OFFICE)!;
    const hrefs = disclosurePages(entry, read('disclosures', OFFICE) as DisclosureFile).map((p) => p.href);
    expect(hrefs).toContain(`d/${OFFICE}/`);
    expect(hrefs).toContain(`d/${OFFICE}/201/`);
    expect(hrefs).toContain(`d/${OFFICE}/split/`);
    expect(hrefs).toContain(`d/${OFFICE}/department/`);
    expect(hrefs).toContain(`d/${OFFICE}/quality/`);
    expect(hrefs).toContain(`d/${OFFICE}/source/`);
    const kinds = /^d\/[\w.-]+\/(\d{3}\/|split\/|department\/|quality\/|source\/)?$/;
    expect(hrefs.every((href) => kinds.test(href))).toBe(true);
    // A failed conversion has no data to draw: no pages.
    expect(disclosurePages(entry, undefined)).toEqual([]);
  });

  it('shows a disclosure the data does not have as loading, not as a crash', () => {
    const page = renderPage(at({ view: 'drill', selection: ['no-such-disclosure'] }), read);
    expect(page.data.disclosures).toEqual([]);
    expect(page.html).toContain('<h1');
  });
});
