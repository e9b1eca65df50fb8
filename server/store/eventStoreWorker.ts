import { parentPort, workerData } from 'node:worker_threads';
import { createEventWriter } from './createEventWriter';
import type { WriterReply, WriterRequest } from './createEventWriter';
import { openEventDatabase } from './openEventDatabase';
import type { Durability } from './openEventDatabase';

/**
 * The event store's writer thread (started by createEventStore): it owns the only writing
 * connection, so that commits and their fsyncs never block the server's event loop. Requests are
 * handled one at a time, in the order sent.
 */
const { file, durability } = workerData as { file: string; durability: Durability };
const port = parentPort!;
const db = openEventDatabase(file, durability);
const writer = createEventWriter(db);

port.on('message', (request: WriterRequest) => {
  let reply: WriterReply;
  try {
    reply = { id: request.id, ok: true, value: handle(request) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
  if (request.type === 'close' && reply.ok) port.close();
});

function handle(request: WriterRequest): unknown {
  switch (request.type) {
    case 'append':
      return writer.append(request.events);
    case 'describeSession':
      return writer.describeSession(request.sessionId, request.kind, request.scenarioIds, request.at);
    case 'purge':
      return writer.purge(request.cutoff);
    case 'settings':
      return writer.settings();
    case 'close':
      db.close();
      return null;
  }
}
