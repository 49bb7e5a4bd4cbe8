'use strict';
// A ClickHouse-HTTP-compatible endpoint over embedded chDB (the real ClickHouse engine as a
// library), so that the official Java clients and Trino's clickhouse connector can run the tests
// against real ClickHouse semantics on machines without a ClickHouse server.
//
// Usage: node server.js --port 18123 --data <dir> [--host 127.0.0.1]
//
// One chDB connection, one data folder, one query at a time: chDB binds one data folder per
// process and keeps settings and the current database on the connection, so requests are
// serialised and every request restores the connection state it changed.

const http = require('http');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
// The native binding, below chdb's JS wrapper: its queryBind re-escapes parameter values, the
// native async entry point hands them to the engine's binder unchanged (what a server does).
const { loadNative } = require(path.join(path.dirname(require.resolve('chdb/package.json')), 'dist', 'loader.js'));
const { classify } = require('./sql.js');
const { compressBlocks } = require('./compressed.js');

const args = parseArgs(process.argv.slice(2));
const HOST = args.host || '127.0.0.1';
const PORT = Number(args.port || process.env.MULTIDB_CH_PORT || 18123);
const DATA_DIR = path.resolve(args.data || path.join(__dirname, '.data'));
const DEFAULT_MAX_EXECUTION_TIME = Number(process.env.MULTIDB_CH_MAX_EXECUTION_TIME || 60);
// MULTIDB_CH_TRACE=1 logs every request's URL and ClickHouse headers (to see what a client sends).
const TRACE = process.env.MULTIDB_CH_TRACE === '1';

// Connection defaults that differ from chDB's clickhouse-local flavour, so answers look like a
// server's; request settings are reset to these values (or to DEFAULT) after each request.
const BASELINE = {
  max_execution_time: String(DEFAULT_MAX_EXECUTION_TIME),
  output_format_json_quote_64bit_integers: '1',
  session_timezone: 'UTC',
  implicit_select: '0',
};

// URL parameters of the HTTP interface that are not settings.
const HTTP_ONLY_PARAMS = new Set([
  'query', 'database', 'default_format', 'query_id', 'user', 'password', 'quota_key', 'compress',
  'decompress', 'session_id', 'session_timeout', 'session_check', 'buffer_size', 'wait_end_of_query',
  'role', 'client_protocol_version', 'with_stacktrace', 'stacktrace',
  // The clients send readonly=1/2 to mark reads; chDB would then refuse to reset it, and the
  // endpoint serves tests only, so it is accepted and ignored.
  'readonly',
]);

const CONTENT_TYPES = {
  TabSeparated: 'text/tab-separated-values; charset=UTF-8',
  TSV: 'text/tab-separated-values; charset=UTF-8',
  TabSeparatedWithNames: 'text/tab-separated-values; charset=UTF-8',
  TSVWithNames: 'text/tab-separated-values; charset=UTF-8',
  TabSeparatedWithNamesAndTypes: 'text/tab-separated-values; charset=UTF-8',
  TSVWithNamesAndTypes: 'text/tab-separated-values; charset=UTF-8',
  CSV: 'text/csv; charset=UTF-8; header=absent',
  CSVWithNames: 'text/csv; charset=UTF-8; header=present',
  JSON: 'application/json; charset=UTF-8',
  JSONCompact: 'application/json; charset=UTF-8',
  JSONEachRow: 'application/x-ndjson; charset=UTF-8',
  JSONCompactEachRow: 'application/x-ndjson; charset=UTF-8',
  JSONStrings: 'application/json; charset=UTF-8',
};

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_.]*$/;

class EndpointError extends Error {
  constructor(code, name, message) {
    super(`Code: ${code}. DB::Exception: ${message}. (${name})`);
    this.clickhouseCode = code;
  }
}

const native = loadNative();
fs.mkdirSync(DATA_DIR, { recursive: true });
const connection = native.CreateConnection(DATA_DIR);
const engineVersion = textOf(native.QueryWithConnection(connection, 'SELECT version()', 'TSV')).trim();
let queue = Promise.resolve();

function textOf(result) {
  if (typeof result === 'string') return result;
  return Buffer.from(result.bytes || result).toString('utf8');
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
    if (m === null) throw new Error(`unexpected argument ${argv[i]}`);
    out[m[1]] = m[2] !== undefined ? m[2] : argv[++i];
  }
  return out;
}

