// SPDX-License-Identifier: GPL-3.0-or-later
// Generates the chain-primitive test vectors (ABI, RLP, EIP-1559 transactions, revert data)
// with ethers v6, an independent implementation, for tests/unit/chain/.
//
// Run from the repository root:
//   NODE_PATH=/work/main/devnet/node_modules node tests/data/chain/make-vectors.mjs
// (any ethers 6.x works; the devnet pins 6.17.0). The output is deterministic: a fixed-seed
// PRNG picks the random types and values, and ECDSA signing is RFC 6979.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ethers = require("ethers");
const here = dirname(fileURLToPath(import.meta.url));
const { AbiCoder, Interface, Transaction, Wallet, encodeRlp, keccak256, getAddress, hexlify } =
  ethers;
const coder = AbiCoder.defaultAbiCoder();

// xorshift64*: deterministic across runs and machines.
let state = 0x9e3779b97f4a7c15n;
function next64() {
  state ^= state >> 12n;
  state ^= (state << 25n) & 0xffffffffffffffffn;
  state ^= state >> 27n;
  return (state * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
}
const rnd = (n) => Number(next64() % BigInt(n));
function randBytes(n) {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = rnd(256);
  return b;
}
function randBig(bits) {
  let v = 0n;
  for (let i = 0; i < bits; i += 64) v = (v << 64n) | next64();
  return v & ((1n << BigInt(bits)) - 1n);
}
const pattern = (n) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 255);

// ---------------- ABI ----------------

function genType(depth) {
  const leaf = depth >= 4 || rnd(10) < 6;
  if (leaf) {
    switch (rnd(9)) {
      case 0: return `uint${8 * (1 + rnd(32))}`;
      case 1: return "uint256";
      case 2: return `int${8 * (1 + rnd(32))}`;
      case 3: return "address";
      case 4: return "bool";
      case 5: return "bytes";
      case 6: return "string";
      case 7: return `bytes${1 + rnd(32)}`;
      default: return "uint256";
    }
  }
  switch (rnd(3)) {
    case 0: return `${genType(depth + 1)}[${1 + rnd(3)}]`;
    case 1: return `${genType(depth + 1)}[]`;
    default: {
      const n = 1 + rnd(4);
      const comps = [];
      for (let i = 0; i < n; i++) comps.push(genType(depth + 1));
      return `(${comps.join(",")})`;
    }
  }
}

const strings = ["", "a", "hello world", "h\u00e9llo \u20ac", "\u{1F600} emoji", "x".repeat(31),
  "y".repeat(32), "z".repeat(33), "Auditor public key not set", "line\nbreak\ttab"];

// Splits "T[k]" / "T[]" / "(A,B)" at the top level.
function splitType(t) {
  if (t.endsWith("]")) {
    const open = t.lastIndexOf("[");
    const inner = t.slice(0, open);
    const len = t.slice(open + 1, -1);
    return { kind: len === "" ? "array" : "fixed", inner, len: len === "" ? null : Number(len) };
  }
  if (t.startsWith("(")) {
    const comps = [];
    let depth = 0, start = 1;
    for (let i = 1; i < t.length - 1; i++) {
      if (t[i] === "(") depth++;
      else if (t[i] === ")") depth--;
      else if (t[i] === "," && depth === 0) { comps.push(t.slice(start, i)); start = i + 1; }
    }
    comps.push(t.slice(start, t.length - 1));
    return { kind: "tuple", comps };
  }
  return { kind: "leaf" };
}

