// Wires config, database, chain and HTTP together. Used by main.mjs and by the tests.
import http from "node:http";

import { createApp, BASE_PATH } from "./app.mjs";
import { purgeNonces } from "./auth.mjs";
import { Chain } from "./chain.mjs";
import { CycleEngine } from "./cycles.mjs";
import { createPool, migrate } from "./db.mjs";
import { DEVNET_OPERATOR } from "./misbehave.mjs";

/** Starts the server; resolves to { url, port, close(), engine, pool, chain } once listening. */
export async function startServer(
    config,
    { log = (m) => console.log(`${new Date().toISOString()} ${m}`) } = {},
) {
    const misbehave = config.misbehave ?? [];
    const pool = createPool(config.databaseUrl);
    const applied = await migrate(pool);
    if (applied.length) log(`migrations applied: ${applied.join(", ")}`);
    const chain = await Chain.load(config);
    if (misbehave.length) {
        // The lies are for the devnet's auditor tests: never with a real operator key.
        if (chain?.wallet.address !== DEVNET_OPERATOR) {
            await pool.end();
            throw new Error(
                `BS_SERVER_MISBEHAVE is refused: the operator is not the devnet's well-known account ${DEVNET_OPERATOR}`,
            );
        }
        log(`MISBEHAVING ON PURPOSE (devnet test switch): ${misbehave.join(", ")}`);
    }
    if (!chain)
        log(
            `no chain description at ${config.networkJson}: GET /network answers 503 and cycles cannot pay`,
        );
    const operatorAddresses = config.operatorAddresses.length
        ? config.operatorAddresses
        : chain
          ? [chain.network.operatorAddress]
          : [];
    const auditorAddresses = config.auditorAddresses.length
        ? config.auditorAddresses
        : chain
          ? [chain.network.auditor.address]
          : [];
    const engine = new CycleEngine({ pool, chain, log, misbehave });
    const server = http.createServer();
    await new Promise((resolve, reject) =>
        server.once("error", reject).listen(config.port, config.host, resolve),
    );
    const port = server.address().port;
    const publicUrl = config.publicUrl ?? `http://${config.host}:${port}${BASE_PATH}`;
    const full = { ...config, operatorAddresses, auditorAddresses, publicUrl, log };
    server.on("request", createApp({ pool, config: full, chain, engine }));
    const purge = setInterval(
        () => purgeNonces(pool).catch((e) => log(`nonce purge: ${e.message}`)),
        60000,
    );
    purge.unref();
    const resumed = await engine.resumeAll();
    if (resumed.length) log(`resuming cycles ${resumed.join(", ")}`);
    log(`listening on ${publicUrl}`);
    return {
        url: publicUrl,
        port,
        engine,
        pool,
        chain,
        async close() {
            engine.stopping = true;
            clearInterval(purge);
            const closed = new Promise((r) => server.close(r));
            server.closeAllConnections();
            await closed;
            await engine.idle().catch(() => {});
            await pool.end();
        },
    };
}
