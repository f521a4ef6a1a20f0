// bin/pg.sh from a checkout that the cluster owner cannot enter (issue 20): a fresh clone inside
// a 0700 home directory, as root (the cluster then belongs to the postgres user) or not. The
// script is copied into that layout and run with its defaults, as a newcomer would.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import pg from "pg";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const isRoot = process.getuid() === 0;
const home = fs.mkdtempSync(path.join(os.tmpdir(), "bs-newcomer-home-"));
const clone = path.join(home, "src", "backendshield");
const script = path.join(clone, "devnet", "server", "bin", "pg.sh");
const env = { ...process.env, BS_PG_DB: "newcomer" };
delete env.BS_PG_DIR;
delete env.BS_PG_LOG;
const pgsh = (cmd) => execFileSync(script, [cmd], { env, encoding: "utf8" }).trim();
fs.mkdirSync(path.dirname(script), { recursive: true });
fs.copyFileSync(path.join(HERE, "..", "bin", "pg.sh"), script);
fs.chmodSync(script, 0o755);
fs.chmodSync(home, 0o700);

after(() => {
    try {
        pgsh("destroy");
    } finally {
        fs.rmSync(home, { recursive: true, force: true });
    }
});

test("the cluster comes up from a checkout inside a 0700 home directory", async () => {
    const url = pgsh("up");
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
        const r = await c.query("SELECT current_database() AS db, current_user AS u");
        assert.deepEqual(r.rows[0], { db: "newcomer", u: "postgres" });
    } finally {
        await c.end();
    }
    assert.match(pgsh("status"), /^running postgresql:\/\//);
    const where = pgsh("where");
    const st = fs.statSync(where);
    assert.equal(st.mode & 0o777, 0o700, "only the cluster owner enters it");
    if (isRoot) {
        // Outside the checkout, owned by postgres, named after the checkout's path.
        assert.ok(!where.startsWith(home + path.sep), where);
        const postgresUid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
        assert.equal(st.uid, postgresUid);
        assert.equal(
            fs.realpathSync(path.join(clone, "devnet", "state", "pg", "cluster")),
            where,
        );
    } else {
        assert.equal(where, path.join(clone, "devnet", "state", "pg"));
        assert.equal(st.uid, process.getuid());
    }
    // Again: idempotent, same place, same URL.
    assert.equal(pgsh("up"), url);
    assert.equal(pgsh("where"), where);
    assert.equal(pgsh("down"), "stopped");
    assert.equal(pgsh("destroy"), `destroyed ${path.join(clone, "devnet", "state", "pg")}`);
    assert.equal(fs.existsSync(where), false, "destroy removes the cluster's files");
});

test("as root, a pre-made cluster directory that postgres does not own is refused", {
    skip: isRoot ? false : "only root relocates the cluster",
}, () => {
    const where = pgsh("where");
    fs.mkdirSync(where, { mode: 0o755 });
    try {
        assert.throws(
            () => execFileSync(script, ["up"], { env, encoding: "utf8", stdio: "pipe" }),
            (e) => /not a directory of user postgres with mode 0700/.test(e.stderr),
        );
    } finally {
        fs.rmSync(where, { recursive: true, force: true });
    }
});

test("a cluster an older pg.sh made inside BS_PG_DIR stays there", () => {
    const old = path.join(home, "old-layout");
    fs.mkdirSync(path.join(old, "data"), { recursive: true });
    fs.writeFileSync(path.join(old, "data", "PG_VERSION"), "15\n");
    const where = execFileSync(script, ["where"], {
        env: { ...env, BS_PG_DIR: old },
        encoding: "utf8",
    }).trim();
    assert.equal(where, old);
});
