import { useNavigate, useRoute, useT } from '../state/hooks';
import { MONEY_UNIT_PARAMS, type MoneyUnitParam, type View } from '../state/url';
import { unitName } from '../i18n/units';
import { Link } from './Link';

const NAV: readonly View[] = ['overview', 'drill', 'split', 'compare', 'projects', 'department', 'quality'];

export function Header() {
  const t = useT();
  const route = useRoute();
  const navigate = useNavigate();
  return (
    <header className="site-header">
      <div className="brand">
        <Link to={{ view: 'overview' }} className="title">
          {t('appTitle')}
        </Link>
        <div className="settings">
          <label>
            <span className="visually-hidden">{t('unit')}</span>
            <select
              value={route.unit}
              onChange={(event) =>
                navigate({ unit: event.target.value as MoneyUnitParam }, { replace: true })
              }
            >
              {Object.entries(MONEY_UNIT_PARAMS).map(([param, label]) => (
                <option key={param} value={param}>
                  {unitName(label, route.lang)}
                </option>
              ))}
            </select>
          </label>
          <Link
            to={{ lang: route.lang === 'zh' ? 'en' : 'zh' }}
            lang={route.lang === 'zh' ? 'en' : 'zh'}
            className="lang"
          >
            {route.lang === 'zh' ? 'English' : '中文'}
          </Link>
        </div>
      </div>
      <nav aria-label={t('nav')}>
        <ul>
          {NAV.map((view) => (
            <li key={view}>
              <Link to={{ view, line: null }} aria-current={route.view === view ? 'page' : undefined}>
                {t(`view.${view}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
