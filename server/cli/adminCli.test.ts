import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/passwordHash';
import { createEventStore } from '../store/createEventStore';
import { parseAge, runAdminCli } from './adminCli';

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs `npm run admin -- …`'s script as a real process on `file`, with `stdin` piped in. */
function admin(file: string, args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'server/cli/adminCli.ts', ...args], {
      env: { ...process.env, PLATEAU_DATA: file, PLATEAU_ADMIN_PASSWORD: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'plateau-admin-')), 'data', 'plateau.sqlite');
const storedHash = (file: string, login: string) => {
  const db = new Database(file, { readonly: true });
  const row = db.prepare('SELECT password_hash FROM users WHERE login = ?').get(login) as { password_hash: string } | undefined;
  db.close();
  return row?.password_hash;
};

describe('npm run admin (real process)', () => {
  it('add-user reads the password from a pipe, stores only its scrypt hash, and refuses a password argument', async () => {
    const file = tempFile();
    const added = await admin(file, ['add-user', '--login', 'cmartin', '--name', 'Claire Martin', '--role', 'examiner', '--password-stdin'], {
      stdin: 'correct horse battery\n',
    });
    expect(added).toMatchObject({ code: 0, stdout: 'Compte créé : cmartin (examiner, Claire Martin)\n' });
    const hash = storedHash(file, 'cmartin')!;
    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);

    const listed = await admin(file, ['list-users', '--json']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([{ id: expect.any(String), login: 'cmartin', name: 'Claire Martin', role: 'examiner' }]);

    const argument = await admin(file, ['add-user', '--login', 'x1', '--name', 'X', '--role', 'admin', '--password', 'correct horse battery']);
    expect(argument.code).toBe(2);
    expect(argument.stderr).toContain('jamais en argument');
    expect(storedHash(file, 'x1')).toBeUndefined();
  }, 60_000);

  it('takes the password from PLATEAU_ADMIN_PASSWORD; exits 1 on a taken login or a short password, 2 with no password source', async () => {
    const file = tempFile();
    const env = { PLATEAU_ADMIN_PASSWORD: 'another long password' };
    expect((await admin(file, ['add-user', '--login', 'admin', '--name', 'Admin', '--role', 'admin'], { env })).code).toBe(0);
    const taken = await admin(file, ['add-user', '--login', 'ADMIN', '--name', 'Other', '--role', 'trainer'], { env });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('already taken');
    const none = await admin(file, ['add-user', '--login', 'leroy', '--name', 'L', '--role', 'trainer']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--password-stdin');
    expect((await admin(file, ['list-users'])).stdout).toBe('admin\tadmin\tAdmin\n1 compte(s)\n');
  }, 60_000);

  it('set-password changes the hash; remove-user removes, and exits 1 for an unknown login', async () => {
    const file = tempFile();
    await admin(file, ['add-user', '--login', 'durand', '--name', 'Paul Durand', '--role', 'trainer', '--password-stdin'], { stdin: 'first long password' });
    const changed = await admin(file, ['set-password', '--login', 'Durand', '--password-stdin'], { stdin: 'second long password\n' });
    expect(changed.code).toBe(0);
    expect(await verifyPassword('second long password', storedHash(file, 'durand')!)).toBe(true);
    expect((await admin(file, ['remove-user', '--login', 'durand'])).stdout).toBe('Compte supprimé : durand (trainer, Paul Durand)\n');
    expect(storedHash(file, 'durand')).toBeUndefined();
    const unknown = await admin(file, ['remove-user', '--login', 'durand']);
    expect(unknown).toMatchObject({ code: 1, stderr: 'Aucun compte « durand ».\n' });
  }, 60_000);

  it('purge --older-than 12m: --dry-run lists and keeps; then deletes exactly the sessions idle for more than 360 days', async () => {
    const file = tempFile();
    await admin(file, ['list-users']); // creates the folder and the file
    const day = 24 * 3600_000;
    const store = createEventStore({ file });
    const ages = { old: 400, borderline: 361, recent: 359 } as const;
    for (const [id, days] of Object.entries(ages)) {
      await store.append({ sessionId: id, type: 'session.created', payload: {}, role: 'server', at: Date.now() - days * day });
      await store.append({ sessionId: id, type: 'call.command', payload: {}, role: 'candidate', at: Date.now() - days * day + 1000 });
    }
    await store.close();

    const dry = await admin(file, ['purge', '--older-than', '12m', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^old\tpractice\tdernier événement \S+\t2 événement\(s\)\nborderline\t/);
    expect(dry.stdout).toContain('À supprimer (essai, rien n’est supprimé) : 2 séance(s), 4 événement(s)');
    const kept = createEventStore({ file });
    expect(kept.listSessions().map((s) => s.id).sort()).toEqual(['borderline', 'old', 'recent']);
    await kept.close();

    const purged = await admin(file, ['purge', '--older-than', '12m']);
    expect(purged.code).toBe(0);
    expect(purged.stdout).toContain('Supprimé : 2 séance(s), 4 événement(s)');
    const after = createEventStore({ file });
    expect(after.listSessions().map((s) => s.id)).toEqual(['recent']);
    expect(after.readSession('old')).toEqual([]);
    await after.close();
  }, 60_000);

  it('help exits 0 and lists every command', async () => {
    const help = await admin(tempFile(), ['help']);
    expect(help.code).toBe(0);
    for (const command of ['add-user', 'list-users', 'remove-user', 'set-password', 'purge']) expect(help.stdout).toContain(command);
  }, 60_000);
});

describe('runAdminCli', () => {
  const ioFor = (file: string, env: Record<string, string> = {}) => ({ env: { PLATEAU_DATA: file, ...env }, readStdin: async () => '', askHidden: null });

  it('exits 2 on an unknown command, option, role or age, and 1 on a short password or an unknown login', async () => {
    const file = tempFile();
    const io = ioFor(file, { PLATEAU_ADMIN_PASSWORD: 'long enough password' });
    expect((await runAdminCli(['frobnicate'], io)).code).toBe(2);
    expect((await runAdminCli(['list-users', '--everything'], io)).code).toBe(2);
    expect((await runAdminCli(['add-user', '--login', 'leroy', '--name', 'L', '--role', 'root'], io)).code).toBe(2);
    expect((await runAdminCli(['add-user', '--login', 'leroy', '--name', 'L'], io)).stderr).toMatch(/^Option\(s\) manquante\(s\) : --role\./);
    expect((await runAdminCli(['purge', '--older-than', '12 months'], io)).code).toBe(2);
    const short = await runAdminCli(['add-user', '--login', 'leroy', '--name', 'L', '--role', 'trainer'], ioFor(file, { PLATEAU_ADMIN_PASSWORD: 'short' }));
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('password');
    expect((await runAdminCli(['set-password', '--login', 'nobody'], io)).code).toBe(1);
    expect(JSON.parse((await runAdminCli(['list-users', '--json'], io)).stdout)).toEqual([]);
  }, 20_000);

  it('asks twice on a terminal, and refuses two different answers', async () => {
    const file = tempFile();
    const answers = ['typed long password', 'typed long passwrod'];
    const io = { ...ioFor(file), askHidden: async () => answers.shift()! };
    const result = await runAdminCli(['add-user', '--login', 'leroy', '--name', 'Anne Leroy', '--role', 'trainer'], io);
    expect(result).toMatchObject({ code: 1, stderr: 'Les deux mots de passe diffèrent.\n' });
    const same = ['typed long password', 'typed long password'];
    const ok = await runAdminCli(['add-user', '--login', 'leroy', '--name', 'Anne Leroy', '--role', 'trainer'], { ...io, askHidden: async () => same.shift()! });
    expect(ok.code).toBe(0);
  }, 20_000);

  it('parses ages in days, weeks, months of 30 days and years of 365 days', () => {
    const day = 24 * 3600_000;
    expect([parseAge('30d'), parseAge('2w'), parseAge('12m'), parseAge('1y')]).toEqual([30 * day, 14 * day, 360 * day, 365 * day]);
    for (const bad of ['', '12', 'm', '0m', '-1m', '1.5y', '12 months']) expect(parseAge(bad), bad).toBeNull();
  });
});
