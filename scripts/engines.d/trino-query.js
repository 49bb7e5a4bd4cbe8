'use strict';
// Runs statements on Trino over its REST protocol, one after the other, and prints their rows as
// tab-separated lines (NULL as \N). Stops at the first failure: exits 1 with "ERROR_NAME: message"
// on a query error, 2 when Trino is unreachable. Used by scripts/engines for readiness checks;
// needs only Node (fetch is built in).
//
// Usage: node trino-query.js --port 18080 [--user engines] [--timeout 60] 'SELECT 1' ['SELECT 2' ...]

function parseArgs(argv) {
  const out = { port: process.env.MULTIDB_TRINO_PORT || '18080', user: 'engines', timeout: '60', statements: [] };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(port|user|timeout)$/.exec(argv[i]);
    if (m !== null) out[m[1]] = argv[++i];
    else out.statements.push(argv[i]);
  }
  if (out.statements.length === 0) {
    process.stderr.write('usage: trino-query.js [--port N] [--user U] [--timeout S] SQL [SQL ...]\n');
    process.exit(64);
  }
  return out;
}

function cell(value) {
  if (value === null) return '\\N';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

async function send(url, options, deadline) {
  for (;;) {
    const response = await fetch(url, { ...options, signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
    // 502/503/504: the coordinator is busy or still starting; the protocol says retry.
    if (![502, 503, 504].includes(response.status)) return response;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function run(sql, args, deadline) {
  const headers = { 'X-Trino-User': args.user, 'X-Trino-Source': 'multidb-engines' };
  let response;
  try {
    response = await send(`http://127.0.0.1:${args.port}/v1/statement`, { method: 'POST', body: sql, headers }, deadline);
  } catch (e) {
    process.stderr.write(`Trino on port ${args.port} is not reachable: ${e.cause ? e.cause.code || e.cause.message : e.message}\n`);
    process.exit(2);
  }
  if (!response.ok) {
    process.stderr.write(`HTTP ${response.status}: ${(await response.text()).slice(0, 500)}\n`);
    process.exit(2);
  }
  let body = await response.json();
  const lines = [];
  for (;;) {
    if (body.error) {
      process.stderr.write(`${body.error.errorName}: ${body.error.message}\n`);
      process.exit(1);
    }
    for (const row of body.data || []) lines.push(row.map(cell).join('\t'));
    if (!body.nextUri) break;
    if (Date.now() >= deadline) {
      await fetch(body.nextUri, { method: 'DELETE', headers }).catch(() => undefined);
      process.stderr.write(`TIMEOUT: no result within ${args.timeout} s\n`);
      process.exit(1);
    }
    body = await (await send(body.nextUri, { headers }, deadline)).json();
  }
  if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const deadline = Date.now() + Number(args.timeout) * 1000;
  for (const sql of args.statements) await run(sql, args, deadline);
}

main().catch((e) => {
  process.stderr.write(`${e.name === 'TimeoutError' ? 'TIMEOUT' : 'FAILED'}: ${e.message}\n`);
  process.exit(2);
});
