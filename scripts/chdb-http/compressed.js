'use strict';
// ClickHouse's compressed-block framing for `compress=1` responses (what the HTTP interface
// sends to clients that ask for it, e.g. the clickhouse-jdbc inside Trino's connector):
//   checksum (CityHash128 v1.0.2 of the rest, 16 bytes) | method 0x82 (LZ4) |
//   compressed size incl. this 9-byte header (u32 LE) | uncompressed size (u32 LE) | LZ4 block
// The LZ4 block holds the data as one literal run: valid LZ4 that every decoder reads, and
// no compressor is needed for a test endpoint on loopback.

const MASK = (1n << 64n) - 1n;
const K0 = 0xc3a5c85c97cb3127n;
const K1 = 0xb492b66fbe98f273n;
const K2 = 0x9ae16a3b2f90404fn;
const K3 = 0xc949d7c7509e6557n;
const KMUL = 0x9ddfea08eb382d69n;
const BLOCK = 1 << 20;
const LZ4_METHOD = 0x82;

const mul = (a, b) => (a * b) & MASK;
const add = (...xs) => xs.reduce((a, b) => (a + b) & MASK, 0n);
const sub = (a, b) => (a - b) & MASK;
const rotate = (v, s) => (s === 0 ? v : ((v >> BigInt(s)) | (v << BigInt(64 - s))) & MASK);
const shiftMix = (v) => v ^ (v >> 47n);
const fetch64 = (buf, i) => buf.readBigUInt64LE(i);
const fetch32 = (buf, i) => BigInt(buf.readUInt32LE(i));

function hashLen16(u, v) {
  let a = mul(u ^ v, KMUL);
  a ^= a >> 47n;
  let b = mul(v ^ a, KMUL);
  b ^= b >> 47n;
  return mul(b, KMUL);
}

function hashLen0to16(buf, s, len) {
  const n = BigInt(len);
  if (len > 8) {
    const a = fetch64(buf, s);
    const b = fetch64(buf, s + len - 8);
    return hashLen16(a, rotate(add(b, n), len)) ^ b;
  }
  if (len >= 4) {
    const a = fetch32(buf, s);
    return hashLen16(add(n, a << 3n), fetch32(buf, s + len - 4));
  }
  if (len > 0) {
    const y = (buf[s] + (buf[s + (len >> 1)] << 8)) >>> 0;
    const z = (len + (buf[s + len - 1] << 2)) >>> 0;
    return mul(shiftMix(mul(BigInt(y), K2) ^ mul(BigInt(z), K3)), K2);
  }
  return K2;
}

function weakHashLen32WithSeeds(buf, s, a0, b0) {
  const w = fetch64(buf, s);
  const x = fetch64(buf, s + 8);
  const y = fetch64(buf, s + 16);
  const z = fetch64(buf, s + 24);
  let a = add(a0, w);
  let b = rotate(add(b0, a, z), 21);
  const c = a;
  a = add(a, x, y);
  b = add(b, rotate(a, 44));
  return [add(a, z), add(b, c)];
}

function cityMurmur(buf, s, len, seedLow, seedHigh) {
  let a = seedLow;
  let b = seedHigh;
  let c;
  let d;
  let l = len - 16;
  if (l <= 0) {
    a = mul(shiftMix(mul(a, K1)), K1);
    c = add(mul(b, K1), hashLen0to16(buf, s, len));
    d = shiftMix(add(a, len >= 8 ? fetch64(buf, s) : c));
  } else {
    c = hashLen16(add(fetch64(buf, s + len - 8), K1), a);
    d = hashLen16(add(b, BigInt(len)), add(c, fetch64(buf, s + len - 16)));
    a = add(a, d);
    do {
      a ^= mul(shiftMix(mul(fetch64(buf, s), K1)), K1);
      a = mul(a, K1);
      b ^= a;
      c ^= mul(shiftMix(mul(fetch64(buf, s + 8), K1)), K1);
      c = mul(c, K1);
      d ^= c;
      s += 16;
      l -= 16;
    } while (l > 0);
  }
  a = hashLen16(a, c);
  b = hashLen16(d, b);
  return [a ^ b, hashLen16(b, a)];
}

