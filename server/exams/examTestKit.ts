import { io as connectSocket, type Socket } from 'socket.io-client';

/** Test helpers for the exam's REST and socket, against a real app at `base`. */
export function examTestKit(base: string) {
  let counter = 0;
  const newId = (prefix = 'in') => `${prefix}-${Date.now().toString(36)}-${++counter}`;

  async function http(method: string, path: string, options: { body?: unknown; cookie?: string; origin?: string } = {}) {
    const headers: Record<string, string> = {};
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.cookie) headers.Cookie = options.cookie;
    if (options.origin) headers.Origin = options.origin;
    const response = await fetch(`${base}${path}`, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
  }

  async function login(loginName: string, password: string): Promise<string> {
    const response = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login: loginName, password }) });
    if (response.status !== 200) throw new Error(`login ${loginName}: ${response.status}`);
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  }

  /** A socket that records every payload it receives (events and acks). */
  async function client(cookie?: string) {
    const socket: Socket = connectSocket(base, { transports: ['websocket'], forceNew: true, ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}) });
    const received: { event: string; args: unknown[] }[] = [];
    const waiters: { test: (event: string, payload: unknown) => boolean; resolve: () => void }[] = [];
    socket.onAny((event: string, ...args: unknown[]) => {
      received.push({ event, args });
      for (const waiter of waiters.splice(0)) {
        if (waiter.test(event, args[0])) waiter.resolve();
        else waiters.push(waiter);
      }
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return {
      socket,
      received,
      emit: async <T>(event: string, payload: unknown): Promise<T> => {
        const ack = (await socket.timeout(5000).emitWithAck(event, payload)) as T;
        received.push({ event: `ack:${event}`, args: [ack] });
        return ack;
      },
      /** Resolves once an event passing `test` arrives (from now on). */
      until: (test: (event: string, payload: unknown) => boolean, ms = 5000) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no such event')), ms);
          waiters.push({ test, resolve: () => (clearTimeout(timer), resolve()) });
        }),
      close: () => socket.disconnect(),
    };
  }

  return { base, newId, http, login, client };
}

