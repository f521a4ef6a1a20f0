#!/usr/bin/env python3
# Writes the seed corpora of the fuzzers (tests/fuzz/corpus/<fuzzer>/) from the test data and
# a few hand-made inputs in each fuzzer's input format. Deterministic; run it again after a
# fuzzer's input format changes:  python3 tests/fuzz/make-seeds.py
import hashlib, json, os, struct, sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
data = os.path.join(root, "tests", "data")
out = os.path.join(root, "tests", "fuzz", "corpus")

def put(fuzzer, content):
    d = os.path.join(out, fuzzer)
    os.makedirs(d, exist_ok=True)
    if isinstance(content, str):
        content = content.encode()
    with open(os.path.join(d, hashlib.sha1(content).hexdigest()[:16]), "wb") as f:
        f.write(content)

def read(*p):
    with open(os.path.join(data, *p), "rb") as f:
        return f.read()

def word(v):
    return v.to_bytes(32, "big")

# --- ABI: byte 0 picks a type list (index into fuzz_abi's list), 0xff a type string,
# 0xfe revert data.
put("fuzz_abi", bytes([2]) + word(32) + word(5) + b"hello".ljust(32, b"\0"))          # string
put("fuzz_abi", bytes([3]) + word(32) + word(3) + b"\x01\x02\x03".ljust(32, b"\0"))   # bytes
put("fuzz_abi", bytes([9]) + word(32) + word(2) + word(0x11) + word(0x22))            # address[]
put("fuzz_abi", b"\xff" + b"(uint256,string)[]")
put("fuzz_abi", b"\xff" + b"uint256[2][],bytes32")
put("fuzz_abi", b"\xfe" + bytes.fromhex("08c379a0") + word(32) + word(4) + b"nope".ljust(32, b"\0"))
put("fuzz_abi", b"\xfe" + bytes.fromhex("4e487b71") + word(0x11))

# --- amounts: decimals, other scale, 32-byte value, then the typed text.
for dec, other, value, text in [(6, 18, 1234567, b"1.5"), (18, 6, 10**18, b"0.000001"),
                                (0, 80, 2**255, b"115792089237316195423570985008687907853269984665640564039457584007913129639935"),
                                (6, 6, 0, b"all"), (2, 0, 99, b" 12.34 ")]:
    put("fuzz_amounts", bytes([dec, other]) + value.to_bytes(32, "big") + text)

# --- JSON-RPC answers: byte 0 = call, bytes 1..32 = hash asked, rest = HTTP body.
h = bytes(range(1, 33))
hx = "0x" + h.hex()
receipt = {"transactionHash": hx, "blockHash": "0x" + "ab" * 32, "blockNumber": "0x10",
           "status": "0x1", "gasUsed": "0x5208", "effectiveGasPrice": "0x3b9aca00",
           "from": "0x" + "11" * 20, "to": "0x" + "22" * 20, "contractAddress": None,
           "transactionIndex": "0x0", "cumulativeGasUsed": "0x5208", "type": "0x2",
           "logs": [{"address": "0x" + "22" * 20, "topics": ["0x" + "33" * 32],
                     "data": "0x" + "00" * 31 + "07", "blockNumber": "0x10",
                     "blockHash": "0x" + "ab" * 32, "transactionHash": hx,
                     "transactionIndex": "0x0", "logIndex": "0x0", "removed": False}]}
def rpc(result, id=1):
    return json.dumps({"jsonrpc": "2.0", "id": id, "result": result}).encode()
put("fuzz_eth_rpc", bytes([0]) + h + rpc(receipt))
put("fuzz_eth_rpc", bytes([0]) + h + rpc(None))
logs = [dict(receipt["logs"][0], blockNumber=hex((h[0] << 8 | h[1]) + 1))]
put("fuzz_eth_rpc", bytes([1]) + h + rpc(logs))
put("fuzz_eth_rpc", bytes([1]) + h + json.dumps({"jsonrpc": "2.0", "id": 1, "error": {"code": -32005, "message": "query returned more than 10000 results"}}).encode())
tx = {"hash": hx, "nonce": "0x1", "blockHash": None, "blockNumber": None, "from": "0x" + "11" * 20,
      "to": "0x" + "22" * 20, "value": "0x0", "gas": "0x5208", "maxFeePerGas": "0x2",
      "maxPriorityFeePerGas": "0x1", "input": "0x", "type": "0x2", "chainId": "0xa868"}
