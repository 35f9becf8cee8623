import type { TreeNode } from '../model/tree';
import { className } from '../i18n/classes';
import { useRoute, useT } from '../state/hooks';
import { Link } from './Link';

/** 全部支出 › 201 一般公共服务支出 › 20103 … › 2010301 行政运行 */
export function Breadcrumb({ path }: { path: TreeNode[] }) {
  const t = useT();
  const { lang } = useRoute();
  // At the top there is nothing above: the heading below already says 全部支出.
  if (path.length === 0) return null;
  return (
    <nav aria-label={t('breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          {path.length ? (
            <Link to={{ node: null }}>{t('allSpending')}</Link>
          ) : (
            <span aria-current="page">{t('allSpending')}</span>
          )}
        </li>
        {path.map((node, index) => (
          <li key={node.code}>
            {index < path.length - 1 ? (
              <Link to={{ node: node.code }}>
                {node.code} {className(node.code, node.name, lang)}
              </Link>
            ) : (
              <span aria-current="page">
                {node.code} {className(node.code, node.name, lang)}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
