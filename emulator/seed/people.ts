import type { EmulatorUser } from "../api/types";
import { seededUsers } from "../users";

// Named handles on the seeded users, so seed files read "owner: ada" instead of an index.
function userAt(index: number): EmulatorUser {
  const user = seededUsers[index];
  if (!user) throw new Error(`emulator/users.ts has no user #${index}`);
  return user;
}

export const ada = userAt(0);
export const grace = userAt(1);
export const soren = userAt(2);
export const katherine = userAt(3);
