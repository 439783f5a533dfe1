/**
 * Signing in with a bearer token: the county's identity provider's, or pasted from `npm
 * start`'s development tokens. On a development machine (tokens signed with the local
 * development key) the gateway also offers a token per role at /explorer/sign-in-as, shown
 * as "Sign in as" buttons; elsewhere that path answers 404 and no button is shown. The token
 * is kept for this tab and the page starts again with it; the gateway checks it on the first
 * request, and a refusal brings the reason back here.
 */
import { byId, clear, el } from './dom.ts';
import { endSession, keepSession, SessionError, sessionOf } from './session.ts';

const NOTICE = 'disclosure-tracker.explorer.notice';

/** Ends the session and starts the page again at the sign-in form, saying why. */
export function signOut(reason: string | null): void {
  endSession();
  if (reason === null) sessionStorage.removeItem(NOTICE);
  else sessionStorage.setItem(NOTICE, reason);
  location.reload();
}

export function showSignIn(): void {
  const section = byId('signin');
  const form = byId<HTMLFormElement>('signin-form');
  const error = byId('signin-error');
  section.hidden = false;
  byId('workspace').hidden = true;
  byId('explorer').dataset.state = 'signed-out';
  error.textContent = sessionStorage.getItem(NOTICE) ?? '';
  sessionStorage.removeItem(NOTICE);
  const signIn = (token: string) => {
    try {
      keepSession(sessionOf(token));
      location.reload();
    } catch (failure) {
      error.textContent = `Not signed in: ${failure instanceof SessionError ? failure.message : String(failure)}`;
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    signIn(String(new FormData(form).get('token') ?? ''));
  });
  void offerDevelopmentRoles(signIn);
}

type OfferedRole = { role: string; does: string; organisation: string; token: string };

/** "Sign in as" a development role, when the gateway offers them (development keys only). */
async function offerDevelopmentRoles(signIn: (token: string) => void): Promise<void> {
  const holder = byId('signin-as');
  let roles: OfferedRole[];
  try {
    const answer = await fetch('/explorer/sign-in-as', { cache: 'no-store' });
    if (!answer.ok) return;
    roles = ((await answer.json()) as { roles: OfferedRole[] }).roles;
  } catch {
    return;
  }
  if (roles.length === 0) return;
  clear(
    holder,
    el('h3', {}, 'Sign in as (development only)'),
    el('p', { class: 'help' }, 'This service signs tokens with its development key, so a role is one click away.'),
    ...roles.map((offered) => {
      const button = el('button', { type: 'button', class: 'sign-in-as' }, `${offered.role}: ${offered.does}`);
      button.addEventListener('click', () => signIn(offered.token));
      return button;
    }),
  );
  holder.hidden = false;
}
