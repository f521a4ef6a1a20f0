// Another deployment than the default (issue 22): a private chain with chain id 43999 and an
// EncryptedERC with 2 decimals under the 6-decimal DevUSDC, as Ava Labs' reference deployments
// use. The same circuits and proving keys serve it (the chain id is a circuit input, the decimals
// only the contract's conversion): registration proofs bound to 43999 verify on chain. The JS
// client deposits with dust returned, pays privately and withdraws in whole eERC units.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { devWallet } from "../lib/accounts.mjs";
import { freePort, startNode } from "../lib/chain.mjs";
import { initCrypto } from "../lib/crypto.mjs";
import { deployDevnet } from "../lib/deploy.mjs";
import { EercAccount, auditorHistory } from "../lib/eerc.mjs";
import { ARTIFACTS_DIR, STATE_DIR } from "../lib/paths.mjs";
import { releaseProver } from "../lib/proofs.mjs";

const CHAIN_ID = 43999;
let node;

before(async () => {
    await initCrypto();
    node = await startNode({
        port: await freePort(),
        logFile: path.join(STATE_DIR, "logs", "test-chain-43999.log"),
        chainId: CHAIN_ID,
    });
});
after(async () => {
    await node?.stop();
    await releaseProver();
});

test("chain id 43999, 2 eERC decimals: network.json states them, the contracts use them", async () => {
    const d = await deployDevnet({ rpcUrl: node.url, eercDecimals: 2 });
    const { network, contracts, operatorAccount: operator, auditorAccount: auditor } = d;
    const { encryptedERC, token, registrar } = contracts;
    assert.equal(network.chainId, CHAIN_ID);
    assert.equal(Number((await d.provider.getNetwork()).chainId), CHAIN_ID);
    assert.equal(network.eercDecimals, 2);
    assert.deepEqual(network.decimals, { eerc: 2, token: 6 });
    assert.deepEqual(network.token, { symbol: "USDC", decimals: 6 });
    assert.equal(await encryptedERC.decimals(), 2n);
    assert.equal(await token.decimals(), 6n);
    // The same proving keys as every other deployment (nothing chain- or decimals-specific).
    const manifest = JSON.parse(fs.readFileSync(path.join(ARTIFACTS_DIR, "manifest.json"), "utf8"));
    for (const c of ["registration", "transfer", "withdraw"])
        assert.equal(network.circuits[c].zkey.sha256, manifest.circuits[c].zkey.sha256);
    // Registered with proofs over chain id 43999.
    assert.equal(await registrar.isUserRegistered(operator.address), true);
    assert.equal(await registrar.isUserRegistered(auditor.address), true);

    const provider = await EercAccount.create(devWallet(2, d.provider), contracts);
    await provider.register();

    // 12.345678 USDC in: 1234 eERC units (12.34), 5678 base units of dust sent back.
    const before = await token.balanceOf(operator.address);
    const receipt = await operator.deposit(12_345_678n);
    const ev = receipt.logs
        .map((l) => encryptedERC.interface.parseLog(l))
        .find((l) => l?.name === "Deposit");
    assert.equal(ev.args.dust, 5_678n);
    assert.equal(before - (await token.balanceOf(operator.address)), 12_340_000n);
    const tokenId = await encryptedERC.tokenIds(token.target);
    assert.equal((await operator.balance(tokenId)).total, 1_234n, "eERC units, verified");

    // 5.67 USDC privately = 567 eERC units; the provider decrypts exactly that.
    await operator.transfer(provider.address, tokenId, 567n);
    assert.equal((await provider.balance(tokenId)).total, 567n);
    assert.equal((await operator.balance(tokenId)).total, 1_234n - 567n);

    // Withdraw 1.23 USDC: 123 eERC units -> 1 230 000 base units.
    await provider.withdraw(tokenId, 123n);
    assert.equal(await token.balanceOf(provider.address), 1_230_000n);
    assert.equal((await provider.balance(tokenId)).total, 444n);

    // The auditor reads every amount in eERC units.
    const h = await auditorHistory(encryptedERC, auditor.address, auditor.keys.privateScalar,
        network.deploymentBlock);
    assert.deepEqual(h.map((x) => [x.kind, x.amount]), [["transfer", 567n], ["withdraw", 123n]]);
});
