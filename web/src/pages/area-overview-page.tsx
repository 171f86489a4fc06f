import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import type { TNavArea } from '../nav/nav-areas.js';
import { isScreenAvailable } from '../screens.js';

/** The landing page of an area: what it offers, with screens not built yet marked "coming soon". */
export function AreaOverviewPage({ area }: { area: TNavArea }) {
  useEffect(() => {
    document.title = `${area.label} · Aftercare`;
  }, [area.label]);
  return (
    <>
      <h1>{area.label}</h1>
      <ul className="card-grid">
        {area.items.map((item) => {
          const available = isScreenAvailable(item.path);
          return (
            <li key={item.id} className={`card${available ? '' : ' card--disabled'}`}>
              <h2 className="card__title">
                {available ? <Link to={item.path}>{item.label}</Link> : item.label}
                {!available && <span className="badge badge--soon">coming soon</span>}
              </h2>
              <p className="card__text">{item.description}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
