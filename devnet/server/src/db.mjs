// PostgreSQL access: a pool, transactions, and the numbered migrations in ../migrations.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "migrations");

// bigint (int8) and numeric come back as strings: exact, never floats.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => v);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v);

export function createPool(connectionString) {
    return new pg.Pool({ connectionString, max: 8 });
}

/** Runs fn(client) inside BEGIN/COMMIT; rolls back and rethrows on any error. */
export async function withTransaction(pool, fn) {
    const client = await pool.connect();
    try {
        await client.query("BEGIN");
        const result = await fn(client);
        await client.query("COMMIT");
        return result;
    } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
    } finally {
        client.release();
    }
}

/** Migration files NNN_name.sql in numeric order. */
export function migrationFiles(dir = MIGRATIONS_DIR) {
    return fs
        .readdirSync(dir)
        .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
        .sort()
        .map((f) => ({ version: Number(f.slice(0, 3)), name: f, file: path.join(dir, f) }));
}

/**
 * Applies every migration not yet recorded in schema_migrations, each in its own transaction
 * together with its record. An advisory lock keeps two starting servers from racing.
 * Returns the names applied.
 */
export async function migrate(pool, dir = MIGRATIONS_DIR) {
    const applied = [];
    const client = await pool.connect();
    try {
        await client.query("SELECT pg_advisory_lock(4242001)");
        await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer PRIMARY KEY, name text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now())`);
        const done = new Set(
            (await client.query("SELECT version FROM schema_migrations")).rows.map(
                (r) => r.version,
            ),
        );
        for (const m of migrationFiles(dir)) {
            if (done.has(m.version)) continue;
            const sql = fs.readFileSync(m.file, "utf8");
            try {
                await client.query("BEGIN");
                await client.query(sql);
                await client.query(
                    "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                    [m.version, m.name],
                );
                await client.query("COMMIT");
            } catch (e) {
                await client.query("ROLLBACK").catch(() => {});
                throw new Error(`migration ${m.name} failed: ${e.message}`);
            }
            applied.push(m.name);
        }
    } finally {
        await client.query("SELECT pg_advisory_unlock(4242001)").catch(() => {});
        client.release();
    }
    return applied;
}
