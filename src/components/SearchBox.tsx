// The search field of a view; what is typed is the URL's `q`, so a search can be shared.

import { useNavigate, useRoute } from '../state/hooks';

export function SearchBox({ label, onInput }: { label: string; onInput?: () => void }) {
  const route = useRoute();
  const navigate = useNavigate();
  return (
    <label className="search">
      <span className="visually-hidden">{label}</span>
      <input
        type="search"
        value={route.query}
        placeholder={label}
        onChange={(event) => {
          onInput?.();
          navigate({ query: event.target.value.slice(0, 100) }, { replace: true });
        }}
      />
    </label>
  );
}