put("fuzz_eth_rpc", bytes([2]) + h + rpc(tx))
second = bytearray(h); second[31] ^= 1
batch = [{"jsonrpc": "2.0", "id": i + 1, "result": dict(tx, hash="0x" + x.hex())}
         for i, x in enumerate([h, bytes(second), h])]
put("fuzz_eth_rpc", bytes([3]) + h + json.dumps(batch).encode())
put("fuzz_eth_rpc", bytes([4]) + h + json.dumps([{"jsonrpc": "2.0", "id": 1, "result": {"baseFeePerGas": "0x5d21dba00", "number": "0x10"}},
                                                  {"jsonrpc": "2.0", "id": 2, "result": "0x3b9aca00"}]).encode())
put("fuzz_eth_rpc", bytes([5]) + h + json.dumps({"jsonrpc": "2.0", "id": 1, "error": {"code": 3, "message": "execution reverted: nope", "data": "0x08c379a0" + word(32).hex() + word(4).hex() + b"nope".ljust(32, b"\0").hex()}}).encode())
put("fuzz_eth_rpc", bytes([6]) + h + rpc("0x5208"))
put("fuzz_eth_rpc", bytes([7]) + h + rpc({"hash": "0x" + "ab" * 32, "number": "0x102", "timestamp": "0x65"}))
put("fuzz_eth_rpc", bytes([8]) + h + json.dumps([{"jsonrpc": "2.0", "id": i + 1, "result": {"number": hex(258 + i), "timestamp": hex(100 + i), "hash": "0x" + "ab" * 32}} for i in range(3)]).encode())
put("fuzz_eth_rpc", bytes([9]) + h + rpc(hx))
put("fuzz_eth_rpc", bytes([9]) + h + json.dumps({"jsonrpc": "2.0", "id": 1, "error": {"code": -32000, "message": "nonce too low"}}).encode())
put("fuzz_eth_rpc", bytes([10]) + h + rpc("0xa868"))
put("fuzz_eth_rpc", bytes([11]) + h + json.dumps("0x00ff").encode())
put("fuzz_eth_rpc", bytes([11]) + h + json.dumps(receipt["logs"][0]).encode())
# Found by fuzz_eth_rpc (CI, issue 16): parseQuantity took a second "0x" ("0x0x222effe") as
# a prefix of U256::fromHex instead of refusing it.
put("fuzz_eth_rpc", bytes([11]) + h + b"0x0x222effe")

# --- network descriptions.
put("fuzz_network", read("operator", "network.json"))
put("fuzz_network", read("vault", "network-devnet.json"))

# --- operator answers.
put("fuzz_operator_json", '{"type":"about:blank","title":"Not Found","status":404,"detail":"no such provider"}')
put("fuzz_operator_json", '{"token":"bsk_0123456789abcdef0123456789","server":{"serverId":"s1","name":"api","status":"active","createdAt":"2026-01-01T00:00:00Z","revokedAt":null}}')
put("fuzz_operator_json", '{"cycles":[{"cycleId":"c1","periodStart":"2026-01-01T00:00:00Z","periodEnd":"2026-01-02T00:00:00Z","weight":"1","totalWeight":"2","amount":"5","status":"confirmed"}],"nextCursor":null}')
put("fuzz_operator_json", '{"providerId":"p1","token":{"symbol":"USDC","decimals":6},"totals":{"distributed":"5","cycles":1},"cycles":[{"cycleId":"c1","periodStart":"2026-01-01T00:00:00Z","periodEnd":"2026-01-02T00:00:00Z","status":"completed","pool":"10","weight":"1","totalWeight":"2","amount":"5","usage":{"calls":"1","bytesOut":"2048","responseMsTotal":"85","errors":"0"},"transfer":null}],"nextCursor":null}')

# --- RLP: the vectors' encodings and the signed transactions.
for c in json.loads(read("chain", "rlp-vectors.json"))["cases"]:
    enc = c.get("encoded")
    if isinstance(enc, str) and len(enc) < 600:
        put("fuzz_rlp", bytes.fromhex(enc[2:]))
for c in json.loads(read("chain", "transactions.json"))["cases"]:
    raw = c.get("raw")
    if isinstance(raw, str):
        put("fuzz_rlp", bytes.fromhex(raw[2:]))

