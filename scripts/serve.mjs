// Serves www/ (with the built package under www/vendor/) on 127.0.0.1 and prints the URL.
// Usage: node scripts/serve.mjs [--port N]   (default: $PORT or 8080, the next free port if taken)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../www', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.ts': 'text/plain; charset=utf-8',
};

export function startServer(port = 0, host = '127.0.0.1') {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://localhost');
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (path !== root && !path.startsWith(root + sep)) {
        response.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      response.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--port');
  let port = Number(index > 0 ? process.argv[index + 1] : process.env.PORT ?? 8080);
  let server;
  for (let attempt = 0; !server; attempt++) {
    try {
      server = await startServer(port);
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || attempt > 20) throw error;
      port += 1;
    }
  }
  const { port: actual } = server.address();
  console.log(`smtp-explain page: http://127.0.0.1:${actual}/`);
  console.log(`widget demos:      http://127.0.0.1:${actual}/demo/`);
  console.log('Press Ctrl+C to stop.');
}
