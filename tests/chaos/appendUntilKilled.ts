import { createEventStore } from '../../server/store/createEventStore';

/**
 * Child process of killRestart.test.ts: appends to the store as fast as it can, 64 appends in
 * flight over 8 sessions, and prints one line per acked (resolved) append:
 * `<sessionId> <sessionSeq> <clientEventId>`. Runs until killed.
 * Usage: node --import tsx tests/chaos/appendUntilKilled.ts <file> <round>
 */
const [file, round] = process.argv.slice(2);
if (!file || !round) throw new Error('usage: appendUntilKilled.ts <file> <round>');

const store = createEventStore({ file });
let next = 0;

function appendOne(): void {
  const n = next;
  next += 1;
  const sessionId = `session-${n % 8}`;
  const clientEventId = `r${round}-e${n}`;
  store
    .append({ sessionId, clientEventId, type: 'dialogue.choose', payload: { option: `o${n}` }, role: 'candidate' })
    .then(({ event }) => {
      // A write to a pipe is synchronous on Linux: once this returns, the parent can read the line.
      process.stdout.write(`${event.sessionId} ${event.sessionSeq} ${event.clientEventId}\n`);
      appendOne();
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

for (let i = 0; i < 64; i += 1) appendOne();
