// SPDX-License-Identifier: GPL-3.0-or-later
// Generates tests/data/blake512-random.json: BLAKE-512 digests computed by the npm package
// `blake-hash` (its "blake512", the original SHA-3 finalist BLAKE) for one message of every
// length 0..300 bytes. Message bytes are deterministic (SHA-256 in counter mode over a fixed
// label) so the file can be regenerated bit for bit.
//
//   mkdir /tmp/blake && cd /tmp/blake && npm install blake-hash@2
//   NODE_PATH=/tmp/blake/node_modules node tests/data/gen/blake512-random.mjs \
//       > tests/data/blake512-random.json
import { createHash } from "node:crypto";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// The pure-JS implementation, so that the result does not depend on the optional native addon.
const createBlakeHash = require("blake-hash/js");

function messageBytes(length) {
    const out = Buffer.alloc(length);
    for (let block = 0; block * 32 < length; ++block) {
        const h = createHash("sha256").update(`blake512-random/${length}/${block}`).digest();
        h.copy(out, block * 32, 0, Math.min(32, length - block * 32));
    }
    return out;
}

const cases = [];
for (let length = 0; length <= 300; ++length) {
    const msg = messageBytes(length);
    const digest = createBlakeHash("blake512").update(msg).digest("hex");
    cases.push({ inputHex: msg.toString("hex"), blake512Hex: digest });
}

const pkg = require("blake-hash/package.json");
console.log(JSON.stringify({
    about: `BLAKE-512 (original BLAKE, 16 rounds) of one message per length 0..300 bytes, computed by npm blake-hash ${pkg.version} (pure-JS build, blake-hash/js). Message bytes: SHA-256("blake512-random/<length>/<block>") blocks concatenated and truncated. Generator: tests/data/gen/blake512-random.mjs.`,
    cases,
}, null, 1));