function cityHash128WithSeed(buf, s, len, seedLow, seedHigh) {
  if (len < 128) return cityMurmur(buf, s, len, seedLow, seedHigh);
  let x = seedLow;
  let y = seedHigh;
  let z = mul(BigInt(len), K1);
  const v = [0n, 0n];
  const w = [0n, 0n];
  v[0] = add(mul(rotate(y ^ K1, 49), K1), fetch64(buf, s));
  v[1] = add(mul(rotate(v[0], 42), K1), fetch64(buf, s + 8));
  w[0] = add(mul(rotate(add(y, z), 35), K1), x);
  w[1] = mul(rotate(add(x, fetch64(buf, s + 88)), 53), K1);
  const round = () => {
    x = mul(rotate(add(x, y, v[0], fetch64(buf, s + 16)), 37), K1);
    y = mul(rotate(add(y, v[1], fetch64(buf, s + 48)), 42), K1);
    x ^= w[1];
    y ^= v[0];
    z = rotate(z ^ w[0], 33);
    const nv = weakHashLen32WithSeeds(buf, s, mul(v[1], K1), add(x, w[0]));
    const nw = weakHashLen32WithSeeds(buf, s + 32, add(z, w[1]), y);
    v[0] = nv[0]; v[1] = nv[1]; w[0] = nw[0]; w[1] = nw[1];
    [z, x] = [x, z];
    s += 64;
  };
  do {
    round();
    round();
    len -= 128;
  } while (len >= 128);
  y = add(y, mul(rotate(w[0], 37), K0), z);
  x = add(x, mul(rotate(add(v[0], z), 49), K0));
  for (let tailDone = 0; tailDone < len;) {
    tailDone += 32;
    y = add(mul(rotate(sub(y, x), 42), K0), v[1]);
    w[0] = add(w[0], fetch64(buf, s + len - tailDone + 16));
    x = add(mul(rotate(x, 49), K0), w[0]);
    w[0] = add(w[0], v[0]);
    const nv = weakHashLen32WithSeeds(buf, s + len - tailDone, v[0], v[1]);
    v[0] = nv[0]; v[1] = nv[1];
  }
  x = hashLen16(x, v[0]);
  y = hashLen16(y, w[0]);
  return [add(hashLen16(add(x, v[1]), w[1]), y), hashLen16(add(x, w[1]), add(y, v[1]))];
}

/** CityHash128 v1.0.2 (the version ClickHouse checksums blocks with) as [low64, high64]. */
function cityHash128(buf) {
  const len = buf.length;
  if (len >= 16) {
    return cityHash128WithSeed(buf, 16, len - 16, fetch64(buf, 0) ^ K3, fetch64(buf, 8));
  }
  if (len >= 8) {
    const n = BigInt(len);
    return cityHash128WithSeed(buf, 0, 0, fetch64(buf, 0) ^ mul(n, K0), fetch64(buf, len - 8) ^ K1);
  }
  return cityHash128WithSeed(buf, 0, len, K0, K1);
}

function lz4Literals(data) {
  const extra = [];
  let token;
  if (data.length < 15) {
    token = data.length << 4;
  } else {
    token = 0xf0;
    let rest = data.length - 15;
    while (rest >= 255) { extra.push(255); rest -= 255; }
    extra.push(rest);
  }
  return Buffer.concat([Buffer.from([token, ...extra]), data]);
}

function frame(data) {
  const lz4 = lz4Literals(data);
  const body = Buffer.alloc(9 + lz4.length);
  body[0] = LZ4_METHOD;
  body.writeUInt32LE(9 + lz4.length, 1);
  body.writeUInt32LE(data.length, 5);
  lz4.copy(body, 9);
  const [low, high] = cityHash128(body);
  const checksum = Buffer.alloc(16);
  checksum.writeBigUInt64LE(low, 0);
  checksum.writeBigUInt64LE(high, 8);
  return Buffer.concat([checksum, body]);
}

/** The response body as ClickHouse compressed blocks (no blocks for an empty body). */
function compressBlocks(data) {
  const blocks = [];
  for (let i = 0; i < data.length; i += BLOCK) blocks.push(frame(data.subarray(i, i + BLOCK)));
  return Buffer.concat(blocks);
}

module.exports = { compressBlocks, cityHash128 };
