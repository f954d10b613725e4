import type { SignInFailure } from "./sign-in-failure";

// What the error page tells the user for each way sign-in can fail. Details for the
// developer go to the server log, never to the page.
export const failureMessages: Record<SignInFailure, { title: string; body: string }> = {
  denied: {
    title: "You did not allow access",
    body: "You pressed Deny on Onshape's page, so nothing was shared with this app. Sign in again whenever you want to allow it.",
  },
  "provider-error": {
    title: "Onshape refused the sign-in",
    body: "Onshape answered the sign-in request with an error. Try again; if it keeps happening, the app's registration in Onshape may need attention.",
  },
  "token-rejected": {
    title: "Sign-in failed",
    body: "Onshape did not accept this app's credentials when exchanging the sign-in code. If you run this app, check AUTH_ONSHAPE_ID and AUTH_ONSHAPE_SECRET; the server log shows Onshape's answer.",
  },
  "code-rejected": {
    title: "Sign-in failed",
    body: "Onshape refused the sign-in code: it had expired or was already used. Start sign-in again.",
  },
  "onshape-unreachable": {
    title: "Onshape could not be reached",
    body: "The app could not connect to Onshape to finish signing you in. Check your connection or Onshape's status, then try again.",
  },
  "onshape-error": {
    title: "Onshape had a problem",
    body: "Onshape answered with a server error while signing you in. This is usually brief: try again in a moment.",
  },
  "state-mismatch": {
    title: "This sign-in link is not valid",
    body: "The sign-in response did not match a sign-in started in this browser: it was already used, expired, or came from somewhere else. For your safety it was refused. Start sign-in again.",
  },
  "profile-failed": {
    title: "Could not read your Onshape profile",
    body: "Onshape signed you in, but reading your account details failed. Try again; if it keeps happening, check that the app has the OAuth2ReadPII scope.",
  },
  unknown: {
    title: "Sign-in failed",
    body: "Something went wrong while signing you in. Try again; the server log has the details.",
  },
};
