/**
 * A reader that has seen enough (`… | head -1`) closes the pipe, and the next write fails with
 * EPIPE. That ends the command quietly with exit 0, as Unix tools end, not with a stack trace.
 * Any other write error stays what it was: a crash that says what happened.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit(0);
    });
  }
}
