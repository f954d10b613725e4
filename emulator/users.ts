import type { EmulatorUser } from "./api/types";

// Seeded Onshape accounts. Ids are 24 lowercase hex characters, like Onshape's.
export const seededUsers: readonly EmulatorUser[] = [
  {
    id: "5c1a7e0b9f3d4a2e8b6c0d11",
    name: "Ada Lovelace",
    firstName: "Ada",
    lastName: "Lovelace",
    email: "ada@example.com",
  },
  {
    id: "5c1a7e0b9f3d4a2e8b6c0d22",
    name: "Grace Hopper",
    firstName: "Grace",
    lastName: "Hopper",
    email: "grace@example.com",
  },
  {
    id: "5c1a7e0b9f3d4a2e8b6c0d33",
    name: "Søren Ølgaard",
    firstName: "Søren",
    lastName: "Ølgaard",
    email: "soren@example.com",
    companyId: "6d2b8f1caf4e5b3f9c7d1e44",
  },
  // Never granted the app when the emulator starts and signed in by no existing test: the
  // grant flow (My account → Applications) starts from her. She can read the gearbox.
  {
    id: "5c1a7e0b9f3d4a2e8b6c0d44",
    name: "Katherine Johnson",
    firstName: "Katherine",
    lastName: "Johnson",
    email: "katherine@example.com",
  },
];
