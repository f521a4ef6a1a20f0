// SPDX-License-Identifier: GPL-3.0-or-later
// The devnet's side of the GUI end-to-end test (tests/gui/tst_provider_devnet.cpp), with the
// devnet's own ethers and eERC client:
//   node devnet_wallet.mjs fund <address>          10 AVAX of gas money from the deployer
//   node devnet_wallet.mjs pay <address> <USDC>    a private transfer from the operator: whole
//                                                  eERC units only (the deployment's decimals),
//                                                  the rest of the amount stays as dust
//   node devnet_wallet.mjs automine on|off           Hardhat mines each transaction at once,
//                                                  or leaves it pending (then: mine a block)
//   node devnet_wallet.mjs other-provider          a fresh provider, registered on chain and
//                                                  with the server: {"providerId", "address"}
// Prints one JSON line: {"tx": "0x...", "block": n} (fund, pay; pay adds "amount", the token base
// units the transfer carries, and "dust", those it cannot: the amount asked for is their sum).
// Distribution cycles are run by the devnet itself: devnet/server/bin/cycle.mjs.
// Env: DEVNET_DIR (the devnet directory), NETWORK_JSON (its network.json).
import path from "node:path";

import { EercAccount, contract, devWallet, devnetDir, ethers, initCrypto, lib, network, provider, registerProvider, releaseProver } from "./devnet.mjs";

const { toEercUnits, toTokenUnits } = await lib("units.mjs");

const [command, address, amount] = process.argv.slice(2);
const deployer = new ethers.NonceManager(devWallet(0, provider));

// A second provider, registered on chain and with the operator's server, so a cycle's
// share is a real fraction.
async function otherProvider() {
    await initCrypto();
    const { apiClient, defaultBaseUrl } = await import(path.join(devnetDir, "server", "bin", "client.mjs"));
    const { api, must } = apiClient(defaultBaseUrl());
    const { providerId, address } = await registerProvider({ name: "other", funder: deployer, api, must });
    return { providerId, address };
}

try {
    if (command === "automine") {
        const on = address === "on";
        await provider.send("evm_setAutomine", [on]);
        if (on) await provider.send("evm_mine", []);
        console.log(JSON.stringify({ automine: on, block: await provider.getBlockNumber() }));
    } else if (command === "other-provider") {
        console.log(JSON.stringify(await otherProvider()));
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
        // The decimals as the contracts hold them, not as assumed.
        const [td, ed] = (await Promise.all([contracts.token.decimals(), contracts.encryptedERC.decimals()])).map(Number);
        const asked = ethers.parseUnits(amount, td);
        const { value, dust } = toEercUnits(asked, td, ed);
        if (value === 0n) throw new Error(`${amount} is below one eERC unit: all of it would be dust`);
        let tokenId = await contracts.encryptedERC.tokenIds(network.contracts.token);
        if (tokenId === 0n || (await operator.balance(tokenId)).total < value) {
            await operator.deposit(asked * 10n);
            tokenId = await contracts.encryptedERC.tokenIds(network.contracts.token);
        }
        const receipt = await operator.transfer(address, tokenId, value);
        console.log(JSON.stringify({
            tx: receipt.hash, block: receipt.blockNumber,
            amount: String(toTokenUnits(value, td, ed)), dust: String(dust),
        }));
    } else {
        throw new Error(`unknown command: ${command}`);
    }
} finally {
    provider.destroy();
    await releaseProver();
}
