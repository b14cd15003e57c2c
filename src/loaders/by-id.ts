/**
 * For resources Metronome only serves one id at a time (billable metrics, products, rate cards): one get per
 * distinct id, all at once (the operation's transport caps how many are in flight and never sends the same call
 * twice), each failure kept to its own key.
 */
export async function loadEachById<T>(ids: readonly string[], get: (id: string) => Promise<{ data: T }>): Promise<(T | Error)[]> {
  return Promise.all(
    ids.map((id) =>
      get(id).then(
        (answer) => answer.data,
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      ),
    ),
  );
}
