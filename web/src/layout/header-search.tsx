import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';

/** The header's search box: submits to /search?q=… (cases, accounts, people). */
export function HeaderSearch() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  function submit(event: FormEvent) {
    event.preventDefault();
    const q = text.trim();
    if (q.length >= 2) navigate(`/search?q=${encodeURIComponent(q)}`);
  }
  return (
    <search className="shell__search">
      <form onSubmit={submit}>
        <label htmlFor="header-search" className="visually-hidden">
          Search cases and people
        </label>
        <input
          id="header-search"
          type="search"
          placeholder="Search cases, #number, people…"
          value={text}
          minLength={2}
          onChange={(event) => setText(event.target.value)}
        />
      </form>
    </search>
  );
}
