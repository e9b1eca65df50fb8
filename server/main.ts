import { delimiter, resolve } from 'node:path';
import { networkInterfaces } from 'node:os';
import { formatDiagnostic } from '../shared/scenario/diagnostic';
import { createApp, defaultDataFile } from './createApp';
import { loadScenarioLibrary } from './scenarios/loadScenarioLibrary';

// Entry point: read the environment, listen, stop cleanly. Everything else lives in createApp.
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const dev = process.argv.includes('--dev');
// The event store (every session, durably) and the scenario folders (separated like PATH).
const dataFile = resolve(process.env.PLATEAU_DATA || defaultDataFile);
const scenarioDirs = (process.env.PLATEAU_SCENARIOS || 'scenarios').split(delimiter).filter(Boolean);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer between 0 and 65535, got "${process.env.PORT}".`);
  process.exit(1);
}

// A scenario with errors is left out of the catalogue, and said so, rather than stopping the server.
const library = await loadScenarioLibrary(scenarioDirs);
for (const entry of library) {
  if (!entry.scenario) console.warn(`Scenario left out: ${entry.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic).join('\n  ')}`);
}
const scenarios = library.flatMap((entry) => (entry.scenario ? [entry.scenario] : []));
console.log(`${scenarios.length} scenario(s) loaded from ${scenarioDirs.join(', ')}`);

// An exam records each scenario's content hash: the SHA-256 of the file the jury can reread.
const scenarioTexts = new Map(library.flatMap((entry) => (entry.scenario ? [[entry.scenario.id, entry.text] as const] : [])));
const app = createApp({ dev, scenarios, dataFile, exams: { scenarioTexts } });

try {
  const { url, port: actualPort } = await app.listen(port, host);
  console.log(`Data: ${dataFile} (${app.recovered()} session(s) resumed; set PLATEAU_DATA to use another file)`);
  console.log(`Plateau${dev ? ' (dev, hot reload)' : ''} is listening on ${url}`);
  if (host === '0.0.0.0') {
    for (const address of lanAddresses()) console.log(`  on the local network: http://${address}:${actualPort}`);
  }
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is already in use. Stop the other program or choose another port: PORT=3001 npm start`
      : error,
  );
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1); // a second Ctrl+C forces the exit
    stopping = true;
    console.log(`\n${signal} received, closing Plateau…`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((infos = []) =>
    infos.filter((info) => info.family === 'IPv4' && !info.internal).map((info) => info.address),
  );
}
