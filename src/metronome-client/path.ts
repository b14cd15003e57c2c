/** A concrete request path and the contract template it was built from. */
export interface ResolvedPath {
  path: string;
  /** The contract's spelling, e.g. `/v1/customers/{customer_id}`. */
  template: string;
}

/**
 * Fills a contract path template, percent-encoding every segment so that an id can never change the route
 * (`a/b` stays one segment, `..` stays literal). An empty segment is refused: `/v1/customers/` would silently
 * become the list endpoint.
 */
export function resolvePath(template: string, params: Record<string, string>): ResolvedPath {
  const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (typeof value !== 'string' || value === '') throw new TypeError(`${name} must be a non-empty string for ${template}`);
    return encodeURIComponent(value);
  });
  return { path, template };
}
