'use strict';
// Just enough SQL lexing to route a request: the statement kind, where an INSERT's data starts,
// and a trailing FORMAT clause. Strings, quoted identifiers and comments are skipped so that a
// keyword inside a literal ('... VALUES ...') never splits a statement.

function lex(sql) {
  const tokens = [];
  let i = 0;
  let depth = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '-' && sql[i + 1] === '-') { i = lineEnd(sql, i); continue; }
    if (c === '#' && (sql[i + 1] === ' ' || sql[i + 1] === '!')) { i = lineEnd(sql, i); continue; }
    if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      const end = quotedEnd(sql, i, c);
      tokens.push({ type: c === "'" ? 'string' : 'ident', text: sql.slice(i, end), start: i, end, depth });
      i = end;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_$]/.test(sql[j])) j++;
      tokens.push({ type: 'word', text: sql.slice(i, j), start: i, end: j, depth });
      i = j;
      continue;
    }
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    tokens.push({ type: 'punct', text: c, start: i, end: i + 1, depth });
    i++;
  }
  return tokens;
}

function lineEnd(sql, i) {
  const end = sql.indexOf('\n', i);
  return end < 0 ? sql.length : end + 1;
}

// A quote is escaped by a backslash or by doubling it (both are ClickHouse syntax).
function quotedEnd(sql, start, quote) {
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i];
    if (c === '\\') { i += 2; continue; }
    if (c === quote) {
      if (sql[i + 1] === quote) { i += 2; continue; }
      return i + 1;
    }
    i++;
  }
  return sql.length;
}

function isWord(token, word) {
  return token !== undefined && token.type === 'word' && token.depth === 0 && token.text.toUpperCase() === word;
}

function unquoteIdent(token) {
  if (token.type === 'word') return token.text;
  return token.text.slice(1, -1);
}

// Data after "FORMAT <name>": blanks and one line break separate it from the clause.
function dataStart(sql, from) {
  let i = from;
  while (sql[i] === ' ' || sql[i] === '\t') i++;
  if (sql[i] === '\r' && sql[i + 1] === '\n') return i + 2;
  if (sql[i] === '\n') return i + 1;
  return i;
}

/**
 * Classifies one statement.
 * - {kind:'insert', prefix, inlineData, format} where prefix is an "INSERT … FORMAT X" (or an
 *   INSERT … SELECT with format null) that the engine can run over a separate data buffer;
 * - {kind:'query', format} where format is the trailing FORMAT clause, or null.
 */
function classify(sql) {
  const tokens = lex(sql);
  const first = tokens.find((t) => t.type === 'word');
  if (first === undefined || first.text.toUpperCase() !== 'INSERT') {
    return { kind: 'query', format: trailingFormat(tokens) };
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (isWord(t, 'FORMAT') && tokens[k + 1] !== undefined) {
      const name = tokens[k + 1];
      return {
        kind: 'insert',
        prefix: sql.slice(0, name.end),
        inlineData: sql.slice(dataStart(sql, name.end)),
        format: unquoteIdent(name),
      };
    }
    if (isWord(t, 'VALUES')) {
      return {
        kind: 'insert',
        prefix: sql.slice(0, t.start) + 'FORMAT Values',
        inlineData: sql.slice(t.end),
        format: 'Values',
      };
    }
    if (isWord(t, 'SELECT') || isWord(t, 'WITH')) break;
  }
  return { kind: 'insert', prefix: sql, inlineData: '', format: null };
}

function trailingFormat(tokens) {
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last].type === 'punct' && tokens[last].text === ';') last--;
  const name = tokens[last];
  const keyword = tokens[last - 1];
  if (name !== undefined && name.type !== 'punct' && name.type !== 'string' && isWord(keyword, 'FORMAT')) {
    return unquoteIdent(name);
  }
  return null;
}

module.exports = { classify, lex };
