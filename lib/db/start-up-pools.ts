import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Sql, TransactionSql } from "postgres";
import { inCurrentContext, inStartUpContext } from "@/lib/start-up-context";

// The database clients as drizzle sees them, with every query started in the start-up context
// (see lib/start-up-context.ts): postgres.js opens connections on demand and again after it
// recycles them (max_lifetime), and the socket and its timers would keep the request that
// happened to trigger it. Results and transaction bodies stay in the caller's context.

type Thenable = { then: unknown; catch: unknown; finally: unknown };

/** A postgres.js query that starts executing in the start-up context once it is awaited. */
function startedAtStartUp<Q extends object>(query: Q & { execute: () => unknown }): Q {
  return new Proxy(query, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== "function") return value;
      if (key === "then" || key === "catch" || key === "finally") {
        return (...args: unknown[]) => {
          inStartUpContext(() => target.execute());
          return Reflect.apply(value, target, args);
        };
      }
      return (...args: unknown[]) => {
        const result = Reflect.apply(value, target, args) as unknown;
        // `.values()`, `.raw()` and friends return the query itself: keep it wrapped.
        return result === target ? startedAtStartUp(target) : result;
      };
    },
  });
}

export function postgresAtStartUp<S extends Sql | TransactionSql>(sql: S): S {
  return new Proxy(sql, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (key === "unsafe") {
        return (...args: Parameters<Sql["unsafe"]>) =>
          startedAtStartUp(target.unsafe(...args) as ReturnType<Sql["unsafe"]> & Thenable);
      }
      if (key === "begin" || key === "savepoint") {
        return (...args: unknown[]) => {
          const body = args.pop() as (tx: TransactionSql) => unknown;
          const inCaller = inCurrentContext((tx: TransactionSql) => body(postgresAtStartUp(tx)));
          return inStartUpContext(() =>
            Reflect.apply(value as (...a: unknown[]) => unknown, target, [...args, inCaller]),
          );
        };
      }
      return value;
    },
  });
}

export function pgliteAtStartUp<C extends PGlite | Transaction>(client: C): C {
  return new Proxy(client, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== "function") return value;
      if (key === "query" || key === "exec" || key === "sql") {
        return (...args: unknown[]) =>
          inStartUpContext(() => Reflect.apply(value, target, args) as unknown);
      }
      if (key === "transaction") {
        return (body: (tx: Transaction) => unknown) => {
          const inCaller = inCurrentContext((tx: Transaction) => body(pgliteAtStartUp(tx)));
          return inStartUpContext(() => Reflect.apply(value, target, [inCaller]) as unknown);
        };
      }
      return (...args: unknown[]) => Reflect.apply(value, target, args) as unknown;
    },
  });
}
