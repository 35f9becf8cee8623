import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROUTE,
  bakedBase,
  hrefOf,
  parseLocation,
  parsePath,
  parseRoute,
  serializeRoute,
  type Route,
} from './url';

describe('parseRoute', () => {
  it('reads a deep link', () => {
    const { route, notices } = parseRoute(
      '?view=drill&d=2025-dalian-xigang-103-government-office&node=20103&unit=yuan&lang=en',
    );
    expect(notices).toEqual([]);
    expect(route).toEqual({
      ...DEFAULT_ROUTE,
      view: 'drill',
      selection: ['2025-dalian-xigang-103-government-office'],
      node: '20103',
      unit: 'yuan',
      lang: 'en',
    });
  });

  it.each([
    ['?view=chart', 'view', 'unknown-value'],
    ['?unit=dollars', 'unit', 'unknown-value'],
    ['?node=20103x', 'node', 'unknown-value'],
    ['?node=2010', 'node', 'unknown-value'],
    ['?line=-3', 'line', 'unknown-value'],
    ['?lang=fr', 'lang', 'unknown-value'],
    ['?foo=bar', 'foo', 'unknown-param'],
    ['?view=drill&view=compare', 'view', 'repeated'],
    ['?d=<script>alert(1)</script>', 'd', 'unknown-id'],
    [`?q=${'x'.repeat(5000)}`, 'q', 'too-long'],
    [`?view=drill&q=${'x'.repeat(9000)}`, 'URL', 'too-long'],
    // Names every object inherits must not pass for a money unit (`in` let them through).
    ['?unit=toString', 'unit', 'unknown-value'],
    ['?unit=__proto__', 'unit', 'unknown-value'],
  ])('%s falls back to the default with a notice', (search, param, reason) => {
    const { route, notices } = parseRoute(search);
    expect(notices).toContainEqual(expect.objectContaining({ param, reason }));
    expect(route.unit).toBe('wan');
    expect(route.lang).toBe('zh');
  });

  it('keeps the first of repeated parameters', () => {
    expect(parseRoute('?view=drill&view=compare').route.view).toBe('drill');
  });

  it('round-trips through the canonical form', () => {
    const search = '?view=compare&d=a-1,b-2%3A032001&unit=yi&sort=total.desc';
    const { route } = parseRoute(search);
    expect(route.selection).toEqual(['a-1', 'b-2:032001']);
    expect(parseRoute(serializeRoute(route)).route).toEqual(route);
  });

  it('serializes the default route as an empty query', () => {
    expect(serializeRoute(DEFAULT_ROUTE)).toBe('');
  });
});

describe('title', () => {
  it('keeps a headline an embed was given, as plain text', () => {
    const { route } = parseRoute(
      '?title=' + encodeURIComponent('西岗区大数据中心七成预算用于“平安社区”等项目'),
    );
    expect(route.title).toBe('西岗区大数据中心七成预算用于“平安社区”等项目');
    expect(serializeRoute(route)).toContain('title=');
  });
  it('refuses one too long to be a title, and says so', () => {
    const { route, notices } = parseRoute(`?title=${'长'.repeat(121)}`);
    expect(route.title).toBeNull();
    expect(notices).toEqual([{ param: 'title', value: '长'.repeat(40), reason: 'unknown-value' }]);
  });
});

describe('cite', () => {
  it('keeps a printed figure to mark in the source view, and nothing else', () => {
    expect(parseRoute('?cite=4,792,654.93').route.cite).toBe('4,792,654.93');
    expect(parseRoute('?cite=%3Cb%3E').route.cite).toBeNull();
  });
});

