// Migrations: applied once, in order, each in a transaction with its record.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";

import { createPool, migrate, migrationFiles } from "../src/db.mjs";
import { freshDatabase } from "./helpers.mjs";

test("migrations apply once and are recorded", async () => {
    const pool = createPool(await freshDatabase("mig"));
    try {
        const files = migrationFiles();
        assert.ok(files.length >= 1);
        assert.deepEqual(
            await migrate(pool),
            files.map((f) => f.name),
        );
        assert.deepEqual(await migrate(pool), [], "second run applies nothing");
        const r = await pool.query("SELECT version, name FROM schema_migrations ORDER BY version");
        assert.deepEqual(
            r.rows.map((x) => x.name),
            files.map((f) => f.name),
        );
    } finally {
        await pool.end();
    }
});

test("a failing migration leaves no trace", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bs-mig-"));
    fs.writeFileSync(path.join(dir, "001_ok.sql"), "CREATE TABLE a (x int);");
    fs.writeFileSync(
        path.join(dir, "002_bad.sql"),
        "CREATE TABLE b (x int); SELECT no_such_function();",
    );
    const pool = createPool(await freshDatabase("migbad"));
    try {
        await assert.rejects(migrate(pool, dir), /002_bad.sql failed/);
        const t = await pool.query("SELECT to_regclass('a') AS a, to_regclass('b') AS b");
        assert.equal(t.rows[0].a, "a");
        assert.equal(t.rows[0].b, null, "002 rolled back");
        assert.deepEqual(
            (await pool.query("SELECT version FROM schema_migrations")).rows.map((x) => x.version),
            [1],
        );
    } finally {
        await pool.end();
        fs.rmSync(dir, { recursive: true, force: true });
    }
});

test("a database of migration 001 upgrades in place: its usage servers stay active", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bs-mig-up-"));
    const [first] = migrationFiles();
    fs.copyFileSync(first.file, path.join(dir, first.name));
    const pool = createPool(await freshDatabase("migup"));
    try {
        assert.deepEqual(await migrate(pool, dir), [first.name]);
        await pool.query(
            "INSERT INTO usage_servers (server_id, name, token_sha256) VALUES ('srv_old', 'old', 'h')",
        );
        const rest = await migrate(pool);
        assert.deepEqual(
            rest,
            migrationFiles()
                .slice(1)
                .map((f) => f.name),
        );
        const r = await pool.query("SELECT revoked_at, revoked_by FROM usage_servers");
        assert.deepEqual(r.rows, [{ revoked_at: null, revoked_by: null }]);
    } finally {
        await pool.end();
        fs.rmSync(dir, { recursive: true, force: true });
    }
});
