/** The frame of every page: a skip link, the navigation for what this account may do, and the page. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { api, must, setCsrfToken } from '../api/client';
import { navigate, useLocation } from '../lib/router';
import { can, useSession } from '../lib/session';

interface NavLink {
  href: string;
  label: string;
  show: boolean;
  /** The paths under this link (the events list owns /events/…). */
  owns: (path: string) => boolean;
}

export function Layout(props: { title: string; children: ComponentChildren }) {
  const { session, refresh } = useSession();
  const { path } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const user = session.user as typeof session.user | null;

  useEffect(() => {
    document.title = `${props.title} · Handover`;
  }, [props.title]);

  // A new page moves focus to its heading, so a screen reader hears where it is and Tab starts at the top.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [path]);

  const links: NavLink[] = [
    { href: '/', label: 'Dashboard', show: true, owns: (p) => p === '/' },
    { href: '/events', label: 'Events', show: true, owns: (p) => p.startsWith('/events') },
    { href: '/sources', label: 'Sources', show: true, owns: (p) => p.startsWith('/sources') },
    { href: '/review', label: 'Review', show: can(session, 'reviewer'), owns: (p) => p.startsWith('/review') },
    { href: '/add', label: 'Add reports', show: can(session, 'contributor'), owns: (p) => p.startsWith('/add') },
    { href: '/export', label: 'Export', show: true, owns: (p) => p.startsWith('/export') },
    { href: '/releases', label: 'Releases', show: true, owns: (p) => p.startsWith('/releases') },
    { href: '/users', label: 'Users', show: can(session, 'admin'), owns: (p) => p.startsWith('/users') },
  ];

  async function signOut() {
    await must(api.DELETE('/api/session')).catch(() => undefined);
    setCsrfToken(null);
    await refresh();
    navigate('/sign-in');
  }

  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="/">
          Handover
        </a>
        <nav aria-label="Main">
          <ul>
            {links
              .filter((l) => l.show)
              .map((l) => (
                <li key={l.href}>
                  <a href={l.href} aria-current={l.owns(path) ? 'page' : undefined}>
                    {l.label}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
        <div class="who">
          {user ? (
            <>
              <span>
                {user.name} <span class="muted">({user.role})</span>
              </span>
              <button type="button" class="link" onClick={signOut}>
                Sign out
              </button>
            </>
          ) : (
            <a href="/sign-in">Sign in</a>
          )}
        </div>
      </header>
      <main id="main">
        <h1 tabIndex={-1} ref={heading}>
          {props.title}
        </h1>
        {props.children}
      </main>
    </>
  );
}

/** What a page shows while loading or after a failure: one line, announced to screen readers. */
export function Status(props: { loading?: boolean; error?: string | undefined }) {
  if (props.error) {
    return (
      <p class="error" role="alert">
        {props.error}
      </p>
    );
  }
  if (props.loading) {
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  }
  return null;
}
