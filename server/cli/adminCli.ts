import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { userRoles, type UserRole } from '../../shared/protocol/examProtocol';
import { createAuth } from '../auth/createAuth';
import { createEventStore } from '../store/createEventStore';
import { readHiddenLine } from '../auth/readHiddenLine';

/** The data file the server and this command share, unless PLATEAU_DATA says otherwise. */
export const DEFAULT_DATA_FILE = '.data/plateau.sqlite';
export const PASSWORD_ENV = 'PLATEAU_ADMIN_PASSWORD';

const USAGE = `Usage : npm run admin -- <commande> [options]
Fichier de données : $PLATEAU_DATA, sinon ${DEFAULT_DATA_FILE}

  add-user --login L --name "Prénom Nom" --role admin|examiner|trainer
                         crée un compte ; le mot de passe (10 caractères au moins) est
                         demandé sans écho, ou lu sur l'entrée standard avec --password-stdin,
                         ou pris dans $${PASSWORD_ENV} (jamais en argument)
  list-users [--json]    liste les comptes (identifiant, rôle, nom)
  remove-user --login L  supprime un compte et ferme ses sessions
  set-password --login L change le mot de passe (mêmes sources) et ferme ses sessions
  purge --older-than 12m [--dry-run]
                         supprime les séances dont le dernier événement est plus ancien ;
                         unités : d (jours), w (semaines), m (mois de 30 jours), y (années
                         de 365 jours) ; 12m = 360 jours, sous l'année de conservation de la CNIL ;
                         --dry-run montre ce qui serait supprimé sans rien supprimer
  help                   cette aide

Codes de sortie : 0 succès, 1 échec (compte inconnu, identifiant pris…), 2 usage incorrect.
`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Where the command gets what is not in its arguments (the real process, or a test). */
export type AdminCliIo = {
  env: Readonly<Record<string, string | undefined>>;
  /** The whole standard input (for --password-stdin). */
  readStdin(): Promise<string>;
  /** Asks on the terminal without echo; null when standard input is not a terminal. */
  askHidden: ((prompt: string) => Promise<string>) | null;
  now?: () => number;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const unitDays = { d: 1, w: 7, m: 30, y: 365 } as const;

/** `12m` → 360 days in ms; null when it is not a positive whole number and a unit d, w, m or y. */
export function parseAge(text: string): number | null {
  const match = /^(\d{1,4})([dwmy])$/.exec(text.trim());
  if (!match) return null;
  const count = Number(match[1]);
  return count > 0 ? count * unitDays[match[2] as keyof typeof unitDays] * DAY_MS : null;
}

class UsageError extends Error {}

const usage = (message: string): CliResult => ({ code: 2, stdout: '', stderr: `${message}\n\n${USAGE}` });
const failure = (message: string): CliResult => ({ code: 1, stdout: '', stderr: `${message}\n` });

/** The admin command line as a function of its arguments (the bottom of the file runs it). */
export async function runAdminCli(argv: readonly string[], io: AdminCliIo): Promise<CliResult> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { code: 0, stdout: USAGE, stderr: '' };
  if (rest.some((arg) => arg === '--password' || arg.startsWith('--password='))) {
    return usage('Le mot de passe ne se donne jamais en argument (il resterait dans l’historique et la liste des processus).');
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...rest],
      options: {
        login: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        'older-than': { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const file = io.env.PLATEAU_DATA || DEFAULT_DATA_FILE;
  const now = io.now ?? Date.now;

  try {
    switch (command) {
      case 'add-user': {
        const { login, name, role } = required(values, ['login', 'name', 'role']);
        if (!(userRoles as readonly string[]).includes(role)) throw new UsageError(`Rôle inconnu « ${role} » : ${userRoles.join(', ')}.`);
        const password = await readPassword(values, io, true);
        return await withAuth(file, async (auth) => {
          const user = await auth.addUser({ login, name, role: role as UserRole, password });
          return { code: 0, stdout: `Compte créé : ${user.login} (${user.role}, ${user.name})\n`, stderr: '' };
        });
      }
      case 'list-users':
        return await withAuth(file, async (auth) => {
          const users = auth.listUsers();
          if (values.json) return { code: 0, stdout: `${JSON.stringify(users, null, 2)}\n`, stderr: '' };
          const lines = users.map((u) => `${u.login}\t${u.role}\t${u.name}`);
          return { code: 0, stdout: [...lines, `${users.length} compte(s)`].join('\n') + '\n', stderr: '' };
        });
      case 'remove-user': {
        const { login } = required(values, ['login']);
        return await withAuth(file, async (auth) => {
          const removed = auth.removeUser(login);
          if (!removed) return failure(`Aucun compte « ${login} ».`);
          return { code: 0, stdout: `Compte supprimé : ${removed.login} (${removed.role}, ${removed.name})\n`, stderr: '' };
        });
      }
      case 'set-password': {
        const { login } = required(values, ['login']);
        return await withAuth(file, async (auth) => {
          if (!auth.listUsers().some((u) => u.login.toLowerCase() === login.toLowerCase())) return failure(`Aucun compte « ${login} ».`);
          const user = await auth.setPassword(login, await readPassword(values, io, true));
          return { code: 0, stdout: `Mot de passe changé pour ${user.login} ; ses sessions sont fermées.\n`, stderr: '' };
        });
      }
      case 'purge':
        return await purge(file, String(values['older-than'] ?? ''), values['dry-run'] === true, now);
      default:
        return usage(`Commande inconnue « ${command} ».`);
    }
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    if (error instanceof ZodError) return failure(error.issues.map((issue) => `${issue.path.join('.') || 'valeur'} : ${issue.message}`).join('\n'));
    return failure(error instanceof Error ? error.message : String(error));
  }
}

function required<K extends string>(values: Record<string, unknown>, keys: readonly K[]): Record<K, string> {
  const missing = keys.filter((key) => typeof values[key] !== 'string' || values[key] === '');
  if (missing.length) throw new UsageError(`Option(s) manquante(s) : ${missing.map((key) => `--${key}`).join(', ')}.`);
  return Object.fromEntries(keys.map((key) => [key, values[key] as string])) as Record<K, string>;
}

/** --password-stdin first, then $PLATEAU_ADMIN_PASSWORD, then a prompt without echo (asked twice). */
async function readPassword(values: Record<string, unknown>, io: AdminCliIo, confirm: boolean): Promise<string> {
  if (values['password-stdin']) return (await io.readStdin()).split(/\r?\n/, 1)[0] ?? '';
  const fromEnv = io.env[PASSWORD_ENV];
  if (fromEnv) return fromEnv;
  if (!io.askHidden) {
    throw new UsageError(`Pas de mot de passe : l’entrée standard n’est pas un terminal ; utilisez --password-stdin ou $${PASSWORD_ENV}.`);
  }
  const password = await io.askHidden('Mot de passe : ');
  if (confirm && (await io.askHidden('Confirmez le mot de passe : ')) !== password) throw new Error('Les deux mots de passe diffèrent.');
  return password;
}

async function withAuth(file: string, run: (auth: ReturnType<typeof createAuth>) => Promise<CliResult>): Promise<CliResult> {
  mkdirSync(dirname(file), { recursive: true });
  const auth = createAuth({ file });
  try {
    return await run(auth);
  } finally {
    auth.close();
  }
}

async function purge(file: string, olderThan: string, dryRun: boolean, now: () => number): Promise<CliResult> {
  const ageMs = parseAge(olderThan);
  if (ageMs === null) throw new UsageError(`--older-than attend une durée comme 12m, 52w, 365d ou 1y (reçu « ${olderThan} »).`);
  mkdirSync(dirname(file), { recursive: true });
  const store = createEventStore({ file, now });
  try {
    const cutoff = now() - ageMs;
    const old = store.listSessions().filter((session) => session.lastEventAt < cutoff);
    const lines = old.map((s) => `${s.id}\t${s.kind}\tdernier événement ${new Date(s.lastEventAt).toISOString()}\t${s.lastSeq} événement(s)`);
    const limit = `antérieures au ${new Date(cutoff).toISOString()}`;
    if (dryRun) {
      const events = old.reduce((sum, s) => sum + s.lastSeq, 0);
      return { code: 0, stdout: [...lines, `À supprimer (essai, rien n’est supprimé) : ${old.length} séance(s), ${events} événement(s) ${limit}`].join('\n') + '\n', stderr: '' };
    }
    const deleted = await store.deleteSessionsOlderThan(ageMs);
    return { code: 0, stdout: [...lines, `Supprimé : ${deleted.sessions} séance(s), ${deleted.events} événement(s) ${limit}`].join('\n') + '\n', stderr: '' };
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readStdin = async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  try {
    const { code, stdout, stderr } = await runAdminCli(process.argv.slice(2), {
      env: process.env,
      readStdin,
      askHidden: process.stdin.isTTY ? (prompt) => readHiddenLine(prompt) : null,
    });
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    process.exitCode = code;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
