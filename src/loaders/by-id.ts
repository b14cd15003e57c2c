/**
 * For resources Metronome only serves one at a time (billable metrics, products, rate cards; invoices and customer
 * alerts, whose keys are more than an id): one get per key, all at once (the operation's transport caps how many are in flight and never sends the same call
 * twice), each failure kept to its own key.
 */
export async function loadEachById<K, T>(ids: readonly K[], get: (id: K) => Promise<{ data: T }>): Promise<(T | Error)[]> {
  return Promise.all(
    ids.map((id) =>
      get(id).then(
        (answer) => answer.data,
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      ),
    ),
  );
}