# --- vault files: a header-sized buffer with the small scrypt parameters the fuzzer lets
# through to the KDF, and a JSON network file.
put("fuzz_vault_files", b"BSVAULT1" + bytes(4) + bytes(6) + b"\x01" + bytes(9) + bytes(range(48)))
put("fuzz_vault_files", read("vault", "network-devnet.json"))

# --- WebAssembly: the circuits (also valid wasm) and small hand-made modules.
put("fuzz_wasm", read("zk", "checks.wasm"))
def module(body_ops, results=b"\x00", params=b"\x00", locals_=b"\x00", exports=True):
    types = b"\x01\x60" + params + results
    sec = lambda i, b: bytes([i, len(b)]) + b
    code = locals_ + body_ops + b"\x0b"
    return (b"\0asm\x01\0\0\0" + sec(1, types) + sec(3, b"\x01\x00") +
            (sec(7, b"\x01\x01f\x00\x00") if exports else b"") + sec(10, b"\x01" + bytes([len(code)]) + code))
put("fuzz_wasm", module(b"\x03\x40\x0c\x00\x0b"))                               # loop: br 0 (spins)
put("fuzz_wasm", module(b"\x10\x00"))                                         # calls itself
put("fuzz_wasm", module(b"\x41\x2a", results=b"\x01\x7f"))                     # i32.const 42

# --- .wtns: a witness of 3 values in snarkjs' format.
r = 21888242871839275222246405745257275088548364400416034343698204186575808495617
def wtns(values):
    s1 = struct.pack("<I", 32) + r.to_bytes(32, "little") + struct.pack("<I", len(values))
    s2 = b"".join(v.to_bytes(32, "little") for v in values)
    return (b"wtns" + struct.pack("<II", 2, 2) + struct.pack("<IQ", 1, len(s1)) + s1 +
            struct.pack("<IQ", 2, len(s2)) + s2)
put("fuzz_wtns", wtns([1, 12, 3]))
put("fuzz_wtns", wtns([1, r - 1]))

# --- .zkey: the file header and a Groth16 header section (the reader refuses it further on,
# which is where the fuzzer starts from).
q = 21888242871839275222246405745257275088696311157297823662689037894645226208583
hdr = struct.pack("<I", 1)
g16 = (struct.pack("<I", 32) + q.to_bytes(32, "little") + struct.pack("<I", 32) + r.to_bytes(32, "little") +
       struct.pack("<III", 4, 1, 4) + bytes(64 * 3 + 128 * 2))
put("fuzz_zkey", b"zkey" + struct.pack("<II", 1, 2) + struct.pack("<IQ", 1, len(hdr)) + hdr +
    struct.pack("<IQ", 2, len(g16)) + g16)

# --- witness calculator: length-prefixed circuit, then its input.
for name in ["checks", "features"]:
    w = read("zk", name + ".wasm")
    put("fuzz_witness", struct.pack("<I", len(w)) + w + read("zk", name + ".json"))
w = read("zk", "checks.wasm")
put("fuzz_witness", struct.pack("<I", len(w)) + w + read("zk", "checks_assert.json"))

# --- GET /audit/totals (operator-api.md, Audit): one cycle with two transfers and a deposit,
# and an empty period.
addr = "0x" + "ab" * 20
totals = {
    "from": "2026-11-01T00:00:00Z", "to": "2026-12-01T00:00:00Z",
    "token": {"symbol": "USDC", "decimals": 6},
    "auditor": {"address": addr, "publicKey": ["1", "2"]},
    "grandTotal": "3000000", "transferCount": 2,
    "cycles": [{"cycleId": "c1", "periodStart": "2026-11-01T00:00:00Z",
                "periodEnd": "2026-11-02T00:00:00Z", "pool": "3000000",
                "totalDistributed": "3000000", "transferCount": 2,
                "transfers": [{"txHash": "0x" + "11" * 32, "blockNumber": 120, "logIndex": 4,
                               "to": "0x" + "cd" * 20},
                              {"txHash": "0x" + "22" * 32, "blockNumber": 121, "logIndex": 0,
                               "to": "0x" + "ef" * 20}]}],
    "deposits": [{"txHash": "0x" + "33" * 32, "amount": "5000000"}]}
put("fuzz_audit_totals", json.dumps(totals))
put("fuzz_audit_totals", json.dumps({**totals, "grandTotal": "0", "transferCount": 0,
                                     "cycles": [], "deposits": []}))

