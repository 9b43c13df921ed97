/**
 * Runs Debian's nginx over a built site for a test: in the foreground, with its own prefix, pid,
 * logs and temp folders in a temporary directory, on loopback ports the OS chose. The generated
 * dist/nginx.conf is used as it is, except the lines a deployer changes ("# CHANGE:"), which get the
 * test's ports, certificate and root, as the README tells a deployer to do.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port: number, child: ChildProcess, log: () => string, timeout = 10_000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`nginx exited with ${child.exitCode}:\n${log()}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() - start > timeout) reject(new Error(`nginx did not listen on ${port}:\n${log()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export interface RunningNginx {
  httpPort: number;
  httpsPort: number;
  /** The self-signed certificate, for the client to trust. */
  ca: Buffer;
  /** The configuration nginx ran, after the deployer's lines were filled in. */
  config: string;
  stop(): Promise<void>;
}

/** What each "# CHANGE:" line becomes in the test, by its directive. */
function deployerLines(config: string, values: { httpPort: number; httpsPort: number; root: string; cert: string; key: string }): string {
  const replaced = new Set<string>();
  const result = config
    .split('\n')
    .flatMap((line) => {
      if (!line.includes('# CHANGE:') || line.trim().startsWith('#')) return [line];
      const [, indent, directive, args] = /^(\s*)(\S+)\s+(.*?);/.exec(line) ?? [];
      replaced.add(directive!);
      if (directive === 'listen') {
        if (args!.startsWith('[::]')) return []; // the README: delete the IPv6 lines where there is none
        return [`${indent}listen 127.0.0.1:${args!.includes('ssl') ? `${values.httpsPort} ${args!.replace(/^\d+\s*/, '')}` : values.httpPort};`];
      }
      if (directive === 'server_name') return [line];
      if (directive === 'ssl_certificate') return [`${indent}ssl_certificate ${values.cert};`];
      if (directive === 'ssl_certificate_key') return [`${indent}ssl_certificate_key ${values.key};`];
      if (directive === 'root') return [`${indent}root ${values.root};`];
      throw new Error(`unexpected deployer line: ${line}`);
    })
    .join('\n');
  for (const directive of ['listen', 'server_name', 'ssl_certificate', 'ssl_certificate_key', 'root']) {
    if (!replaced.has(directive)) throw new Error(`the generated configuration has no "# CHANGE:" line for ${directive}`);
  }
  return result;
}

export async function startNginx(options: { nginx: string; openssl: string; siteConfig: string; root: string }): Promise<RunningNginx> {
  const work = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  // nginx's workers drop to an unprivileged user when it runs as root, and then cannot read a site
  // inside a checkout that only root may enter (a CI clone in a mode-700 temp folder): as root, the
  // workers stay root. The work folder is readable for the other case too.
  const runsAsRoot = process.getuid?.() === 0;
  chmodSync(work, 0o755);
  const cert = join(work, 'cert.pem');
  const key = join(work, 'key.pem');
  const made = spawnSync(options.openssl, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', cert], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate:\n${made.stderr}`);
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const config = deployerLines(options.siteConfig, { httpPort, httpsPort, root: options.root, cert, key });
  writeFileSync(join(work, 'site.conf'), config);
  for (const folder of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) mkdirSync(join(work, folder));
  // The http {} block of Debian's nginx.conf, minus what needs root (logs in /var/log, the pid in /run).
  writeFileSync(
    join(work, 'nginx.conf'),
    `daemon off;
${runsAsRoot ? 'user root root;\n' : ''}worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/client_body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/site.conf;
}
`,
  );
  const test = spawnSync(options.nginx, ['-t', '-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'logs/error.log')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejects the generated configuration:\n${test.stderr}\n${config}`);
  const child = spawn(options.nginx, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'logs/error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const log = () => `${stderr}${(() => { try { return readFileSync(join(work, 'logs/error.log'), 'utf8'); } catch { return ''; } })()}`;
  await waitForPort(httpsPort, child, log);
  await waitForPort(httpPort, child, log);
  return {
    httpPort,
    httpsPort,
    ca: readFileSync(cert),
    config,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM'); // nginx's "fast shutdown"
        await exited;
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}
