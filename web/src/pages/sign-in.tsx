/** Signing in with a name and password; the session cookie is HttpOnly, the CSRF token kept in memory. */
import { useState } from 'preact/hooks';
import { api, ApiFailure, must, setCsrfToken } from '../api/client';
import { Layout } from '../components/layout';
import { navigate, useLocation } from '../lib/router';
import { mayRead, useSession } from '../lib/session';

export function SignInPage() {
  const { session, refresh } = useSession();
  const { path, query } = useLocation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const user = session.user as typeof session.user | null;

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const s = await must(api.POST('/api/session', { body: { name: name.trim(), password } }));
      setCsrfToken(s.csrfToken);
      await refresh();
      const next = query.get('next');
      // Only addresses inside the app: a crafted link cannot send a person elsewhere after signing in.
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : path === '/sign-in' ? '/' : path);
    } catch (err) {
      setError(err instanceof ApiFailure && err.status === 401 ? 'That name and password do not match an account.' : (err as Error).message);
      setBusy(false);
    }
  }

  return (
    <Layout title="Sign in">
      {!mayRead(session) && <p>Reading this ledger needs an account. Ask an admin for one.</p>}
      {user?.name && <p>You are signed in as {user.name}. Sign in below as someone else, or go to the <a href="/">dashboard</a>.</p>}
      <form class="narrow stack" onSubmit={submit}>
        <label>
          Name
          <input name="name" autocomplete="username" required value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          Password
          <input name="password" type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </Layout>
  );
}
