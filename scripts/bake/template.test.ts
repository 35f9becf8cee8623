import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bakedPageIn } from '../../src/data/page';
import { pageHtml, rootFrom } from './template';

const TEMPLATE = readFileSync('index.html', 'utf8');
const data = { catalog: true, disclosures: ['a'], checks: [], years: [], projectShards: [], sources: [] };

describe('a baked page', () => {
  it('names the site root from its folder', () => {
    expect(rootFrom('./')).toBe('./');
    expect(rootFrom('d/x/')).toBe('../../');
    expect(rootFrom('d/x/201/')).toBe('../../../');
  });

  it('carries its markup, title, description and own description, escaped', () => {
    const html = pageHtml(TEMPLATE, {
      href: 'd/x/201/',
      html: '<main id="main"><h1>支出去向</h1></main>',
      title: '支出去向 · A & B',
      description: '201：1,185.09 万元 "x"',
      data,
      version: 'v1',
    });
    expect(html).toContain('<base href="../../../" />');
    // Its address, for the inline script that hides a page opened at another one.
    expect(html).toContain('<html data-page="d/x/201/"');
    expect(html).toContain('<title>支出去向 · A &amp; B</title>');
    expect(html).toContain('<meta name="description" content="201：1,185.09 万元 &quot;x&quot;" />');
    expect(html).toContain('<meta property="og:title" content="支出去向 · A &amp; B" />');
    expect(html).toContain('<div id="root"><main id="main"><h1>支出去向</h1></main></div>');
    // The template's own loading shell is gone.
    expect(html).not.toContain('正在加载');
    const json = /<script type="application\/json" id="baked-page">(.*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(json ?? 'null')).toEqual({ href: 'd/x/201/', data, version: 'v1' });
  });

  it('keeps a name with </script> in it inside its data block', () => {
    const html = pageHtml(TEMPLATE, {
      href: 'd/</script><b>/',
      html: '',
      title: '',
      description: '',
      data,
      version: null,
    });
    expect(html).not.toContain('</script><b>');
    // Read back from the text, as an old embed link's boot reads the baked embed it may go to.
    expect(bakedPageIn(html)).toEqual({ href: 'd/</script><b>/', data, version: null });
  });

  it('reads no description from a page that has none', () => {
    expect(bakedPageIn(TEMPLATE)).toBeNull();
    expect(bakedPageIn('<script type="application/json" id="baked-page">{"href":</script>')).toBeNull();
  });

  it('says which marker it could not find in a template of another shape', () => {
    expect(() =>
      pageHtml('<html><head><title>x</title></head><body></body></html>', {
        href: './',
        html: '',
        title: '',
        description: '',
        data,
        version: null,
      }),
    ).toThrow(/index\.html: <base> not found/);
  });
});
