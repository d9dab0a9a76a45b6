/**
 * The parts of an error worth a log line. Not the whole object: a REST error carries the request
 * URL and body, and an interaction's URL contains its token.
 */
export function errorInfo(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const extra = error as Error & { code?: unknown; status?: unknown };
  return {
    type: error.name,
    message: error.message,
    ...(extra.code !== undefined ? { code: extra.code } : {}),
    ...(extra.status !== undefined ? { status: extra.status } : {}),
    stack: error.stack,
  };
}
