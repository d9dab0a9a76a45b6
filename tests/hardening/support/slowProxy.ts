import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SlowProxy {
  /** Pass as DISCORD_API_URL: `http://127.0.0.1:PORT/api`. */
  readonly apiUrl: string;
  /** Holds each matching request this long before passing it on (the network being slow). */
  slowDown(pattern: RegExp, ms: number): void;
  /** Resolves when a request matching `pattern` has arrived (and is being held). */
  arrived(pattern: RegExp): Promise<void>;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of the fake Discord's REST API, to keep a reply in flight for as long as a
 * test needs. The gateway is not proxied: /gateway/bot names the fake's own WebSocket URL.
 */
export async function startSlowProxy(targetApiUrl: string): Promise<SlowProxy> {
  const target = new URL(targetApiUrl);
  const rules: { pattern: RegExp; ms: number }[] = [];
  const seen: string[] = [];
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];

  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse): void => {
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    upstream.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = req.url ?? "";
      seen.push(path);
      for (const waiter of waiters.filter((w) => w.pattern.test(path))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      const delay = rules.find((rule) => rule.pattern.test(path))?.ms ?? 0;
      // A caller that hangs up meanwhile (a process that exits) loses its request, as on a real network.
      let gone = false;
      res.on("close", () => (gone = !res.writableFinished));
      setTimeout(() => {
        if (!gone) forward(req, Buffer.concat(chunks), res);
      }, delay);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    slowDown: (pattern, ms) => rules.push({ pattern, ms }),
    arrived: (pattern) =>
      seen.some((path) => pattern.test(path)) ? Promise.resolve() : new Promise((resolve) => waiters.push({ pattern, resolve })),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
