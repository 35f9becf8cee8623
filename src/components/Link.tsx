// A link to another state of the explorer: a real URL (open in a new tab, copy, share), relative
// to the site's root (linkOf), handled in the page when clicked plainly.

import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { useNavigate, useRoute } from '../state/hooks';
import { linkOf, type Route } from '../state/url';

type Props = { to: Partial<Route>; children: ReactNode } & Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'href'
>;

/** Links made outside an `<a>` of this component (chart bars, table rows): the URL, and following it. */
export function useFollow(): { href: (to: Partial<Route>) => string; go: (to: Partial<Route>) => void } {
  const route = useRoute();
  const navigate = useNavigate();
  return {
    href: (to) => linkOf({ ...route, ...patchFor(route, to) }),
    go: (to) => {
      navigate(patchFor(route, to));
      window.scrollTo({ top: 0 });
    },
  };
}

/** Another view starts with its own search and sort. */
function patchFor(route: Route, to: Partial<Route>): Partial<Route> {
  return to.view && to.view !== route.view ? { query: '', sort: null, project: null, cite: null, ...to } : to;
}

export function Link({ to, children, onClick, ...rest }: Props) {
  const route = useRoute();
  const navigate = useNavigate();
  const patch = patchFor(route, to);
  const target = { ...route, ...patch };
  const handle = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(patch);
    window.scrollTo({ top: 0 });
  };
  return (
    <a href={linkOf(target)} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