describe('paths', () => {
  const ID = '2025-dalian-xigang-103-government-office';
  const at = (patch: Partial<Route>): Route => ({ ...DEFAULT_ROUTE, selection: [], pinned: [], ...patch });

  it.each([
    [at({}), './'],
    [at({ view: 'drill', selection: [ID] }), `d/${ID}/`],
    [at({ view: 'drill', selection: [ID], node: '201' }), `d/${ID}/201/`],
    // Below a 类: its page, the node in the query.
    [at({ view: 'drill', selection: [ID], node: '20103' }), `d/${ID}/201/?node=20103`],
    [at({ view: 'split', selection: [ID], node: '201' }), `d/${ID}/split/?node=201`],
    [at({ view: 'department', selection: [ID] }), `d/${ID}/department/`],
    [at({ view: 'drill', selection: [ID], lang: 'en' }), `d/${ID}/?lang=en`],
    // No page of their own: a unit, two disclosures, another view.
    [at({ view: 'drill', selection: [`${ID}:032001`] }), `?view=drill&d=${ID}%3A032001`],
    [at({ view: 'compare', selection: [ID, 'b'] }), `?view=compare&d=${ID}%2Cb`],
    [at({ view: 'source', selection: [ID], line: 44 }), `d/${ID}/source/?line=44`],
    [at({ view: 'projects' }), 'projects/'],
    [at({ view: 'projects', query: '信息化' }), 'projects/?q=%E4%BF%A1%E6%81%AF%E5%8C%96'],
    [at({ view: 'project', selection: [ID], project: 3 }), `?view=project&d=${ID}&p=3`],
    [at({ region: '北京市' }), '?region=%E5%8C%97%E4%BA%AC%E5%B8%82'],
  ])('%o is linked as %s, and read back', (route, href) => {
    expect(hrefOf(route)).toBe(href);
    const [path, query = ''] = href.split('?');
    expect(parseLocation(path === './' ? '' : path, query ? `?${query}` : '').route).toEqual(route);
  });

  it('leaves out what its page does not show: the same page has one link', () => {
    // Every project, whichever disclosure the reader came from.
    expect(hrefOf(at({ view: 'projects', selection: [ID], node: '201' }))).toBe('projects/');
    // A department's page, reached from a 款 of its drill-down.
    expect(hrefOf(at({ view: 'department', selection: [ID], node: '20103' }))).toBe(`d/${ID}/department/`);
    expect(hrefOf(at({ view: 'source', selection: [ID], node: '201', line: 9 }))).toBe(
      `d/${ID}/source/?line=9`,
    );
    // The overview keeps the disclosures ticked for comparison, not the node.
    expect(hrefOf(at({ selection: [ID], node: '201' }))).toBe(`?d=${ID}`);
    // The basic-vs-project page shows a node: it stays.
    expect(hrefOf(at({ view: 'split', selection: [ID], node: '20103' }))).toBe(`d/${ID}/split/?node=20103`);
  });

  it('draws a node below a page, or a line of a source text, from that page first', () => {
    const base = (patch: Partial<Route>) => {
      const route = bakedBase(at(patch));
      return route && hrefOf(route);
    };
    expect(base({ view: 'drill', selection: [ID], node: '20103' })).toBe(`d/${ID}/201/`);
    expect(base({ view: 'drill', selection: [ID], node: '2010301', lang: 'en' })).toBe(
      `d/${ID}/201/?lang=en`,
    );
    expect(base({ view: 'split', selection: [ID], node: '20103' })).toBe(`d/${ID}/split/`);
    expect(base({ view: 'source', selection: [ID], line: 44, cite: '1.00' })).toBe(`d/${ID}/source/`);
    // A page of its own, and what no page is drawn for.
    expect(base({ view: 'drill', selection: [ID], node: '201' })).toBeNull();
    expect(base({ view: 'drill', selection: [ID, 'b'], node: '20103' })).toBeNull();
    expect(base({ view: 'compare', selection: [ID], node: '20103' })).toBeNull();
  });

  it('reads the old query links as before', () => {
    const { route } = parseLocation('', `?view=drill&d=${ID}&node=201`);
    expect(hrefOf(route)).toBe(`d/${ID}/201/`);
  });

  it('does not take a path that is not one of its pages', () => {
    expect(parsePath('d/')).toBeNull();
    expect(parsePath(`d/${ID}/somewhere/`)).toBeNull();
    expect(parsePath(`x/${ID}/`)).toBeNull();
    expect(parsePath('d/%E0%A4%A/')).toBeNull();
    expect(parseLocation('d/a/b/c/d/', '').notices).toEqual([
      { param: 'URL', value: 'd/a/b/c/d/', reason: 'unknown-value' },
    ]);
  });
});
