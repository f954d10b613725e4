// Signs a user in to the app over plain HTTP (no browser), the way a browser would: Auth.js's
// CSRF token, the sign-in POST, Allow on the local Onshape's grant page, then the callback.
// Used by the benchmark and the soak script; returns the session cookie.

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  take(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const index = pair.indexOf("=");
      const value = pair.slice(index + 1);
      if (value && !/max-age=0/i.test(cookie)) this.cookies.set(pair.slice(0, index), value);
      else this.cookies.delete(pair.slice(0, index));
    }
  }
}

async function step(url: string, init: RequestInit, jar?: CookieJar): Promise<Response> {
  const headers = new Headers(init.headers);
  if (jar) headers.set("cookie", jar.header());
  const response = await fetch(url, { ...init, headers, redirect: "manual" });
  jar?.take(response);
  return response;
}

function locationOf(response: Response, what: string): string {
  const location = response.headers.get("location");
  if (!location) throw new Error(`${what}: expected a redirect, got ${response.status}`);
  return location;
}

export async function signInOverHttp(
  appUrl: string,
  emulatorUrl: string,
  userId: string,
): Promise<string> {
  const jar = new CookieJar();
  const csrf = (await (await step(`${appUrl}/api/auth/csrf`, {}, jar)).json()) as {
    csrfToken: string;
  };
  const form = { "content-type": "application/x-www-form-urlencoded", origin: appUrl };
  const signIn = await step(
    `${appUrl}/api/auth/signin/onshape`,
    {
      method: "POST",
      headers: form,
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl: `${appUrl}/` }),
    },
    jar,
  );
  const authorize = new URL(locationOf(signIn, "sign-in"));
  const grant = await step(`${emulatorUrl}/oauth/authorize`, {
    method: "POST",
    headers: form,
    body: new URLSearchParams({
      request: authorize.searchParams.toString(),
      decision: "allow",
      user: userId,
    }),
  });
  const callback = await step(locationOf(grant, "grant"), {}, jar);
  const landing = locationOf(callback, "callback");
  if (landing.includes("/auth/error")) throw new Error(`sign-in failed: ${landing}`);
  return jar.header();
}
