/** An address the app does not have. */
import { Layout } from '../components/layout';

export function NotFound() {
  return (
    <Layout title="Not found">
      <p>
        There is no page at this address. Go to the <a href="/">dashboard</a> or the <a href="/events">events</a>.
      </p>
    </Layout>
  );
}
