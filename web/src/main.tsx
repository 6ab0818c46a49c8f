/** The web app: reads who is signed in, then shows the page the address names. */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, must, setCsrfToken, type Session } from './api/client';
import { setParties } from './lib/format';
import { interceptLinks, useLocation } from './lib/router';
import { mayRead, SessionContext } from './lib/session';
import { Dashboard, prefetchDashboard } from './pages/dashboard';
import { EventsPage } from './pages/events';
import { EventPage } from './pages/event';
import { SourcesPage } from './pages/sources';
import { SourcePage } from './pages/source';
import { ReviewPage } from './pages/review';
import { AddPage } from './pages/add';
import { ExportPage } from './pages/export';
import { SignInPage } from './pages/sign-in';
import { UsersPage } from './pages/users';
import { ReleasesPage } from './pages/releases';
import { NotFound } from './pages/not-found';
import './styles.css';

/** The page for an address; null when the address is not one of the app's. */
function page(path: string) {
  if (path === '/') return <Dashboard />;
  if (path === '/events') return <EventsPage />;
  const event = /^\/events\/(ev_[A-Za-z0-9_-]+)$/.exec(path);
  if (event) return <EventPage id={event[1]!} />;
  if (path === '/sources') return <SourcesPage />;
  const source = /^\/sources\/(src_[A-Za-z0-9_-]+)$/.exec(path);
  if (source) return <SourcePage id={source[1]!} />;
  if (path === '/review') return <ReviewPage />;
  if (path === '/add') return <AddPage />;
  if (path === '/export') return <ExportPage />;
  if (path === '/users') return <UsersPage />;
  if (path === '/releases') return <ReleasesPage />;
  return null;
}

function App() {
  const [session, setSession] = useState<Session | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { path } = useLocation();

  const refresh = useCallback(async () => {
    try {
      // Asked at once: the party names are wanted by the first page, and a signed-out visitor's refusal is harmless.
      const [s, parties] = await Promise.all([must(api.GET('/api/session')), must(api.GET('/api/parties')).catch(() => null)]);
      setCsrfToken(s.csrfToken);
      if (parties) setParties(parties.parties);
      else if (mayRead(s)) setParties((await must(api.GET('/api/parties'))).parties);
      setSession(s);
    } catch (err) {
      setFailure((err as Error).message);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (failure) return <p class="error" role="alert">Handover could not start: {failure}</p>;
  if (session === null) return <p role="status">Loading Handover…</p>;
  const body = path === '/sign-in' || !mayRead(session) ? <SignInPage /> : (page(path) ?? <NotFound />);
  return <SessionContext.Provider value={{ session, refresh }}>{body}</SessionContext.Provider>;
}

interceptLinks();
if (location.pathname === '/') prefetchDashboard(new URLSearchParams(location.search));
render(<App />, document.getElementById('app')!);
