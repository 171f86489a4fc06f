import { NavLink } from 'react-router-dom';
import type { TIsAvailable, TNavArea } from '../nav/nav-areas.js';

type TSideNavProps = { areas: readonly TNavArea[]; isAvailable: TIsAvailable; onNavigate?: () => void };

/** The areas a user may use, each with its screens; screens not built yet are disabled, "coming soon". */
export function SideNav({ areas, isAvailable, onNavigate }: TSideNavProps) {
  return (
    <nav className="side-nav" aria-label="Main">
      {areas.map((area) => (
        <section key={area.id} className="side-nav__area" aria-labelledby={`nav-area-${area.id}`}>
          <h2 id={`nav-area-${area.id}`} className="side-nav__heading">
            <NavLink to={area.path} end className="side-nav__area-link" onClick={onNavigate}>
              {area.label}
            </NavLink>
          </h2>
          <ul className="side-nav__list">
            {area.items.map((item) => (
              <li key={item.id}>
                {isAvailable(item.path) ? (
                  <NavLink to={item.path} className="side-nav__item" onClick={onNavigate}>
                    {item.label}
                  </NavLink>
                ) : (
                  <span className="side-nav__item side-nav__item--disabled" aria-disabled="true">
                    {item.label}
                    <span className="badge badge--soon">coming soon</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