# --- an auditor's report (docs/audit-report.md) with every member, unsigned: the reader and
# the internal checks run on it before the signature fails.
zero = "0"
report = {
    "schema": "backendshield-audit-report/1", "createdAt": "2026-12-01T10:00:00Z",
    "software": "BackendShield 0.1.0", "status": "clean",
    "period": {"from": totals["from"], "to": totals["to"]},
    "network": {"chainId": 43112, "registrar": addr, "encryptedErc": addr, "token": addr,
                "tokenId": None, "tokenSymbol": "USDC", "tokenDecimals": 6, "eercDecimals": 6,
                "operator": addr, "deploymentBlock": 1},
    "amountDecimals": 6,
    "blocks": {"scannedFrom": 1, "scannedTo": 200, "window": {"from": 100, "to": 150},
               "reportedSpan": {"from": 120, "to": 120}},
    "auditor": {"address": addr, "publicKey": ["1", "2"], "currentAuditor": addr,
                "currentKeyMatches": True, "epochs": [{"fromBlock": 2, "fromLogIndex": 0,
                                                       "auditor": addr}]},
    "operatorReport": {"status": "received", "server": "http://127.0.0.1:8787/api/v1",
                       "sha256": "00" * 32, "bytes": 100, "error": None, "earlierSha256": None},
    "cycles": [{"cycleId": "c1", "periodStart": "2026-11-01T00:00:00Z",
                "periodEnd": "2026-11-02T00:00:00Z", "pool": "1000000",
                "reportedTotal": "1000000", "reportedDust": zero, "reportedCount": 1,
                "listedCount": 1, "foundCount": 1, "decryptedTotal": "1000000",
                "complete": True, "status": "ok"}],
    "totals": {"reportedTotal": "1000000", "reportedCount": 1, "decryptedTotal": "1000000",
               "foundCount": 1, "unreportedTotal": zero, "unreportedCount": 0,
               "earlierPeriodCount": 0, "withdrawnTotal": zero, "burnedTotal": zero,
               "depositedTotal": zero},
    "payouts": [{"txHash": "0x" + "11" * 32, "logIndex": 4, "blockNumber": 120,
                 "blockTime": 1762000000, "to": "0x" + "cd" * 20, "auditor": addr,
                 "pct": "decrypted", "amount": "1000000", "eercAmount": "1000000",
                 "attribution": "cycle", "cycleId": "c1"}],
    "movements": [],
    "findings": [],
    "summary": {"findings": 0, "high": 0, "medium": 0, "low": 0},
    "signature": {"scheme": "eip191-personal-sign", "signer": addr, "value": "0x" + "00" * 65}}
put("fuzz_audit_report", json.dumps(report, sort_keys=True, separators=(",", ":")))
finding = {"kind": "cycle-total-mismatch", "severity": "high", "message": "The cycle differs.",
           "cycleId": "c1", "txHash": None, "logIndex": None, "blockNumber": None,
           "address": None, "reported": "1000000", "found": "999999"}
put("fuzz_audit_report", json.dumps({**report, "status": "findings", "findings": [finding],
                                     "summary": {"findings": 1, "high": 1, "medium": 0, "low": 0}}))

# --- a provider's statement (docs/statement.md): two lines, consistent sums, proofs not valid
# (the reader checks the form and the sums; the proofs are the checker's business).
def line(i, value):
    return {"txHash": "0x" + ("%02x" % (0x40 + i)) * 32, "logIndex": i, "block": 100 + i,
            "time": "2026-11-0%dT12:00:00Z" % (i + 1), "from": addr, "value": str(value),
            "amount": "%d.%06d" % (value // 10**6, value % 10**6),
            "ciphertext": {"c1": ["1", "2"], "c2": ["3", "4"]},
            "proof": {"c": "5", "z": "6"}}
statement = {
    "format": "backendshield-statement", "version": 1, "chainId": 43112,
    "contracts": {"encryptedErc": addr, "registrar": addr}, "account": "0x" + "cd" * 20,
    "publicKey": ["7", "8"], "token": {"symbol": "USDC", "decimals": 6}, "eercDecimals": 6,
    "period": {"from": "2026-11-01T00:00:00Z", "to": "2026-12-01T00:00:00Z"},
    "createdAt": "2026-12-02T00:00:00Z", "count": 2, "total": "3.500000",
    "lines": [line(0, 1500000), line(1, 2000000)]}
put("fuzz_statement", json.dumps(statement))
put("fuzz_statement", json.dumps({**statement, "count": 0, "total": "0.000000", "lines": []}))
