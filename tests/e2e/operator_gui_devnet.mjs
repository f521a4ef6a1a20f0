// SPDX-License-Identifier: GPL-3.0-or-later
// The devnet's side of the operator GUI end-to-end test (tests/gui/tst_operator_gui_devnet.cpp),
// with the devnet's own ethers, eERC client and API client:
//   node operator_gui_devnet.mjs setup        the operator's eERC account registered and
//                                             funded (deposit), two fresh providers registered
//                                             on chain and with the server:
//                                             {"providers": [{"providerId", "address"}], "eerc": "<base units>"}
//   node operator_gui_devnet.mjs usage <token> <from> <to> <providerId>=<calls>...
//                                             usage submitted with a usage server's bearer
//                                             token: {"status": <HTTP status>}
//   node operator_gui_devnet.mjs balance <address>   what a provider decrypts: {"total": "<base units>"}
//   node operator_gui_devnet.mjs server <honest|mode,mode…>   the operator server restarted
//                                             honest or with devnet test switches
//                                             (fail-transfer: each cycle's first payment
//                                             attempt fails): {"server": "<mode>"}
// Env: DEVNET_DIR (the devnet directory), NETWORK_JSON (its network.json).
import { EercAccount, apiClient, contract, devWallet, ethers, initCrypto, network, provider, registerProvider, releaseProver, setServer } from "./devnet.mjs";

const apiBase = network.operatorUrl;
const deployer = new ethers.NonceManager(devWallet(0, provider));
const [command, ...args] = process.argv.slice(2);

async function setup() {
    await initCrypto();
    const { api, must } = apiClient(apiBase);
    const token = contract("DevUSDC", network.contracts.token);
    const encryptedERC = contract("EncryptedERC", network.contracts.encryptedErc);
    const registrar = contract("Registrar", network.contracts.registrar);
    const operator = await EercAccount.create(deployer, { registrar, encryptedERC, token });
    await operator.register();
    let id = await encryptedERC.tokenIds(network.contracts.token);
    if (id === 0n || (await operator.balance(id)).total < ethers.parseUnits("5", network.token.decimals)) {
        await operator.deposit(ethers.parseUnits("10", network.token.decimals));
        id = await encryptedERC.tokenIds(network.contracts.token);
    }
    const providers = [];
    for (const name of ["gui-alpha", "gui-beta"]) {
        const p = await registerProvider({ name, funder: deployer, api, must, pricing: "paid" });
        providers.push({ providerId: p.providerId, address: p.address, key: p.wallet.privateKey });
    }
    return { providers, eerc: String((await operator.balance(id)).total) };
}

async function usage([bearer, from, to, ...counts]) {
    const start = new Date(from).getTime();
    const res = await fetch(`${apiBase}/usage/submit`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${bearer}` },
        body: JSON.stringify({
            batchId: `gui-e2e-${Date.now()}-${Math.random()}`,
            periodStart: new Date(start + 60_000).toISOString().replace(".000Z", "Z"),
            periodEnd: new Date(start + 120_000).toISOString().replace(".000Z", "Z"),
            records: counts.map((c) => {
                const [providerId, calls] = c.split("=");
                return { providerId, calls: Number(calls), bytesOut: 10, responseMsTotal: 5, errors: 0 };
            }),
        }),
    });
    return { status: res.status };
}

async function balance([key]) {
    await initCrypto();
    const wallet = new ethers.Wallet(key, provider);
    const encryptedERC = contract("EncryptedERC", network.contracts.encryptedErc);
    const eerc = await EercAccount.create(wallet, { registrar: contract("Registrar", network.contracts.registrar), encryptedERC });
    const id = await encryptedERC.tokenIds(network.contracts.token);
    return { total: String((await eerc.balance(id)).total) };
}

try {
    const out = command === "setup" ? await setup()
              : command === "usage" ? await usage(args)
              : command === "balance" ? await balance(args)
              : command === "server" ? await setServer(args[0])
              : (() => { throw new Error(`unknown command: ${command}`); })();
    console.log(JSON.stringify(out));
} finally {
    provider.destroy();
    await releaseProver();
}
