import { describe, expect, it } from "vitest";
import { ada, soren } from "../../../emulator/seed/people";
import { seedCompanies } from "../../../emulator/seed";
import { callValid, ORIGIN } from "./api-client";

type SessionInfo = {
  id: string;
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  image: string;
  company?: { id: string; name: string };
};

describe("sessionInfo", () => {
  it("describes the token's user per BTUserOAuth2SummaryInfo", () => {
    const info = callValid<SessionInfo>("sessionInfo", "/users/sessioninfo");
    expect(info).toMatchObject({
      id: ada.id,
      name: "Ada Lovelace",
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@example.com",
    });
    expect(new URL(info.image).origin).toBe(ORIGIN);
    expect(info.company).toBeUndefined();
  });

  it("includes the company for a company account", () => {
    const info = callValid<SessionInfo>("sessionInfo", "/users/sessioninfo", "", soren);
    expect(info.name).toBe("Søren Ølgaard");
    expect(info.company).toMatchObject({
      id: seedCompanies[0]?.id,
      name: "Ølgaard Engineering ApS",
    });
  });
});
