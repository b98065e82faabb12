import { createQueryId, type CompiledQuery, type Compilable } from 'kysely';
import { dialectOf, type Db, type DialectName } from './connection.ts';

/** Stands for the i-th argument while the query is compiled once (never sent to a database). */
class Argument {
  constructor(readonly index: number) {}
}

/** Where each parameter of the compiled query comes from: an argument (its index) or a constant of the builder. */
type ParameterSource = { argument: number } | { constant: unknown };

/**
 * A query whose shape never changes between calls, written with Kysely's builder as usual but compiled
 * once per dialect: later calls only put their values in. Compiling rebuilds and walks the whole
 * operation tree; for the few selects every request runs (its session, a pushing device's bookkeeping)
 * that was a measurable share of a push (docs/performance.md, round 8).
 *
 * `build` must use each argument as a plain value (compared, inserted), never to choose the query's
 * shape: it runs once, with stand-ins for the arguments. A stand-in that does not come back as a
 * parameter (an argument used to decide the shape) fails the first call instead of running a wrong query.
 * The text is kept per dialect, as compiled-insert.ts keeps its own: every database of a dialect must
 * write a builder the same way (PostgreSQL's schema comes from the connection's search_path, not from a
 * `withSchema` plugin, which would be written into the text).
 */
export function compiledOnce<Args extends unknown[], R>(build: (db: Db, ...args: Args) => Compilable<R>) {
  const compiled = new Map<DialectName, { query: CompiledQuery<R>; sources: ParameterSource[] }>();
  const compile = (db: Db, arity: number) => {
    const standIns = Array.from({ length: arity }, (_, i) => new Argument(i)) as unknown as Args;
    const query = build(db, ...standIns).compile();
    const sources = query.parameters.map((p): ParameterSource => (p instanceof Argument ? { argument: p.index } : { constant: p }));
    const used = new Set(sources.flatMap((s) => ('argument' in s ? [s.argument] : [])));
    if (used.size !== arity) throw new Error('compiledOnce: every argument must be a parameter of the query (see its comment).');
    return { query, sources };
  };
  return async (db: Db, ...args: Args): Promise<R[]> => {
    const dialect = dialectOf(db);
    let entry = compiled.get(dialect);
    if (!entry) compiled.set(dialect, (entry = compile(db, args.length)));
    const { query, sources } = entry;
    const parameters = sources.map((s) => ('argument' in s ? args[s.argument] : s.constant));
    // A fresh id per execution, as Kysely gives every compile (plugins key their state by it).
    return (await db.executeQuery<R>({ ...query, queryId: createQueryId(), parameters })).rows;
  };
}
