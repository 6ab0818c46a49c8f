/** The admin's list of accounts: add one, change a role, disable or enable. */
import { useState } from 'preact/hooks';
import { ROLES, type Role } from '../../../src/domain/account';
import { api, must, type User } from '../api/client';
import { Scroll } from '../components/scroll';
import { Layout, Status } from '../components/layout';
import { formatStamp } from '../lib/format';
import { can, useSession } from '../lib/session';
import { useData } from '../lib/use-data';

function UserRow(props: { user: User; self: boolean; onChanged: (message: string) => void; onError: (message: string) => void }) {
  const u = props.user;
  const [busy, setBusy] = useState(false);
  async function patch(body: { role?: Role; disabled?: boolean }, done: string) {
    setBusy(true);
    try {
      await must(api.PATCH('/api/users/{name}', { params: { path: { name: u.name } }, body }));
      props.onChanged(done);
    } catch (err) {
      props.onError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <tr>
      <th scope="row">
        {u.name}
        {props.self && <span class="muted"> (you)</span>}
      </th>
      <td>
        <label>
          <span class="visually-hidden">Role of {u.name}</span>
          <select value={u.role} disabled={busy || props.self} onChange={(e) => patch({ role: e.currentTarget.value as Role }, `${u.name} is now ${e.currentTarget.value}`)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
      </td>
      <td>{u.disabled ? 'disabled' : 'active'}</td>
      <td>{u.hasPassword ? 'password' : 'tokens only'}</td>
      <td>{formatStamp(u.createdAt)}</td>
      <td>
        {!props.self && (
          <button type="button" class="secondary" disabled={busy} onClick={() => patch({ disabled: !u.disabled }, `${u.name} is ${u.disabled ? 'enabled' : 'disabled'}`)}>
            {u.disabled ? 'Enable' : 'Disable'}
          </button>
        )}
      </td>
    </tr>
  );
}

export function UsersPage() {
  const { session } = useSession();
  const [users, reload] = useData('users', () => must(api.GET('/api/users')));
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reader');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (!can(session, 'admin')) {
    return (
      <Layout title="Users">
        <p>Only admins see the accounts.</p>
      </Layout>
    );
  }

  async function add(e: Event) {
    e.preventDefault();
    setError(null);
    try {
      await must(api.POST('/api/users', { body: { name: name.trim(), role, ...(password ? { password } : {}) } }));
      setMessage(`added ${name.trim()} (${role})`);
      setName('');
      setPassword('');
      reload();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  const me = (session.user as User | null)?.name;
  return (
    <Layout title="Users">
      <Status loading={users.state === 'loading' && !users.data} error={users.state === 'failed' ? users.error : undefined} />
      <p role="status" class="note" hidden={!message}>
        {message}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {users.data && (
        <Scroll label="Accounts">
          <table>
            <caption class="visually-hidden">Accounts</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">State</th>
                <th scope="col">Signs in with</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((u) => (
                <UserRow
                  key={u.id}
                  user={u}
                  self={u.name === me}
                  onChanged={(m) => {
                    setMessage(m);
                    setError(null);
                    reload();
                  }}
                  onError={setError}
                />
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
      <h2 id="add-user">Add an account</h2>
      <form class="row-form" onSubmit={add} aria-labelledby="add-user">
        <label>
          Name
          <input name="name" required pattern="[a-z0-9][a-z0-9._\-]{0,63}" title="lowercase letters, digits, . _ -" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          Role
          <select name="role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          Password (at least 10 characters; none: tokens only)
          <input name="password" type="password" autocomplete="new-password" minLength={10} value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        <button type="submit">Add</button>
      </form>
    </Layout>
  );
}
