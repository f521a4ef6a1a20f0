import crypto from "node:crypto";
import fs from "node:fs";

/** SHA-256 of a file's bytes, lowercase hex. */
export function sha256File(file) {
    const h = crypto.createHash("sha256");
    const fd = fs.openSync(file, "r");
    try {
        const buf = Buffer.alloc(1 << 20);
        let n;
        while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) h.update(buf.subarray(0, n));
    } finally {
        fs.closeSync(fd);
    }
    return h.digest("hex");
}

/** SHA-256 over a sequence of strings/buffers, each length-prefixed so parts cannot merge. */
export function sha256Parts(parts) {
    const h = crypto.createHash("sha256");
    for (const p of parts) {
        const b = Buffer.isBuffer(p) ? p : Buffer.from(String(p), "utf8");
        h.update(`${b.length}:`);
        h.update(b);
    }
    return h.digest("hex");
}
