import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
// eslint-disable-next-line no-restricted-imports -- the test plays the server's side of the protocol over a real socket.
import { Server, type Socket as ServerSocket } from 'socket.io';
import { io } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CallCommand, CommandAck, JoinAck } from '../../../shared/protocol/callProtocol';
import { callRefusals } from '../../../shared/session/callRefusals';
import { outboxStorageKey, readOutbox } from './callOutbox';
import { callSessionReducer, initialCallSessionState, type CallSessionState } from './callSessionReducer';
import { createCallConnection, type CallConnection, type CallSocket } from './createCallConnection';
import { testView } from './testView';

// The connection against a real socket.io server on a free port, playing the protocol's server
// side: join acks with the view, commands ack once per id (a duplicate is a no-op), and can be
// made to stay silent or refuse.

function memoryStorage() {
  const values = new Map<string, string>();
  return { values, getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v), removeItem: (k: string) => void values.delete(k) };
}

async function waitUntil(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('createCallConnection', () => {
  let server: Server;
  let url: string;
  let received: CallCommand[];
  let applied: Set<string>;
  let joins: number;
  let silentOnce: Set<string>;
  let refuse: Set<string>;
  let tooFast: Map<string, number>;
  let sockets: ServerSocket[];
  let connections: CallConnection[];

  beforeEach(async () => {
    received = [];
    applied = new Set();
    joins = 0;
    silentOnce = new Set();
    refuse = new Set();
    tooFast = new Map();
    sockets = [];
    connections = [];
    const http = createServer();
    server = new Server(http);
    server.on('connection', (socket) => {
      sockets.push(socket);
      socket.on('session:join', ({ sessionId }: { sessionId: string }, ack: (a: JoinAck) => void) => {
        joins += 1;
        if (sessionId !== 's1') return ack({ ok: false, error: { code: 'not_found', message: { fr: 'Séance inconnue.', en: 'Unknown session.' } } });
        void socket.join(sessionId);
        ack({ ok: true, view: testView({ serverNow: Date.now(), transcript: [...applied].map((id) => ({ by: 'candidate', text: { fr: id, en: id }, at: 0 })) }) });
      });
      socket.on('call:command', (command: CallCommand, ack: (a: CommandAck) => void) => {
        received.push(command);
        if (silentOnce.delete(command.type)) return;
        const limited = tooFast.get(command.type) ?? 0;
        if (limited > 0) {
          tooFast.set(command.type, limited - 1);
          return ack({ ok: false, error: callRefusals.tooFast });
        }
        if (refuse.has(command.type)) return ack({ ok: false, error: { code: 'bad_phase', message: { fr: 'Pas maintenant.', en: 'Not now.' } } });
        const duplicate = applied.has(command.id);
        applied.add(command.id);
        ack({ ok: true, seq: applied.size, duplicate });
        if (!duplicate) server.to('s1').emit('session:view', testView({ serverNow: Date.now(), phase: 'connected' }));
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    for (const connection of connections) connection.close();
    await server.close();
  });

  function connect(storage = memoryStorage(), sessionId = 's1') {
    const box: { state: CallSessionState } = { state: initialCallSessionState };
    const connection = createCallConnection({
      sessionId,
      storage,
      ackTimeoutMs: 200,
      dispatch: (action) => (box.state = callSessionReducer(box.state, action)),
      openSocket: async () => io(url, { transports: ['websocket'], reconnectionDelay: 20, reconnectionDelayMax: 50 }) as unknown as CallSocket,
    });
    connections.push(connection);
    return { box, connection, storage };
  }

  test('joins, renders the view, sends a command once acked and empties the outbox', async () => {
    const { box, connection, storage } = connect();
    await waitUntil(() => box.state.view !== null);
    expect(box.state.connection).toBe('online');
    const id = connection.send({ type: 'call.answer' });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    await waitUntil(() => box.state.view?.phase === 'connected' && box.state.pending === 0);
    expect(received).toEqual([{ id, type: 'call.answer' }]);
    expect(storage.values.has(outboxStorageKey('s1'))).toBe(false);
  });

  test('an unanswered command is sent again with the same id, and the duplicate is harmless', async () => {
    const { box, connection } = connect();
    await waitUntil(() => box.state.view !== null);
    silentOnce.add('call.answer');
    const id = connection.send({ type: 'call.answer' });
    connection.send({ type: 'call.hold' });
    await waitUntil(() => box.state.pending === 0, 5000);
    expect(received.map((command) => [command.id === id, command.type])).toEqual([
      [true, 'call.answer'],
      [true, 'call.answer'],
      [false, 'call.hold'],
    ]);
  });

  test('commands issued while the link is down go after the automatic rejoin, which shows the fresh view', async () => {
    const { box, connection } = connect();
    await waitUntil(() => box.state.view !== null);
    sockets[0]!.conn.close(); // the link drops (as when the network or the server goes); the client reconnects by itself
    await waitUntil(() => box.state.connection === 'offline');
    const id = connection.send({ type: 'call.answer' });
    await waitUntil(() => joins === 2 && box.state.pending === 0);
    expect(received.map((command) => command.id)).toEqual([id]);
    expect(box.state.connection).toBe('online');
  });

  test('a command refused for coming too fast is sent again after a pause, not dropped', async () => {
    const { box, connection } = connect();
    await waitUntil(() => box.state.view !== null);
    tooFast.set('call.hold', 2);
    const id = connection.send({ type: 'call.hold' });
    connection.send({ type: 'call.resume' });
    await waitUntil(() => box.state.pending === 0);
    expect(received.map((command) => [command.id === id, command.type])).toEqual([
      [true, 'call.hold'],
      [true, 'call.hold'],
      [true, 'call.hold'],
      [false, 'call.resume'],
    ]);
    expect(applied.has(id)).toBe(true);
    expect(box.state.commandError).toBeNull();
  });

  test('a reload sends what the previous page left unacknowledged', async () => {
    const storage = memoryStorage();
    const first = connect(storage);
    await waitUntil(() => first.box.state.view !== null);
    silentOnce.add('call.answer');
    const id = first.connection.send({ type: 'call.answer' });
    await waitUntil(() => received.length === 1);
    first.connection.close(); // the page goes away before the ack
    expect(readOutbox(storage, 's1').map((entry) => entry.command.id)).toEqual([id]);

    const second = connect(storage);
    await waitUntil(() => second.box.state.pending === 0 && applied.has(id));
    expect(received.map((command) => command.id)).toEqual([id, id]);
  });

  test('a refused command is dropped and its French message shown; an unknown session is a join error', async () => {
    const { box, connection } = connect();
    await waitUntil(() => box.state.view !== null);
    refuse.add('call.hold');
    connection.send({ type: 'call.hold' });
    await waitUntil(() => box.state.commandError !== null);
    expect(box.state.commandError?.message.fr).toBe('Pas maintenant.');
    expect(box.state.pending).toBe(0);

    const other = connect(memoryStorage(), 'nope');
    await waitUntil(() => other.box.state.joinError !== null);
    expect(other.box.state.joinError?.code).toBe('not_found');
  });
});
