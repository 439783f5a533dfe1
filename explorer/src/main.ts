/**
 * The auditor's explorer: sign in, then search and follow a person's, a record's or a
 * party's information through time. Served by the gateway at /explorer; it talks only to
 * the gateway's /graphql.
 */
import { createClient, type Client } from './api.ts';
import { byId, clear, el } from './dom.ts';
import { KEY_HELP } from './keyboard.ts';
import { legendList } from './legend-view.ts';
import { LEGEND } from './palette.ts';
import { Organisation } from './queries/party.ts';
import { storedSession, type Session } from './session.ts';
import { showSignIn, signOut } from './signin.ts';
import { Workspace } from './workspace.ts';

// cytoscape.js adds an inline <style> unless an element with this id exists; the content
// security policy forbids inline styles, and explorer.css positions the graph itself.
const marker = document.createElement('meta');
marker.id = '__________cytoscape_stylesheet';
document.head.append(marker);

async function start(session: Session): Promise<void> {
  const client: Client = createClient(
    () => session.token,
    (message) => signOut(`Signed out: ${message}`),
  );
  byId('signin').hidden = true;
  byId('workspace').hidden = false;
  const workspace = new Workspace(session, client);
  let name = session.organisation;
  try {
    name = (await client(Organisation, { id: session.organisation })).party?.name ?? name;
  } catch (error) {
    return workspace.fail(error);
  }
  const button = el('button', { type: 'button', id: 'sign-out' }, 'Sign out');
  button.addEventListener('click', () => signOut(null));
  clear(
    byId('who'),
    `Signed in as ${session.subject || 'unnamed'} (${session.mode}) for ${name}. `,
    session.mode === 'ANALYST' ? 'As an ANALYST you see parties and counts, never subject keys or record ids. ' : '',
    button,
  );
  const kinds = byId<HTMLSelectElement>('search-kind');
  for (const option of Array.from(kinds.options)) {
    if (session.mode !== 'AUDITOR' && (option.value === 'subject' || option.value === 'record')) option.remove();
  }
  byId('search-help').textContent =
    session.mode === 'AUDITOR'
      ? "A subject key (64 hexadecimal digits), a record id, a party's name or id, or a disclosure id."
      : "A party's name or id, or a disclosure id.";
  byId('graph-help').textContent = KEY_HELP;
  clear(byId('legend'), el('h3', {}, 'Legend'), legendList(LEGEND));
  workspace.status('Signed in. Search to begin.', 'idle');
}

const session = storedSession();
if (session === null) showSignIn();
else void start(session);
