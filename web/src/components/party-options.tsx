/** The known parties as <option>s, sides first, then mediators; loaded once per page view. */
import { api, must } from '../api/client';
import { useData } from '../lib/use-data';

export function PartyOptions() {
  const [parties] = useData('parties', () => must(api.GET('/api/parties')));
  const list = [...(parties.data?.parties ?? [])].sort((a, b) => (a.kind !== b.kind ? (a.kind === 'side' ? -1 : 1) : a.name.localeCompare(b.name)));
  return (
    <>
      {list.map((p) => (
        <option key={p.slug} value={p.slug}>
          {p.name}
          {p.kind === 'mediator' ? ' (mediator)' : ''}
        </option>
      ))}
    </>
  );
}
