/**
 * Signing in with a bearer token: pasted from `npm start`'s development tokens or from the
 * county's identity provider. The token is kept for this tab and the page starts again
 * with it; the gateway checks it on the first request, and a refusal brings the reason back
 * here.
 */
import { byId } from './dom.ts';
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
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    try {
      keepSession(sessionOf(String(new FormData(form).get('token') ?? '')));
      location.reload();
    } catch (failure) {
      error.textContent = `Not signed in: ${failure instanceof SessionError ? failure.message : String(failure)}`;
    }
  });
}
