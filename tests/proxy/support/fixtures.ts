import { test as base } from "@playwright/test";
import { createScratchDatabase, postgresAvailable } from "../../unit/support/postgres";
import { startStack, type Stack } from "./stack";

// One deployment per worker (the suite runs with one): a scratch database on the test Postgres
// server, two standalone servers on it, nginx in front.
export const test = base.extend<object, { stack: Stack }>({
  stack: [
    async ({}, provide) => {
      if (!(await postgresAvailable())) throw new Error("the proxy suite needs Postgres");
      const database = await createScratchDatabase();
      const stack = await startStack(database.url);
      await provide(stack).finally(async () => {
        await stack.close();
        await database.drop();
      });
    },
    { scope: "worker", timeout: 120_000 },
  ],
});

export { expect } from "@playwright/test";