// Returns [ethersValue, jsonValue].
function genValue(t) {
  const s = splitType(t);
  if (s.kind === "array" || s.kind === "fixed") {
    const n = s.kind === "fixed" ? s.len : rnd(4);
    const pairs = Array.from({ length: n }, () => genValue(s.inner));
    return [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
  }
  if (s.kind === "tuple") {
    const pairs = s.comps.map(genValue);
    return [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
  }
  let m;
  if ((m = /^uint(\d+)$/.exec(t))) {
    const bits = Number(m[1]);
    const r = rnd(5);
    const v = r === 0 ? 0n : r === 1 ? (1n << BigInt(bits)) - 1n : randBig(1 + rnd(bits));
    return [v, v.toString()];
  }
  if ((m = /^int(\d+)$/.exec(t))) {
    const bits = BigInt(m[1]);
    const r = rnd(6);
    const max = (1n << (bits - 1n)) - 1n, min = -(1n << (bits - 1n));
    let v = r === 0 ? 0n : r === 1 ? max : r === 2 ? min : r === 3 ? -1n : randBig(Number(bits));
    if (v > max) v -= 1n << bits;
    return [v, v.toString()];
  }
  if (t === "address") {
    const a = getAddress(hexlify(randBytes(20)));
    return [a, a];
  }
  if (t === "bool") {
    const b = rnd(2) === 1;
    return [b, b];
  }
  if (t === "bytes") {
    const lens = [0, 1, 31, 32, 33, 64, rnd(100)];
    const h = hexlify(randBytes(lens[rnd(lens.length)]));
    return [h, h];
  }
  if (t === "string") {
    const str = strings[rnd(strings.length)];
    return [str, str];
  }
  if ((m = /^bytes(\d+)$/.exec(t))) {
    const h = hexlify(randBytes(Number(m[1])));
    return [h, h];
  }
  throw new Error("unknown type " + t);
}

const abiCases = [];
function addAbiCase(types, ethersValues, jsonValues, note) {
  const encoded = coder.encode(types, ethersValues);
  // Sanity: ethers decodes its own encoding back.
  coder.decode(types, encoded);
  abiCases.push({ types, values: jsonValues, encoded, ...(note ? { note } : {}) });
}

// Hand-picked: eERC shapes, empty arrays, nested dynamic tuples, edge-length strings/bytes.
const proofPoints = "(uint256[2],uint256[2][2],uint256[2])";
const handPicked = [
  [`(${proofPoints},uint256[32])`],
  [`(${proofPoints},uint256[5])`],
  ["((uint256,uint256),(uint256,uint256))", "uint256", "(uint256[7],uint256)[]", "uint256[7]",
    "uint256"],
  ["address", "uint256", `(${proofPoints},uint256[32])`, "uint256[7]"],
  ["uint256[]"], ["string[]"], ["bytes[]"], ["(uint256,string)[]"], ["uint256[][]"],
  ["string", "bytes", "string"], ["bytes32", "bytes1", "bytes31"], ["bool", "bool"],
  ["address[]"], ["(string,bytes)[2]"], ["uint256[][2]"], ["(uint256[],string)[]"],
  ["int256", "int8", "int128"], ["uint8", "uint16", "uint160", "uint248"],
  ["(address,address,string,bytes)"], ["((string))"], ["string[2][]"],
];
for (const types of handPicked) {
  for (let rep = 0; rep < 3; rep++) {
    const pairs = types.map(genValue);
    addAbiCase(types, pairs.map((p) => p[0]), pairs.map((p) => p[1]), "hand-picked shape");
  }
}
// Explicit empties and edge lengths.
addAbiCase(["uint256[]", "string", "bytes", "(uint256,string)[]"], [[], "", "0x", []],
  [[], "", "0x", []], "empty values");
for (const n of [0, 1, 31, 32, 33, 63, 64, 65, 1000]) {
  const h = hexlify(pattern(n));
  addAbiCase(["bytes"], [h], [h], `bytes of length ${n}`);
}
addAbiCase([], [], [], "no values");
// Random types and values.
for (let i = 0; i < 400; i++) {
  const types = Array.from({ length: 1 + rnd(4) }, () => genType(0));
  const pairs = types.map(genValue);
  addAbiCase(types, pairs.map((p) => p[0]), pairs.map((p) => p[1]));
}

// ethers' decoding of the calldata, return data and logs of abi.json's encodingExamples,
// as plain JSON (uints decimal, addresses checksummed), for our decoder to match.
const abiJson = JSON.parse(
  (await import("node:fs")).readFileSync(join(here, "..", "abi.json"), "utf8"));
function toJson(v) {
  if (typeof v === "bigint") return v.toString();
  if (Array.isArray(v) || (v && typeof v.toArray === "function"))
    return Array.from(v.toArray ? v.toArray() : v, toJson);
  return v;
}
const eercIface = new Interface([...abiJson.EncryptedERC.functions, ...abiJson.Registrar.functions]
  .map((f) => ({ type: "function", name: f.signature.slice(0, f.signature.indexOf("(")),
    inputs: f.inputs, outputs: f.outputs, stateMutability: f.stateMutability })));
const exampleDecodings = { calls: [], balanceOfReturn: null, logs: [] };
for (const c of abiJson.encodingExamples.calls) {
  const tx = eercIface.parseTransaction({ data: c.calldata });
  exampleDecodings.calls.push({ function: c.function, signature: tx.signature,
    args: toJson(tx.args) });
}
{
  const f = eercIface.getFunction("balanceOf");
  const r = eercIface.decodeFunctionResult(f, abiJson.encodingExamples.balanceOfReturn.returnData);
  exampleDecodings.balanceOfReturn = { outputs: f.outputs.map((o) => o.format("sighash")),
    values: toJson(r) };
}
const eventIface = new Interface([
  ...abiJson.EncryptedERC.events, ...(abiJson.Registrar.events ?? [])].map((e) => ({
  type: "event", name: e.signature.slice(0, e.signature.indexOf("(")), inputs: e.inputs,
  anonymous: false })));
for (const l of abiJson.encodingExamples.logs) {
  const parsed = eventIface.parseLog({ topics: l.topics, data: l.data });
  exampleDecodings.logs.push({ event: l.event, signature: parsed.signature,
    indexed: parsed.fragment.inputs.map((i) => i.indexed), values: toJson(parsed.args) });
}

writeFileSync(join(here, "abi-vectors.json"), JSON.stringify({
  about: "ABI encodings made with ethers " + ethers.version + " AbiCoder.defaultAbiCoder().encode" +
    " (tests/data/chain/make-vectors.mjs, fixed-seed PRNG). values: uint/int as decimal strings" +
    " (int signed), address checksummed, bytes/bytesN as 0x hex, bool, string, arrays and tuples" +
    " as JSON arrays. exampleDecodings: ethers Interface decoding of ../abi.json encodingExamples.",
  cases: abiCases, exampleDecodings }, null, 1) + "\n");

// ---------------- RLP ----------------

// JSON form: a hex string is a byte string, an array is a list, {"pattern": n} is the n-byte
// string pattern(n) (kept out of the file to keep it small).
function rlpFromJson(j) {
  if (Array.isArray(j)) return j.map(rlpFromJson);
  if (typeof j === "object") return hexlify(pattern(j.pattern));
  return j;
}
const rlpItems = [
  "0x", "0x00", "0x01", "0x7f", "0x80", "0x81", "0xff", "0x0400", hexlify(pattern(2)),
  hexlify(pattern(54)), hexlify(pattern(55)), hexlify(pattern(56)), hexlify(pattern(57)),
  { pattern: 255 }, { pattern: 256 }, { pattern: 1024 }, { pattern: 65535 }, { pattern: 65536 },
  [], [[]], [[], [[]], [[], [[]]]], ["0x"], ["0x00"], ["0x7f", "0x80"],
  [hexlify(pattern(53))], [hexlify(pattern(54))], [hexlify(pattern(55))],
  ["0x01", hexlify(pattern(52))], ["0x01", hexlify(pattern(53))],
  [{ pattern: 300 }, [{ pattern: 70000 }]],
  [[[[[[[[[[["0x2a"]]]]]]]]]]],
];
for (let i = 0; i < 60; i++) {
  const gen = (d) => {
    if (d > 4 || rnd(3) === 0) {
      const lens = [0, 1, 1, 2, 20, 32, 55, 56, rnd(80)];
      return hexlify(randBytes(lens[rnd(lens.length)]));
    }
    return Array.from({ length: rnd(5) }, () => gen(d + 1));
  };
  rlpItems.push(gen(0));
}
const rlpCases = rlpItems.map((item) => {
  const enc = encodeRlp(rlpFromJson(item));
  const big = (enc.length - 2) / 2 > 4096;
  return big ? { item, encodedKeccak: keccak256(enc), encodedLength: (enc.length - 2) / 2,
    encodedPrefix: enc.slice(0, 2 + 16) } : { item, encoded: enc };
});
writeFileSync(join(here, "rlp-vectors.json"), JSON.stringify({
  about: "RLP encodings made with ethers " + ethers.version + " encodeRlp (make-vectors.mjs)." +
    " item: hex string = byte string, array = list, {pattern: n} = n bytes b[i] = (31*i+7) & 255." +
    " Encodings longer than 4096 bytes are given by keccak256, length and first 8 bytes.",
  cases: rlpCases }, null, 1) + "\n");

// ---------------- EIP-1559 transactions ----------------

const keys = [
  "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", // hardhat #0
  "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", // hardhat #1
  "0x0000000000000000000000000000000000000000000000000000000000000001",
  "0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140", // n - 1
  hexlify(randBytes(32)),
];
const txCases = [];
const chainIds = [43112n, 43113n, 43114n, 1n, 31337n];
const dataSizes = [0, 1, 4, 55, 56, 68, 1000, 70000];
let k = 0;
for (const key of keys) {
  const wallet = new Wallet(key);
  for (let j = 0; j < 6; j++, k++) {
    const nonceChoices = [0, 1, 127, 128, 255, 256, 2 ** 32, Number.MAX_SAFE_INTEGER];
    const feeChoices = [0n, 1n, 25_000_000_000n, 1n << 64n, (1n << 256n) - 1n];
    const size = dataSizes[k % dataSizes.length];
    const priority = feeChoices[rnd(3)];
    const maxFees = feeChoices.filter((f) => f >= priority); // ethers refuses priority > max
    const tx = {
      type: 2,
      chainId: chainIds[k % chainIds.length],
      nonce: nonceChoices[rnd(nonceChoices.length)],
      maxPriorityFeePerGas: priority,
      maxFeePerGas: maxFees[rnd(maxFees.length)],
      gasLimit: [21000n, 8_000_000n, 0n, (1n << 64n) - 1n][rnd(4)],
      to: k % 7 === 3 ? null : getAddress(hexlify(randBytes(20))),
      value: feeChoices[rnd(feeChoices.length)],
      data: hexlify(size > 2000 ? pattern(size) : randBytes(size)),
      accessList: [],
    };
    const raw = await wallet.signTransaction(tx);
    const parsed = Transaction.from(raw);
    const big = tx.data.length > 4098;
    txCases.push({
      key, from: wallet.address,
      chainId: tx.chainId.toString(), nonce: tx.nonce.toString(),
      maxPriorityFeePerGas: tx.maxPriorityFeePerGas.toString(),
      maxFeePerGas: tx.maxFeePerGas.toString(), gasLimit: tx.gasLimit.toString(),
      to: tx.to, value: tx.value.toString(),
      ...(big ? { dataPattern: size } : { data: tx.data }),
      signingHash: parsed.unsignedHash, hash: parsed.hash,
      ...(big ? { rawKeccak: keccak256(raw), rawLength: (raw.length - 2) / 2 } : { raw }),
      yParity: parsed.signature.yParity, r: parsed.signature.r, s: parsed.signature.s,
    });
  }
}
writeFileSync(join(here, "transactions.json"), JSON.stringify({
  about: "EIP-1559 (type 2) transactions signed with ethers " + ethers.version +
    " Wallet(key).signTransaction (RFC 6979), empty access lists (make-vectors.mjs). signingHash =" +
    " Transaction.unsignedHash, hash = Transaction.hash. dataPattern n = n bytes (31*i+7) & 255;" +
    " those raw transactions are given by keccak256 and length.",
  cases: txCases }, null, 1) + "\n");

// ---------------- revert data ----------------

const errorSigs = [...abiJson.EncryptedERC.errors, ...abiJson.Registrar.errors,
  ...abiJson.otherErrors].map((e) => e.signature);
const uniqueErrors = [...new Set(errorSigs)];
const errIface = new Interface(uniqueErrors.map((s) => "error " + s));
const revertCases = [];
const someAddress = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
for (const sig of uniqueErrors) {
  const frag = errIface.getError(sig.slice(0, sig.indexOf("(")));
  const args = frag.inputs.map(() => someAddress);
  revertCases.push({ kind: "custom", name: frag.name, signature: frag.format("sighash"),
    selector: frag.selector, args, data: errIface.encodeErrorResult(frag, args) });
}
const stdIface = new Interface(["error Error(string)", "error Panic(uint256)"]);
for (const msg of ["Auditor public key not set", "Auditor not set", "", "h\u00e9llo \u20ac",
  "bad\u0007bell\nnewline", "A".repeat(500)]) {
  revertCases.push({ kind: "error", message: msg,
    data: stdIface.encodeErrorResult("Error", [msg]) });
}
for (const code of [0x00, 0x01, 0x11, 0x12, 0x21, 0x22, 0x31, 0x32, 0x41, 0x51, 0x99]) {
  revertCases.push({ kind: "panic", code,
    data: stdIface.encodeErrorResult("Panic", [code]) });
}
writeFileSync(join(here, "revert-vectors.json"), JSON.stringify({
  about: "Revert data made with ethers " + ethers.version + " Interface.encodeErrorResult for the" +
    " eERC custom errors of ../abi.json (EncryptedERC, Registrar, otherErrors), Error(string)" +
    " and Panic(uint256) (make-vectors.mjs).",
  cases: revertCases }, null, 1) + "\n");

console.log(`abi ${abiCases.length}, rlp ${rlpCases.length}, tx ${txCases.length},` +
  ` revert ${revertCases.length} cases (ethers ${ethers.version})`);
