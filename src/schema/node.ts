/**
 * Local ids of nodes that Metronome can only fetch with more than their own id (a contract needs its customer's
 * id, an invoice too). The relay plugin turns the local id into the global one (`base64("Contract:<local>")`);
 * these join and split the parts of a local id. Parts are percent-encoded, so any id round-trips.
 */
export function compositeId(...parts: string[]): string {
  return parts.map(encodeURIComponent).join(':');
}

/** The parts of a {@link compositeId}; null when the id does not have exactly `count` parts. */
export function splitCompositeId(id: string, count: number): string[] | null {
  const parts = id.split(':');
  if (parts.length !== count || parts.some((p) => p === '')) return null;
  try {
    return parts.map(decodeURIComponent);
  } catch {
    return null;
  }
}
