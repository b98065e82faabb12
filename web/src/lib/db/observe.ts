/**
 * Observing a query over the local database: Dexie's liveQuery, given an `async` querier.
 *
 * Why the wrapper: liveQuery learns which tables and keys a query read through Dexie's "zone", and it
 * only follows that zone across native `await`s when the querier itself is an `async` function (it
 * checks `Symbol.toStringTag`). An arrow that returns another function's promise — `() => listX(db)`,
 * the natural way to write a query — loses the zone at the first await inside `listX`: every read after
 * it goes unobserved and the view silently stops updating (the conflict list kept a settled conflict on
 * screen this way). Wrapping every querier in an `async` function here makes that impossible to forget.
 */
import { liveQuery, type Observable } from 'dexie';

export function observe<T>(query: () => Promise<T> | T): Observable<T> {
  return liveQuery(async () => await query());
}
