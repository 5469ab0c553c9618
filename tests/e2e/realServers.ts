import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Real web servers (Debian's nginx-light, caddy and apache2), started on a loopback port with the
 * configuration the build wrote, for tests/e2e/realServers.spec.ts. Each runs in the foreground,
 * with its pid, logs and temporary files in a folder of its own, and is stopped by `close()`.
 */
export interface RealServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

export type ServerName = 'nginx' | 'caddy' | 'apache2';

/** The server's program, or null when it is not installed here. */
export function findProgram(name: ServerName): string | null {
  const candidates = {
    nginx: ['/usr/sbin/nginx'],
    caddy: ['/usr/bin/caddy'],
    apache2: ['/usr/sbin/apache2'],
  }[name];
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const which = spawnSync('which', [name], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

/** A free loopback port (asked of the system, then released for the server to take). */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Resolves once `url` answers, or rejects with the server's output. */
async function answering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${output()}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  throw new Error(`no answer from ${url}: ${output()}`);
}

async function run(program: string, args: string[], url: string, folder: string, env = {}) {
  const child = spawn(program, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await answering(url, child, () => output);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, close };
}

/**
 * nginx serving `dist`, with `include <dist>/nginx.conf` in its server block (the build's own
 * snippet), or with no headers at all (`withSnippet: false`, as GitHub Pages serves a site).
 */
export async function startNginx(dist: string, { withSnippet = true } = {}): Promise<RealServer> {
  const program = findProgram('nginx');
  if (!program) throw new Error('nginx is not installed');
  const root = resolve(dist);
  const folder = mkdtempSync(join(tmpdir(), 'cis-nginx-'));
  const port = await freePort();
  const temp = (name: string) => `${name} ${join(folder, name.replace(/_path$/, ''))};`;
  const conf = [
    'daemon off;',
    'worker_processes 1;',
    // As root, the workers would otherwise run as nobody, who may not read the checkout.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `pid ${join(folder, 'nginx.pid')};`,
    'error_log stderr;',
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    `  ${temp('client_body_temp_path')}`,
    `  ${temp('proxy_temp_path')}`,
    `  ${temp('fastcgi_temp_path')}`,
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${root};`,
    withSnippet ? `    include ${join(root, 'nginx.conf')};` : '    index index.html;',
    '  }',
    '}',
    '',
  ].join('\n');
  writeFileSync(join(folder, 'nginx.conf'), conf);
  return run(
    program,
    ['-p', folder, '-c', join(folder, 'nginx.conf')],
    `http://127.0.0.1:${port}/`,
    folder,
  );
}

/** Caddy running the build's own Caddyfile, its address and root given by the environment. */
export async function startCaddy(dist: string): Promise<RealServer> {
  const program = findProgram('caddy');
  if (!program) throw new Error('caddy is not installed');
  const root = resolve(dist);
  const folder = mkdtempSync(join(tmpdir(), 'cis-caddy-'));
  const port = await freePort();
  // Global options first (no admin endpoint, which would take port 2019, no HTTPS), then the
  // build's site block as it is.
  const conf = [
    '{',
    '\tadmin off',
    '\tauto_https off',
    '}',
    `import ${join(root, 'Caddyfile')}`,
    '',
  ];
  writeFileSync(join(folder, 'Caddyfile'), conf.join('\n'));
  return run(
    program,
    ['run', '--config', join(folder, 'Caddyfile'), '--adapter', 'caddyfile'],
    `http://127.0.0.1:${port}/`,
    folder,
    {
      CIS_ADDRESS: `http://127.0.0.1:${port}`,
      CIS_ROOT: root,
      HOME: folder,
      XDG_DATA_HOME: folder,
      XDG_CONFIG_HOME: folder,
    },
  );
}

/** The Apache modules the build's `.htaccess` uses, and what serving a folder needs. */
const APACHE_MODULES = {
  mpm_event: 'mod_mpm_event',
  authz_core: 'mod_authz_core',
  dir: 'mod_dir',
  mime: 'mod_mime',
  headers: 'mod_headers',
  rewrite: 'mod_rewrite',
  filter: 'mod_filter',
  deflate: 'mod_deflate',
};

/**
 * Apache serving `dist` as a publisher's host would: the build's `.htaccess` read from the site's
 * folder (AllowOverride All), with the modules it names loaded, Debian's own at their usual place.
 */
export async function startApache(dist: string): Promise<RealServer> {
  const program = findProgram('apache2');
  if (!program) throw new Error('apache2 is not installed');
  const folder = mkdtempSync(join(tmpdir(), 'cis-apache-'));
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  // As root, the children run as Debian's web user (Apache refuses root), who may not pass
  // through the checkout's folders (a clone under /root): they serve a copy, open to all.
  let root = resolve(dist);
  if (asRoot) {
    const site = join(folder, 'site');
    cpSync(root, site, { recursive: true });
    chmodSync(folder, 0o755);
    root = site;
  }
  const conf = [
    ...Object.entries(APACHE_MODULES).map(
      ([name, file]) => `LoadModule ${name}_module /usr/lib/apache2/modules/${file}.so`,
    ),
    ...(asRoot ? ['User www-data', 'Group www-data'] : []),
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    `PidFile ${join(folder, 'apache.pid')}`,
    `DefaultRuntimeDir ${folder}`,
    `ErrorLog ${join(folder, 'error.log')}`,
    'TypesConfig /etc/mime.types',
    `DocumentRoot ${root}`,
    `<Directory ${root}>`,
    '  AllowOverride All',
    '  Require all granted',
    '</Directory>',
    '',
  ].join('\n');
  writeFileSync(join(folder, 'apache.conf'), conf);
  return run(
    program,
    ['-f', join(folder, 'apache.conf'), '-DFOREGROUND'],
    `http://127.0.0.1:${port}/`,
    folder,
  );
}