function quoteLiteral(value) {
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function quoteIdentifier(name) {
  return '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
}

function errorCodeOf(error) {
  if (error.clickhouseCode !== undefined) return error.clickhouseCode;
  const m = /^Code:\s*(\d+)\./.exec(error.message || '');
  return m ? Number(m[1]) : 1002;
}

function errorBodyOf(error) {
  const message = String(error.message || error);
  return /^Code:\s*\d+\./.test(message) ? message : `Code: 1002. DB::Exception: ${message}. (UNKNOWN_EXCEPTION)`;
}

// Runs fn with exclusive use of the connection.
function serialised(fn) {
  const run = queue.then(fn, fn);
  queue = run.then(() => undefined, () => undefined);
  return run;
}

async function exec(sql, format = 'TSV', params = undefined) {
  try {
    return params === undefined
      ? await native.QueryAsyncConnection(connection, sql, format)
      : await native.QueryAsyncConnection(connection, sql, format, params);
  } catch (e) {
    await clearAfterError();
    throw e;
  }
}

// chDB prepends output a failed query had already produced to the next result; an empty query
// right after an error flushes it.
async function clearAfterError() {
  try {
    await native.QueryAsyncConnection(connection, 'SELECT 1 FORMAT Null', 'TSV');
  } catch (_) {
    // the flush is best effort: the error being reported is the one that matters
  }
}

async function insertRaw(prefix, data) {
  try {
    return await native.InsertRawAsyncConnection(connection, prefix, data, false);
  } catch (e) {
    await clearAfterError();
    throw e;
  }
}

function settingsClause(settings) {
  return Object.entries(settings).map(([k, v]) => `${k} = ${v === 'DEFAULT' ? 'DEFAULT' : quoteLiteral(v)}`).join(', ');
}

/** The request, read from URL, headers and body into one description. */
function describe(req, url, body) {
  const p = url.searchParams;
  const headerFormat = req.headers['x-clickhouse-format'];
  const request = {
    queryId: req.headers['x-clickhouse-query-id'] || p.get('query_id') || crypto.randomUUID(),
    database: req.headers['x-clickhouse-database'] || p.get('database') || 'default',
    defaultFormat: headerFormat || p.get('default_format') || 'TabSeparated',
    compress: p.get('compress') === '1',
    params: {},
    settings: {},
    sql: '',
    data: Buffer.alloc(0),
  };
  for (const [key, value] of p) {
    if (key.startsWith('param_')) request.params[key.slice('param_'.length)] = value;
    else if (!HTTP_ONLY_PARAMS.has(key)) request.settings[key] = value;
  }
  const urlQuery = p.get('query');
  if (urlQuery === null) {
    request.sql = body.toString('utf8');
  } else {
    request.sql = urlQuery;
    request.data = body;
  }
  return request;
}

async function decodeBody(req, raw) {
  const encoding = (req.headers['content-encoding'] || '').toLowerCase();
  switch (encoding) {
    case '':
    case 'identity':
      return raw;
    case 'gzip':
      return zlib.gunzipSync(raw);
    case 'deflate':
      return zlib.inflateSync(raw);
    case 'br':
      return zlib.brotliDecompressSync(raw);
    default:
      throw new EndpointError(48, 'NOT_IMPLEMENTED', `Content-Encoding '${encoding}' is not supported by the chDB test endpoint`);
  }
}

function validateNames(request) {
  for (const key of Object.keys(request.settings)) {
    if (!NAME_PATTERN.test(key)) throw new EndpointError(115, 'UNKNOWN_SETTING', `Unknown setting '${key}'`);
  }
  for (const key of Object.keys(request.params)) {
    if (!NAME_PATTERN.test(key)) throw new EndpointError(36, 'BAD_ARGUMENTS', `Bad query parameter name '${key}'`);
  }
}

/** Runs one request on the connection and returns {bytes, format, summary}. */
async function run(request) {
  validateNames(request);
  const changed = { ...request.settings };
  if (request.database !== 'default') await exec(`USE ${quoteIdentifier(request.database)}`);
  try {
    if (Object.keys(changed).length > 0) await exec(`SET ${settingsClause(changed)}`);
    return await runStatement(request);
  } finally {
    const reset = {};
    for (const key of Object.keys(changed)) reset[key] = BASELINE[key] !== undefined ? BASELINE[key] : 'DEFAULT';
    if (Object.keys(reset).length > 0) await exec(`SET ${settingsClause(reset)}`).catch(() => undefined);
    if (request.database !== 'default') await exec('USE default').catch(() => undefined);
  }
}

async function runStatement(request) {
  const statement = classify(request.sql);
  const hasParams = Object.keys(request.params).length > 0;
  if (statement.kind === 'insert' && !hasParams) {
    const data = Buffer.concat([Buffer.from(statement.inlineData, 'utf8'), request.data]);
    if (statement.format !== null && data.length === 0) {
      return { bytes: Buffer.alloc(0), format: request.defaultFormat, summary: summary(0, 0, 0, 0) };
    }
    // The raw-insert entry point takes binary data (RowBinary too) and reports written rows;
    // INSERT … SELECT runs through it as well, for the same count.
    const result = await insertRaw(statement.prefix, data.length > 0 ? data : Buffer.from('\n'));
    return { bytes: Buffer.alloc(0), format: request.defaultFormat, summary: summary(0, 0, result.rowsWritten, result.bytesWritten) };
  }
  const sql = request.data.length > 0 ? `${request.sql}\n${request.data.toString('utf8')}` : request.sql;
  const format = statement.kind === 'query' && statement.format !== null ? statement.format : request.defaultFormat;
  const result = await exec(sql, format, hasParams ? request.params : undefined);
  const bytes = Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
  return { bytes, format, summary: summary(result.rowsRead, result.bytesRead, 0, 0) };
}

function summary(readRows, readBytes, writtenRows, writtenBytes) {
  return JSON.stringify({
    read_rows: String(readRows || 0),
    read_bytes: String(readBytes || 0),
    written_rows: String(writtenRows || 0),
    written_bytes: String(writtenBytes || 0),
    total_rows_to_read: '0',
    result_rows: String(readRows || 0),
    result_bytes: String(readBytes || 0),
  });
}

function commonHeaders(queryId, format) {
  return {
    'X-ClickHouse-Server-Display-Name': 'chdb-http',
    'X-ClickHouse-Query-Id': queryId,
    'X-ClickHouse-Format': format,
    'X-ClickHouse-Timezone': 'UTC',
    'Connection': 'Keep-Alive',
  };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function log(line) {
  process.stdout.write(`${new Date().toISOString()} ${line}\n`);
}

function brief(sql) {
  return sql.replace(/\s+/g, ' ').slice(0, 300);
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/ping' || url.pathname === '/replicas_status') {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=UTF-8' });
    res.end('Ok.\n');
    return;
  }
  if (url.pathname !== '/' || (req.method !== 'GET' && req.method !== 'POST')) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=UTF-8' });
    res.end(`There is no handle ${url.pathname}\n`);
    return;
  }
  const started = Date.now();
  if (TRACE) {
    const headers = Object.entries(req.headers).filter(([k]) => /^(x-clickhouse|content-|accept-enc|user-agent|authorization)/.test(k));
    log(`trace ${req.method} ${req.url} ${JSON.stringify(Object.fromEntries(headers))}`);
  }
  let request = { queryId: req.headers['x-clickhouse-query-id'] || url.searchParams.get('query_id') || crypto.randomUUID(), sql: '', defaultFormat: 'TabSeparated' };
  try {
    request = describe(req, url, await decodeBody(req, await readBody(req)));
    if (url.searchParams.get('decompress') === '1') {
      throw new EndpointError(48, 'NOT_IMPLEMENTED', 'decompress=1 (compressed request bodies) is not supported by the chDB test endpoint; turn client request compression off');
    }
    const current = request;
    const result = await serialised(() => run(current));
    const headers = commonHeaders(request.queryId, result.format);
    headers['Content-Type'] = CONTENT_TYPES[result.format] || 'application/octet-stream';
    headers['X-ClickHouse-Summary'] = result.summary;
    const payload = request.compress ? compressBlocks(result.bytes) : result.bytes;
    headers['Content-Length'] = payload.length;
    res.writeHead(200, headers);
    res.end(payload);
    log(`${request.queryId} ok ${Date.now() - started}ms ${brief(request.sql)}`);
  } catch (error) {
    const body = `${errorBodyOf(error)} (version ${engineVersion})\n`;
    const headers = commonHeaders(request.queryId, request.defaultFormat);
    headers['Content-Type'] = 'text/plain; charset=UTF-8';
    headers['X-ClickHouse-Exception-Code'] = String(errorCodeOf(error));
    res.writeHead(500, headers);
    res.end(body);
    log(`${request.queryId} error ${Date.now() - started}ms ${brief(request.sql)} => ${brief(body)}`);
  }
}

async function applyBaseline() {
  await exec(`SET ${settingsClause(BASELINE)}`);
}

function start() {
  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      log(`internal error: ${e && e.stack}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=UTF-8' });
      res.end(`Code: 1001. DB::Exception: ${e && e.message}. (STD_EXCEPTION)\n`);
    });
  });
  server.keepAliveTimeout = 10000;
  server.listen(PORT, HOST, () => log(`chdb-http ${engineVersion} listening on http://${HOST}:${PORT}/ data ${DATA_DIR}`));
  const stop = () => {
    log('stopping');
    server.close();
    queue.then(() => {
      native.CloseConnection(connection);
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

serialised(applyBaseline).then(start, (e) => {
  log(`cannot apply baseline settings: ${e.message}`);
  process.exit(1);
});
