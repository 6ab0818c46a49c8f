/** The page at / until the web app is built: what this server is and where to go from here. */
export function placeholderPage(isPublic: boolean): string {
  const reading = isPublic
    ? 'Anyone may read the ledger here: <a href="/api/events">/api/events</a>, <a href="/api/totals?by=year">/api/totals</a>.'
    : 'Reading needs an account: <code>handover user add NAME --role reader</code>, then sign in (POST /api/session) or use a token (<code>handover user token NAME</code>).';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Handover</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; color: #1d1d1f; }
code { background: #f2f2f4; padding: 0 .25em; border-radius: 3px; }
a { color: #0b57d0; }
</style>
</head>
<body>
<h1>Handover</h1>
<p>A reviewed, source-attributed ledger of humanitarian exchanges in war: prisoners of war, detained civilians, deported children and the remains of the fallen.</p>
<p>${reading}</p>
<p>The API and its interactive documentation: <a href="/docs">/docs</a> (the description itself: <a href="/openapi.json">/openapi.json</a>).</p>
<p>The web app is not built yet; once it is, it is served from this address.</p>
</body>
</html>
`;
}
