// Until the explorer lands: the converted disclosures, their totals and how many checks pass.

import { useEffect, useState } from 'react';
import type { Catalog } from '../domain/catalog';
import { loadCatalog } from '../data/load';
import { formatMoney } from '../format/money';

export function Placeholder() {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadCatalog().then(setCatalog, (e: unknown) => setError(String(e)));
  }, []);
  return (
    <main>
      <h1>部门预算公开浏览器</h1>
      <p>已转换的部门预算（金额单位：万元）</p>
      {error && <p role="alert">数据加载失败：{error}</p>}
      {catalog && (
        <table>
          <thead>
            <tr>
              <th scope="col">部门</th>
              <th scope="col">地区</th>
              <th scope="col">年度</th>
              <th scope="col">支出合计</th>
              <th scope="col">校验</th>
            </tr>
          </thead>
          <tbody>
            {catalog.disclosures.map((d) => (
              <tr key={d.id}>
                <td>{d.department.name}</td>
                <td>{d.region ?? '—'}</td>
                <td>{d.year ?? '—'}</td>
                <td>{formatMoney(d.expenditure.total)}</td>
                <td>
                  {d.checks.passed} 项通过，{d.checks.failed} 项不一致
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
