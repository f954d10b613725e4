import type { IncomingMessage } from "node:http";
import type { EmulatorUser } from "./api/types";
import { parseCookies } from "./http";
import type { EmulatorState } from "./state";

// Who is signed in to the local Onshape in this browser: the grant page sets the cookie,
// the document pages and My account → Applications read it.

export const userCookie = "onshape_emulator_user";

export function signedInUser(state: EmulatorState, req: IncomingMessage): EmulatorUser | undefined {
  const id = parseCookies(req.headers.cookie)[userCookie];
  return id ? state.users.get(id) : undefined;
}

export const userCookieHeader = (userId: string) =>
  `${userCookie}=${userId}; Path=/; HttpOnly; SameSite=Lax`;
