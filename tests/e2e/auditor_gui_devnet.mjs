// SPDX-License-Identifier: GPL-3.0-or-later
// The devnet's side of the auditor GUI end-to-end test (tests/gui/tst_auditor_gui_devnet.cpp),
// with the devnet's own ethers, eERC client and API client, and the devnet command line:
//   node auditor_gui_devnet.mjs cycle     two fresh providers registered on chain and with the
//                                         server, integrated; a usage server; usage in a period
//                                         of this run alone, which starts on a whole UTC minute
//                                         (the Verify page takes minutes); a cycle paid for it:
//                                         {"from": "YYYY-MM-DD HH:MM", "cycleId", "distributed",
//                                          "transfers": [{"txHash", "blockNumber", "logIndex"}],
//                                          "providers": ["0x…"]}
//   node auditor_gui_devnet.mjs server <honest|stopped|mode,mode…>
//                                         the operator server restarted honest, stopped, or lying
//                                         in /audit/totals (devnet/devnet server-restart
//                                         --misbehave): {"server": "<what was asked>"}
//   node auditor_gui_devnet.mjs payout <address> <base units>
//                                         a transfer from the operator outside any cycle
//                                         (devnet/devnet payout): its JSON line
// Env: DEVNET_DIR (the devnet directory), NETWORK_JSON (its network.json).
import { apiClient, chainNow, devWallet, devnetCommand, ethers, initCrypto, network, provider, registerProvider, releaseProver, setServer } from "./devnet.mjs";

const operatorWallet = devWallet(0, provider);
const iso = (ms) => new Date(ms).toISOString().replace(/\.000Z$/, "Z");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const [command, ...args] = process.argv.slice(2);

async function cycle() {
    await initCrypto();
    const { api, must } = apiClient(network.operatorUrl);
    const deployer = new ethers.NonceManager(operatorWallet);
    const providers = [];
    for (const name of ["audit-gui-alpha", "audit-gui-beta"]) {
        const p = await registerProvider({ name, funder: deployer, api, must });
        must(await api("POST", `/providers/${p.providerId}/status`, {
            as: operatorWallet, body: { status: "integrated", reason: "auditor gui e2e" },
        }), 200);
        providers.push(p);
    }
    const server = must(await api("POST", "/servers", { as: operatorWallet, body: { name: `audit-gui-${Date.now()}` } }), 201);

    // The period starts on the next whole minute (at least 2 s ahead), so that the auditor's
    // "from" (minutes) takes in nothing earlier tests paid; it lasts 2 s and is over before the
    // cycle starts.
    const periodStart = Math.ceil(((await chainNow()) + 2000) / 60000) * 60000;
    const periodEnd = periodStart + 2000;
    while (Date.now() < periodEnd + 500) await sleep(250);
    const period = { periodStart: iso(periodStart), periodEnd: iso(periodEnd) };
    must(await api("POST", "/usage/submit", {
        token: server.token,
        body: {
            batchId: `audit-gui-${periodStart}`, ...period,
            records: providers.map((p, i) => ({ providerId: p.providerId, calls: 300 + 200 * i, bytesOut: 0, responseMsTotal: 0, errors: 0 })),
        },
    }), 202);
    const started = must(await api("POST", "/revenue/distribute", { as: operatorWallet, body: { ...period, pool: "2500000" } }), 202);
    let c;
    do {
        await sleep(500);
        c = must(await api("GET", `/revenue/cycles/${started.cycleId}`, { as: operatorWallet }), 200);
    } while (!["completed", "failed", "skipped_insufficient_usage"].includes(c.status));
    if (c.status !== "completed") throw new Error(`the cycle ended ${c.status}: ${JSON.stringify(c)}`);
    return {
        from: iso(periodStart).slice(0, 16).replace("T", " "),
        cycleId: c.cycleId,
        distributed: c.distributed,
        transfers: c.transfers.map((t) => ({ txHash: t.txHash, blockNumber: t.blockNumber, logIndex: t.logIndex })),
        providers: providers.map((p) => p.address),
    };
}

async function payout([to, amount]) {
    return JSON.parse(await devnetCommand("payout", "--to", to, "--amount", amount));
}

try {
    const out = command === "cycle" ? await cycle()
              : command === "server" ? await setServer(args[0])
              : command === "payout" ? await payout(args)
              : (() => { throw new Error(`unknown command: ${command}`); })();
    console.log(JSON.stringify(out));
} finally {
    provider.destroy();
    await releaseProver();
}
