// SPDX-License-Identifier: GPL-3.0-or-later
// What the end-to-end scripts take from the running devnet, the independent side of every
// check: its network.json (NETWORK_JSON, written by the devnet's deploy script), its own ethers
// and JavaScript eERC client (DEVNET_DIR), an RPC provider, its contracts, and a fresh API
// provider registered on chain with its own proof and with the operator's server.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

export const devnetDir = process.env.DEVNET_DIR;
export const networkFile = process.env.NETWORK_JSON;
export const network = JSON.parse(readFileSync(networkFile, "utf8"));
export const lib = (name) => import(path.join(devnetDir, "lib", name));
export const { ethers } = await import(path.join(devnetDir, "node_modules", "ethers", "lib.esm", "index.js"));
export const { EercAccount } = await lib("eerc.mjs");
export const { devWallet } = await lib("accounts.mjs");
export const { artifact } = await lib("contracts.mjs");
export const { initCrypto } = await lib("crypto.mjs");
export const { releaseProver } = await lib("proofs.mjs");
export const { apiClient } = await import(path.join(devnetDir, "server", "bin", "client.mjs"));

export const provider = new ethers.JsonRpcProvider(network.rpcUrl, undefined, { staticNetwork: true });
export const contract = (name, at, runner) => new ethers.Contract(at, artifact(name).abi, runner ?? provider);

/**
 * "Now" for a period that an audit windows by block time (ms): the later of the wall clock and
 * the latest block's time. Hardhat's timestamps run ahead of the clock when blocks come faster
 * than one a second, so a period that starts at the wall clock could take in earlier payouts.
 */
export async function chainNow() {
    const latest = await provider.getBlock("latest");
    return Math.max(Date.now(), latest.timestamp * 1000);
}

/**
 * A fresh API provider named `name`: a new wallet given 1 AVAX of gas by `funder`, registered
 * on chain (the devnet's JS prover) and with the operator's server through `api` (an
 * apiClient). Returns { wallet, eerc, providerId, address }.
 */
export async function registerProvider({ name, funder, api, must, pricing = "free" }) {
    const wallet = ethers.Wallet.createRandom().connect(provider);
    await (await funder.sendTransaction({ to: wallet.address, value: ethers.parseEther("1") })).wait();
    const eerc = await EercAccount.create(wallet, {
        registrar: contract("Registrar", network.contracts.registrar),
        encryptedERC: contract("EncryptedERC", network.contracts.encryptedErc),
    });
    await eerc.register();
    const registered = must(await api("POST", "/providers/register", {
        as: wallet,
        body: {
            address: wallet.address,
            eercPublicKey: eerc.keys.publicKey.map(String),
            displayName: `E2E ${name}`,
            contactEmail: `ops@${name}.example`,
            api: { name: `e2e-${name}`, baseUrl: `https://api.${name}.example`, category: "data", pricing },
        },
    }), 201);
    return { wallet, eerc, providerId: registered.providerId, address: wallet.address };
}

/** `devnet/devnet <args>` for this devnet's ports; resolves to its last line of output. */
export async function devnetCommand(...args) {
    const { stdout } = await promisify(execFile)(path.join(devnetDir, "devnet"), args, {
        env: {
            ...process.env,
            BS_SERVER_PORT: new URL(network.operatorUrl).port,
            BS_DEVNET_PORT: new URL(network.rpcUrl).port,
        },
        maxBuffer: 1 << 24,
    });
    return stdout.trim().split("\n").pop();
}

/**
 * The operator server restarted honest ("honest"), stopped ("stopped"), or misbehaving on
 * purpose with a comma list of devnet test switches (devnet/server/src/misbehave.mjs).
 */
export async function setServer(mode) {
    if (mode === "honest") await devnetCommand("server-restart");
    else if (mode === "stopped")
        await promisify(execFile)(path.join(devnetDir, "server", "bin", "server.sh"), ["stop"], {
            env: { ...process.env, BS_SERVER_PORT: new URL(network.operatorUrl).port },
        });
    else await devnetCommand("server-restart", "--misbehave", mode);
    return { server: mode };
}
