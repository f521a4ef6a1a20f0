// End-to-end check of the devnet, independent of the C++ client: deploy as `devnet up` does
// (operator + auditor registered with proofs, auditor key set, USDC minted), register two
// providers, deposit, pay both privately, let each decrypt and withdraw part, and let the
// auditor reconstruct every amount from the events.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { devWallet } from "../lib/accounts.mjs";
import { initCrypto } from "../lib/crypto.mjs";
import { deployDevnet } from "../lib/deploy.mjs";
import { EercAccount, auditorHistory } from "../lib/eerc.mjs";
import { releaseProver } from "../lib/proofs.mjs";
import { testChain } from "./helpers.mjs";

const USDC = 10n ** 6n;
let chain;

before(async () => {
    await initCrypto();
    chain = await testChain();
});
after(async () => {
    await chain?.stop();
    await releaseProver();
});

test("deposit, private payouts, provider withdrawals, auditor reconciliation", async () => {
    const { network, contracts, operatorAccount: operator, auditorAccount: auditor } =
        await deployDevnet({ rpcUrl: chain.url });
    const { encryptedERC, token, registrar } = contracts;

    // The network description names what a client needs.
    assert.equal(network.chainId, 43112);
    assert.equal(network.name, "Local devnet");
    assert.equal(network.eercDecimals, 6);
    assert.deepEqual(network.decimals, { eerc: 6, token: 6 });
    assert.equal(network.contracts.encryptedErc, encryptedERC.target);
    assert.equal(network.auditor.address, auditor.address);
    assert.deepEqual(network.auditor.publicKey, auditor.keys.publicKey.map(String));
    assert.equal(network.operatorAddress, operator.address);
    for (const circuit of ["registration", "transfer", "withdraw"]) {
        assert.match(network.circuits[circuit].zkey.sha256, /^[0-9a-f]{64}$/);
        assert.match(network.circuits[circuit].wasm.sha256, /^[0-9a-f]{64}$/);
    }
    assert.equal(await registrar.isUserRegistered(operator.address), true);
    assert.equal(await registrar.isUserRegistered(auditor.address), true);
    assert.equal(await encryptedERC.auditor(), auditor.address);

    const providers = await Promise.all(
        [2, 3].map((i) => EercAccount.create(devWallet(i, chain.provider), contracts)),
    );
    for (const p of providers) await p.register();

    // Operator wraps 1000 USDC.
    const deposit = 1000n * USDC;
    await operator.deposit(deposit);
    const tokenId = await encryptedERC.tokenIds(token.target);
    assert.equal(tokenId, 1n);
    assert.equal((await operator.balance(tokenId)).total, deposit);

    // Private payouts.
    const payouts = [250n * USDC, 125_500_000n];
    for (let i = 0; i < providers.length; i++) {
        await operator.transfer(providers[i].address, tokenId, payouts[i]);
    }

    // Each provider decrypts its own balance (checked against the ElGamal ciphertext).
    for (let i = 0; i < providers.length; i++) {
        assert.equal((await providers[i].balance(tokenId)).total, payouts[i]);
    }

    // Providers withdraw part.
    const withdrawals = [100n * USDC, 25_500_000n];
    for (let i = 0; i < providers.length; i++) {
        await providers[i].withdraw(tokenId, withdrawals[i]);
        assert.equal((await providers[i].balance(tokenId)).total, payouts[i] - withdrawals[i]);
        assert.equal(await token.balanceOf(providers[i].address), withdrawals[i]);
    }

    // Auditor: every PCT in the events decrypts, and the sums match.
    const history = await auditorHistory(encryptedERC, auditor.address,
        auditor.keys.privateScalar, network.deploymentBlock);
    const transfers = history.filter((h) => h.kind === "transfer");
    const outs = history.filter((h) => h.kind === "withdraw");
    assert.equal(transfers.length, 2);
    assert.equal(outs.length, 2);
    for (const h of history) assert.notEqual(h.amount, null, "auditor PCT must decrypt");
    assert.deepEqual(transfers.map((h) => h.amount), payouts);
    assert.deepEqual(transfers.map((h) => h.to), providers.map((p) => p.address));
    for (const w of outs) assert.equal(w.amount, w.publicAmount);
    const sum = (xs) => xs.reduce((a, b) => a + b, 0n);
    assert.equal(sum(outs.map((h) => h.amount)), sum(withdrawals));

    // Token balances add up: what is still wrapped equals the encrypted balances.
    const operatorLeft = (await operator.balance(tokenId)).total;
    assert.equal(operatorLeft, deposit - sum(payouts));
    const wrapped = await token.balanceOf(encryptedERC.target);
    assert.equal(wrapped, deposit - sum(withdrawals));
    const encryptedTotal = operatorLeft + sum(payouts) - sum(withdrawals);
    assert.equal(wrapped, encryptedTotal);
    assert.equal(await token.balanceOf(operator.address), 1_000_000n * USDC - deposit);
});
