// SPDX-License-Identifier: GPL-3.0-or-later
// The devnet's side of the GUI end-to-end test (tests/gui/tst_provider_devnet.cpp), with the
// devnet's own ethers and eERC client:
//   node devnet_wallet.mjs fund <address>          10 AVAX of gas money from the deployer
//   node devnet_wallet.mjs pay <address> <USDC>    a private transfer from the operator
//   node devnet_wallet.mjs cycle <providerId> <calls> <otherCalls> <pool>
//        the operator's way: integrates the provider, registers a second provider with
//        <otherCalls>, reports one hour of usage for both through a new usage server, and
//        runs a distribution cycle of <pool> base units through the operator's server
// Prints one JSON line: {"tx": "0x...", "block": n} (fund, pay) or the finished cycle.
// Env: DEVNET_DIR (the devnet directory), NETWORK_JSON (its network.json).
import { readFileSync } from "node:fs";
import path from "node:path";

const devnetDir = process.env.DEVNET_DIR;
const network = JSON.parse(readFileSync(process.env.NETWORK_JSON, "utf8"));
const lib = (name) => import(path.join(devnetDir, "lib", name));
const { ethers } = await import(path.join(devnetDir, "node_modules", "ethers", "lib.esm", "index.js"));
const { EercAccount } = await lib("eerc.mjs");
const { devWallet } = await lib("accounts.mjs");
const { artifact } = await lib("contracts.mjs");
const { initCrypto } = await lib("crypto.mjs");
const { releaseProver } = await lib("proofs.mjs");

const { signedMessage } = await import(path.join(devnetDir, "server", "src", "auth.mjs"));

const [command, address, amount, ...rest] = process.argv.slice(2);
const provider = new ethers.JsonRpcProvider(network.rpcUrl, undefined, { staticNetwork: true });
const deployer = new ethers.NonceManager(devWallet(0, provider));
const contract = (name, at) => new ethers.Contract(at, artifact(name).abi, provider);

// The operator API as any client calls it: signed by a wallet, or with a usage server token.
const apiBase = `http://127.0.0.1:${process.env.BS_SERVER_PORT ?? 8787}/api/v1`;
async function api(method, route, { as, token, body } = {}) {
    const text = body === undefined ? "" : JSON.stringify(body);
    const headers = text ? { "Content-Type": "application/json" } : {};
    if (as) {
        const ts = String(Math.floor(Date.now() / 1000));
        const nonce = ethers.hexlify(ethers.randomBytes(16)).slice(2);
        const message = signedMessage(method, route, ts, nonce, Buffer.from(text));
        Object.assign(headers, {
            "X-BS-Address": as.address,
            "X-BS-Timestamp": ts,
            "X-BS-Nonce": nonce,
            "X-BS-Signature": await as.signMessage(message),
        });
    }
    if (token) headers.Authorization = `Bearer ${token}`;
    const res = await fetch(apiBase + route, { method, headers, body: text || undefined });
    const json = await res.json();
    if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`);
    return json;
}

async function runCycle(providerId, calls, otherCalls, pool) {
    await initCrypto();
    const operatorWallet = new ethers.Wallet(network.accounts.find((a) => a.index === 0).privateKey, provider);
    await api("POST", `/providers/${providerId}/status`, {
        as: operatorWallet,
        body: { status: "integrated", reason: "e2e: wired into FlowMCP" },
    });
    // A second provider, so the share is a real fraction.
    const other = ethers.Wallet.createRandom().connect(provider);
    await (await deployer.sendTransaction({ to: other.address, value: ethers.parseEther("1") })).wait();
    const contracts = {
        registrar: contract("Registrar", network.contracts.registrar),
        encryptedERC: contract("EncryptedERC", network.contracts.encryptedErc),
    };
    const otherEerc = await EercAccount.create(other, contracts);
    await otherEerc.register();
    const registered = await api("POST", "/providers/register", {
        as: other,
        body: {
            address: other.address,
            eercPublicKey: otherEerc.keys.publicKey.map(String),
            displayName: "E2E Other",
            contactEmail: "ops@other.example",
            api: { name: "e2e-other", baseUrl: "https://api.other.example", category: "data", pricing: "free" },
        },
    });
    await api("POST", `/providers/${registered.providerId}/status`, {
        as: operatorWallet,
        body: { status: "integrated", reason: "e2e" },
    });
    const server = await api("POST", "/servers", { as: operatorWallet, body: { name: `e2e-${other.address.slice(2, 10)}` } });
    // One hour in 2024 picked from the address, so reruns on one devnet never overlap.
    const hour = 3600_000;
    const start = Date.UTC(2024, 0, 1) + (parseInt(other.address.slice(2, 10), 16) % (365 * 24)) * hour;
    const period = { periodStart: new Date(start).toISOString(), periodEnd: new Date(start + hour).toISOString() };
    await api("POST", "/usage/submit", {
        token: server.token,
        body: {
            batchId: `e2e-${other.address}`,
            ...period,
            records: [
                { providerId, calls: Number(calls), bytesOut: 0, responseMsTotal: 0, errors: 0 },
                { providerId: registered.providerId, calls: Number(otherCalls), bytesOut: 0, responseMsTotal: 0, errors: 0 },
            ],
        },
    });
    const started = await api("POST", "/revenue/distribute", { as: operatorWallet, body: { ...period, pool: String(pool) } });
    for (;;) {
        await new Promise((r) => setTimeout(r, 500));
        const c = await api("GET", `/revenue/cycles/${started.cycleId}`, { as: operatorWallet });
        if (["completed", "failed", "skipped_insufficient_usage"].includes(c.status)) return c;
    }
}

try {
    if (command === "cycle") {
        console.log(JSON.stringify(await runCycle(address, amount, rest[0], rest[1])));
    } else if (!ethers.isAddress(address)) {
        throw new Error(`not an address: ${address}`);
    } else if (command === "fund") {
        const receipt = await (await deployer.sendTransaction({ to: address, value: ethers.parseEther("10") })).wait();
        console.log(JSON.stringify({ tx: receipt.hash, block: receipt.blockNumber }));
    } else if (command === "pay") {
        await initCrypto();
        const contracts = {
            registrar: contract("Registrar", network.contracts.registrar),
            encryptedERC: contract("EncryptedERC", network.contracts.encryptedErc),
            token: contract("DevUSDC", network.contracts.token),
        };
        const operator = await EercAccount.create(deployer, contracts);
        await operator.register();
        const value = ethers.parseUnits(amount, 6);
        let tokenId = await contracts.encryptedERC.tokenIds(network.contracts.token);
        if (tokenId === 0n || (await operator.balance(tokenId)).total < value) {
            await operator.deposit(value * 10n);
            tokenId = await contracts.encryptedERC.tokenIds(network.contracts.token);
        }
        const receipt = await operator.transfer(address, tokenId, value);
        console.log(JSON.stringify({ tx: receipt.hash, block: receipt.blockNumber }));
    } else {
        throw new Error(`unknown command: ${command}`);
    }
} finally {
    provider.destroy();
    await releaseProver();
}
