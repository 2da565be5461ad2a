// Reads a WARC file (gzipped or not) with webrecorder's warcio.js and prints one JSON line per record:
// its WARC type, target URI, date, record id, content length, payload digest, HTTP status and content type,
// and the SHA-256 of its payload (the HTTP body with any content coding undone by warcio, or the record block).
// Usage: node read.mjs FILE.warc[.gz]
import { createReadStream } from "node:fs";
import { createHash } from "node:crypto";
import { WARCParser } from "warcio";

// RFC 4648 base32, as WARC digests are written.
function base32(bytes) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0, value = 0, out = "";
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += "=";
  return out;
}

const file = process.argv[2];
if (!file) {
  console.error("usage: node read.mjs FILE.warc[.gz]");
  process.exit(2);
}
const parser = new WARCParser(createReadStream(file));
for await (const record of parser) {
  const raw = await record.readFully(false);
  const http = record.httpHeaders;
  console.log(JSON.stringify({
    type: record.warcType,
    uri: record.warcTargetURI ?? null,
    date: record.warcHeader("WARC-Date") ?? null,
    id: record.warcHeader("WARC-Record-ID") ?? null,
    length: Number(record.warcHeader("Content-Length") ?? -1),
    payloadDigest: record.warcHeader("WARC-Payload-Digest") ?? null,
    status: http?.statusCode ?? null,
    method: http?.method ?? null,
    contentType: http?.headers?.get("Content-Type") ?? null,
    payloadSha256: createHash("sha256").update(raw).digest("hex"),
    payloadSha1Base32: "sha1:" + base32(createHash("sha1").update(raw).digest()),
    payloadBytes: raw.length,
  }));
}
