// SPDX-License-Identifier: GPL-3.0-or-later
//
// The JavaScript reference for bench_audit: the same decrypt + reconcile work on the same
// cached dataset (payouts-<N>.bin, made by bench_audit), done with circomlibjs as a JS auditor
// built on it would: per payout, inSubgroup(authKey), mulPointEscalar(authKey, s) and the
// Poseidon cipher decryption (two t = 4 permutations, tag and padding checked, as
// pct_decrypt_reference.mjs); then the operator's report (cycles of 1 000 transfers, built from
// the file like bench_audit builds it) matched by (tx hash, log index) and summed per cycle.
//
// circomlibjs decrypts about 36 PCTs per second per core, so 10^5 payouts would take 45 min of
// CPU: only the first `sample` payouts (whole cycles) are done, on one core, and the time for
// all N on `cores` cores is extrapolated linearly (assuming perfect scaling, which favours JS).
//
//   node tests/bench/audit_reference.mjs <dir with node_modules/circomlibjs> <payouts-N.json> [sample] [cores]
//
// Prints one JSON line: {payouts, sample, cpuSeconds, perSecondPerCore, extrapolatedSeconds, cores}.
import { createRequire } from "node:module";
import { readFileSync, openSync, readSync } from "node:fs";
import { join, resolve } from "node:path";

const [root, metaFile, sampleArg, coresArg] = process.argv.slice(2);
if (!root || !metaFile) {
    console.error("usage: node audit_reference.mjs <dir with node_modules/circomlibjs> <payouts-N.json> [sample] [cores]");
    process.exit(2);
}
const require = createRequire(join(resolve(root), "package.json"));
const { buildBabyjub, buildPoseidon } = require("circomlibjs");
const meta = JSON.parse(readFileSync(metaFile, "utf8"));
const n = meta.payouts;
const cycleSize = meta.cycleSize;
const sample = Math.min(n, Math.max(cycleSize, Math.floor(Number(sampleArg ?? 2000) / cycleSize) * cycleSize));
const cores = Number(coresArg ?? 2);
const s = BigInt(meta.auditorScalar);

const babyjub = await buildBabyjub();
const poseidon = await buildPoseidon();
const F = babyjub.F;
const two128 = 1n << 128n;

function decrypt(pct7) {
    const authKey = [F.e(pct7[4]), F.e(pct7[5])];
    if (!babyjub.inSubgroup(authKey)) return null;
    const shared = babyjub.mulPointEscalar(authKey, s);
    const nonce = pct7[6];
    if (nonce >= two128) return null;
    let st = poseidon([shared[0], shared[1], F.e(nonce + two128)], F.zero, 4);
    const c = pct7.slice(0, 4).map((x) => F.e(x));
    const amount = F.sub(c[0], st[1]);
    const pad1 = F.sub(c[1], st[2]);
    const pad2 = F.sub(c[2], st[3]);
    st = poseidon([c[0], c[1], c[2]], st[0], 4);
    if (!F.eq(st[1], c[3]) || !F.isZero(pad1) || !F.isZero(pad2)) return null;
    return F.toObject(amount);
}

// The sample's records, read before the clock starts (bench_audit's reading is timed, but it
// is a small part of its time).
const recordBytes = meta.recordBytes;
const buf = Buffer.alloc(sample * recordBytes);
const fd = openSync(metaFile.replace(/\.json$/, ".bin"), "r");
readSync(fd, buf, 0, buf.length, 16);
const word = (off) => BigInt("0x" + buf.subarray(off, off + 32).toString("hex"));
const records = [];
for (let i = 0; i < sample; i++) {
    const o = i * recordBytes;
    records.push({
        key: buf.subarray(o, o + 32).toString("hex") + ":" + buf.readUInt32BE(o + 40),
        amount: buf.readBigUInt64BE(o + 64),
        pct: Array.from({ length: 7 }, (_, w) => word(o + 72 + 32 * w)),
    });
}
// The report: per cycle the listed keys and the claimed total.
const cycles = [];
for (let i = 0; i < sample; i += cycleSize) {
    const part = records.slice(i, i + cycleSize);
    cycles.push({ keys: part.map((r) => r.key), total: part.reduce((a, r) => a + r.amount, 0n) });
}

const start = process.cpuUsage();
const decrypted = new Map();
for (const r of records) decrypted.set(r.key, decrypt(r.pct));
let mismatches = 0;
for (const c of cycles) {
    let sum = 0n;
    for (const k of c.keys) {
        const v = decrypted.get(k);
        if (v === undefined || v === null) mismatches++;
        else sum += v;
    }
    if (sum !== c.total) mismatches++;
}
const u = process.cpuUsage(start);
const cpu = (u.user + u.system) / 1e6;
if (mismatches) throw new Error(`${mismatches} mismatches: the reference disagrees with the data`);
const rate = sample / cpu;
console.log(JSON.stringify({
    payouts: n,
    sample,
    cpuSeconds: Number(cpu.toFixed(2)),
    perSecondPerCore: Number(rate.toFixed(1)),
    extrapolatedSeconds: Math.round(n / rate / cores),
    cores,
}));
