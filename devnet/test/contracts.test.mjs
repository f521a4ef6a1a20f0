// Contract tests: ABI against abi.json, every revert of spec sections 5 and 8, balance
// bookkeeping (spec 7), decimal scaling (decimals.json) and the BabyJubJub library
// (babyjubjub.json, elgamal.json). Proofs are real Groth16 proofs from our circuits.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Interface, ZeroAddress, id as keccakId } from "ethers";

import { devWallet } from "../lib/accounts.mjs";
import { artifact, deployAll, deployContract } from "../lib/contracts.mjs";
import * as c from "../lib/crypto.mjs";
import { EercAccount, proofArg } from "../lib/eerc.mjs";
import { prove, releaseProver } from "../lib/proofs.mjs";
import { assertRevert, assertRevertReason, testChain, vectors } from "./helpers.mjs";

const abi = vectors("abi");
let chain;
let d; // deployment
let owner;
let alice;
let bob;
let auditor;
let mallory; // never registered
let tokenId;

const zeroProof = { a: [0n, 0n], b: [[0n, 0n], [0n, 0n]], c: [0n, 0n] };
const ps = (n, f = () => 0n) => Array.from({ length: n }, (_, i) => f(i));

before(async () => {
    await c.initCrypto();
    chain = await testChain();
    owner = devWallet(0, chain.provider);
    d = await deployAll(owner, { decimals: 6 });
    const mk = async (i) => EercAccount.create(devWallet(i, chain.provider), d);
    alice = await mk(2);
    bob = await mk(3);
    auditor = await mk(1);
    mallory = await mk(4);
});

after(async () => {
    await chain?.stop();
    await releaseProver();
});

function abiSets(iface) {
    const out = { functions: new Map(), events: new Map(), errors: new Map() };
    iface.forEachFunction((f) => out.functions.set(f.format("sighash"), f.selector));
    iface.forEachEvent((e) => out.events.set(e.format("sighash"), e.topicHash));
    iface.forEachError((e) => out.errors.set(e.format("sighash"), e.selector));
    return out;
}

describe("ABI", () => {
    for (const name of ["EncryptedERC", "Registrar"]) {
        test(`${name}: functions, selectors, events, topics and errors equal abi.json`, () => {
            const mine = abiSets(new Interface(artifact(name).abi));
            const ref = abi[name];
            assert.deepEqual(
                [...mine.functions].sort(),
                ref.functions.map((f) => [f.signature, f.selector]).sort(),
            );
            assert.deepEqual(
                [...mine.events].sort(),
                ref.events.map((e) => [e.signature, e.topic0]).sort(),
            );
            assert.deepEqual(
                [...mine.errors].sort(),
                ref.errors.map((e) => [e.signature, e.selector]).sort(),
            );
        });
    }
    for (const name of ["EncryptedERC", "Registrar"]) {
        test(`${name}: parameter names, types and struct layouts equal abi.json`, () => {
            // The raw compiler ABI (ethers' formatter drops internalType).
            const raw = artifact(name).abi;
            const bySelector = new Map(raw.filter((e) => e.type === "function")
                .map((e) => [Interface.from([e]).getFunction(e.name).selector, e]));
            // Names, types, struct names (internalType where abi.json has one), recursively.
            const shape = (params, ref) => params.map((p, i) => ({
                name: p.name,
                type: p.type,
                ...(ref?.[i]?.internalType?.startsWith("struct") ? { internalType: p.internalType } : {}),
                ...(p.components ? { components: shape(p.components, ref?.[i]?.components) } : {}),
            }));
            for (const f of abi[name].functions) {
                const m = bySelector.get(f.selector);
                assert.deepEqual(shape(m.inputs, f.inputs), shape(f.inputs, f.inputs), `${f.signature} inputs`);
                assert.deepEqual(shape(m.outputs, f.outputs), shape(f.outputs, f.outputs), `${f.signature} outputs`);
            }
            const mine = new Interface(raw);
            for (const e of abi[name].events) {
                const m = mine.getEvent(e.topic0);
                const withIndexed = (ps) => ps.map((p) => ({ name: p.name, indexed: Boolean(p.indexed) }));
                assert.deepEqual(withIndexed(m.inputs), withIndexed(e.inputs), e.signature);
            }
        });
    }
    test("generated verifiers expose verifyProof with the spec's selectors", () => {
        const sel = Object.fromEntries(abi.verifierInterface.map((v) => [v.publicSignals, v.selector]));
        for (const [name, n] of [["RegistrationVerifier", 5], ["TransferVerifier", 32], ["WithdrawVerifier", 16]]) {
            const f = new Interface(artifact(name).abi).getFunction("verifyProof");
            assert.equal(f.selector, sel[n], name);
        }
    });
    test("require strings of the auditor modifier", () => {
        assert.deepEqual(abi.requireStrings.messages, ["Auditor public key not set", "Auditor not set"]);
    });
});

describe("Registrar", () => {
    const chainId = 43112n;
    const signalsFor = (acct, overrides = {}) => {
        const s = acct.keys.privateScalar;
        return [acct.keys.publicKey[0], acct.keys.publicKey[1], BigInt(acct.address), chainId,
            c.registrationHash(chainId, s, acct.address)].map((v, i) => overrides[i] ?? v);
    };

    test("InvalidSender when signal 2 is not msg.sender", async () => {
        await assertRevert(
            d.registrar.connect(bob.signer).register({ proofPoints: zeroProof, publicSignals: signalsFor(alice) }),
            d.registrar, "InvalidSender");
    });
    test("InvalidChainId when signal 3 is another chain", async () => {
        await assertRevert(
            d.registrar.connect(alice.signer).register({ proofPoints: zeroProof, publicSignals: signalsFor(alice, { 3: 43114n }) }),
            d.registrar, "InvalidChainId");
    });
    test("InvalidRegistrationHash when the hash is not below p", async () => {
        await assertRevert(
            d.registrar.connect(alice.signer).register({ proofPoints: zeroProof, publicSignals: signalsFor(alice, { 4: c.P }) }),
            d.registrar, "InvalidRegistrationHash");
    });
    test("InvalidProof for a bad proof", async () => {
        await assertRevert(
            d.registrar.connect(alice.signer).register({ proofPoints: zeroProof, publicSignals: signalsFor(alice) }),
            d.registrar, "InvalidProof");
    });
    test("InvalidProof for a valid proof with a changed public key", async () => {
        const proof = await prove("registration", {
            SenderPrivateKey: alice.keys.privateScalar, SenderPublicKey: alice.keys.publicKey,
            SenderAddress: BigInt(alice.address), ChainID: chainId,
            RegistrationHash: c.registrationHash(chainId, alice.keys.privateScalar, alice.address),
        });
        const tampered = [...proof.publicSignals];
        tampered[0] = bob.keys.publicKey[0];
        tampered[1] = bob.keys.publicKey[1];
        await assertRevert(
            d.registrar.connect(alice.signer).register({ proofPoints: proof.proofPoints, publicSignals: tampered }),
            d.registrar, "InvalidProof");
    });
    test("register stores the key, marks the hash and emits Register", async () => {
        assert.equal(await d.registrar.isUserRegistered(alice.address), false);
        const receipt = await alice.register();
        const log = receipt.logs.find((l) => l.topics[0] === abi.Registrar.events[0].topic0);
        assert.ok(log, "Register event");
        assert.equal(BigInt(log.topics[1]), BigInt(alice.address));
        assert.deepEqual([...(await d.registrar.getUserPublicKey(alice.address))], alice.keys.publicKey);
        const [x, y] = await d.registrar.userPublicKeys(alice.address);
        assert.deepEqual([x, y], alice.keys.publicKey);
        assert.equal(await d.registrar.isUserRegistered(alice.address), true);
        assert.equal(await d.registrar.isRegistered(signalsFor(alice)[4]), true);
        assert.deepEqual([...(await d.registrar.getUserPublicKey(mallory.address))], [0n, 0n]);
        assert.equal(await d.registrar.registrationVerifier(), d.registrationVerifier.target);
    });
    test("UserAlreadyRegistered when the same registration is sent again", async () => {
        await assertRevert(
            d.registrar.connect(alice.signer).register({ proofPoints: zeroProof, publicSignals: signalsFor(alice) }),
            d.registrar, "UserAlreadyRegistered");
    });
    test("bob and the auditor register", async () => {
        await bob.register();
        await auditor.register();
        assert.equal(await d.registrar.isUserRegistered(bob.address), true);
    });
});

describe("EncryptedERC before the auditor is set", () => {
    test("deposit and transfer revert 'Auditor public key not set'", async () => {
        assert.equal(await d.encryptedERC.isAuditorKeySet(), false);
        await assertRevertReason(d.encryptedERC.connect(alice.signer).deposit(1n, d.token.target, ps(7)),
            "Auditor public key not set");
        await assertRevertReason(
            d.encryptedERC.connect(alice.signer).transfer(bob.address, 1n, { proofPoints: zeroProof, publicSignals: ps(32) }, ps(7)),
            "Auditor public key not set");
        await assertRevertReason(
            d.encryptedERC.connect(alice.signer).withdraw(1n, { proofPoints: zeroProof, publicSignals: ps(16) }, ps(7)),
            "Auditor public key not set");
    });
});

describe("EncryptedERC owner functions", () => {
    test("setAuditorPublicKey: only owner, no zero address, registered users only", async () => {
        await assertRevert(d.encryptedERC.connect(alice.signer).setAuditorPublicKey(auditor.address),
            d.encryptedERC, "OwnableUnauthorizedAccount", [alice.address]);
        await assertRevert(d.encryptedERC.setAuditorPublicKey(ZeroAddress), d.encryptedERC, "ZeroAddress");
        await assertRevert(d.encryptedERC.setAuditorPublicKey(mallory.address), d.encryptedERC, "UserNotRegistered");
    });
    test("setAuditorPublicKey copies the registrar key and emits AuditorChanged", async () => {
        const receipt = await (await d.encryptedERC.setAuditorPublicKey(auditor.address)).wait();
        const ev = receipt.logs.map((l) => d.encryptedERC.interface.parseLog(l)).find((l) => l?.name === "AuditorChanged");
        assert.deepEqual([...ev.args], [ZeroAddress, auditor.address]);
        assert.equal(await d.encryptedERC.auditor(), auditor.address);
        assert.deepEqual([...(await d.encryptedERC.auditorPublicKey())], auditor.keys.publicKey);
        assert.equal(await d.encryptedERC.isAuditorKeySet(), true);
    });
    test("Ownable2Step: transfer needs acceptance by the pending owner", async () => {
        await assertRevert(d.encryptedERC.connect(alice.signer).transferOwnership(alice.address),
            d.encryptedERC, "OwnableUnauthorizedAccount", [alice.address]);
        await (await d.encryptedERC.transferOwnership(alice.address)).wait();
        assert.equal(await d.encryptedERC.pendingOwner(), alice.address);
        assert.equal(await d.encryptedERC.owner(), owner.address);
        await assertRevert(d.encryptedERC.connect(bob.signer).acceptOwnership(),
            d.encryptedERC, "OwnableUnauthorizedAccount", [bob.address]);
        await (await d.encryptedERC.connect(alice.signer).acceptOwnership()).wait();
        assert.equal(await d.encryptedERC.owner(), alice.address);
        assert.equal(await d.encryptedERC.pendingOwner(), ZeroAddress);
        await (await d.encryptedERC.connect(alice.signer).transferOwnership(owner.address)).wait();
        await (await d.encryptedERC.connect(owner).acceptOwnership()).wait();
        assert.equal(await d.encryptedERC.owner(), owner.address);
    });
    test("constructor and Ownable reject zero addresses", async () => {
        await assertRevert(deployContract("EncryptedERC", owner, [ZeroAddress, d.registrar.target,
            d.transferVerifier.target, d.withdrawVerifier.target, 6]), d.encryptedERC, "OwnableInvalidOwner", [ZeroAddress]);
        await assertRevert(deployContract("EncryptedERC", owner, [owner.address, ZeroAddress,
            d.transferVerifier.target, d.withdrawVerifier.target, 6]), d.encryptedERC, "ZeroAddress");
    });
    test("static views of converter mode", async () => {
        assert.equal(await d.encryptedERC.isConverter(), true);
        assert.equal(await d.encryptedERC.decimals(), 6n);
        assert.equal(await d.encryptedERC.name(), "");
        assert.equal(await d.encryptedERC.symbol(), "");
        assert.equal(await d.encryptedERC.nextTokenId(), 1n);
        assert.equal(await d.encryptedERC.registrar(), d.registrar.target);
        assert.equal(await d.encryptedERC.transferVerifier(), d.transferVerifier.target);
        assert.equal(await d.encryptedERC.withdrawVerifier(), d.withdrawVerifier.target);
        assert.equal(await d.encryptedERC.alreadyMinted(1n), false);
    });
    test("privateMint and privateBurn revert InvalidOperation (standalone mode absent)", async () => {
        await assertRevert(d.encryptedERC.privateMint(alice.address, { proofPoints: zeroProof, publicSignals: ps(24) }),
            d.encryptedERC, "InvalidOperation");
        await assertRevert(d.encryptedERC.privateBurn({ proofPoints: zeroProof, publicSignals: ps(19) }, ps(7)),
            d.encryptedERC, "InvalidOperation");
    });
});

describe("deposit", () => {
    test("reverts: unregistered user, zero token, blacklisted token, missing allowance, fee-on-transfer", async () => {
        await assertRevert(d.encryptedERC.connect(mallory.signer).deposit(1n, d.token.target, ps(7)),
            d.encryptedERC, "UserNotRegistered");
        await assertRevert(d.encryptedERC.connect(alice.signer).deposit(1n, ZeroAddress, ps(7)),
            d.encryptedERC, "ZeroAddress");

        await assertRevert(d.encryptedERC.connect(alice.signer).setTokenBlacklist(d.token.target, true),
            d.encryptedERC, "OwnableUnauthorizedAccount", [alice.address]);
        await (await d.encryptedERC.setTokenBlacklist(d.token.target, true)).wait();
        assert.equal(await d.encryptedERC.blacklistedTokens(d.token.target), true);
        await assertRevert(d.encryptedERC.connect(alice.signer).deposit(1n, d.token.target, ps(7)),
            d.encryptedERC, "TokenBlacklisted", [d.token.target]);
        await (await d.encryptedERC.setTokenBlacklist(d.token.target, false)).wait();

        await (await d.token.mint(alice.address, 1_000_000_000n)).wait();
        await assertRevert(d.encryptedERC.connect(alice.signer).deposit(5n, d.token.target, ps(7)),
            d.encryptedERC, "SafeERC20FailedOperation", [d.token.target]);

        const feeToken = await deployContract("TestToken", owner, [6, 1]);
        await (await feeToken.mint(alice.address, 100n)).wait();
        await (await feeToken.connect(alice.signer).approve(d.encryptedERC.target, 100n)).wait();
        await assertRevert(d.encryptedERC.connect(alice.signer).deposit(10n, feeToken.target, ps(7)),
            d.encryptedERC, "TransferFailed");
    });
    test("credits r = 1 ElGamal, stores the PCT, advances transactionIndex by 2, emits Deposit", async () => {
        const receipt = await alice.deposit(1_000_000n);
        const ev = receipt.logs.map((l) => d.encryptedERC.interface.parseLog(l)).find((l) => l?.name === "Deposit");
        tokenId = await d.encryptedERC.tokenIds(d.token.target);
        assert.equal(tokenId, 1n);
        assert.deepEqual([...ev.args], [alice.address, 1_000_000n, 0n, 1n]);
        assert.equal(await d.encryptedERC.tokenAddresses(1n), d.token.target);
        assert.equal(await d.encryptedERC.tokens(0n), d.token.target);
        assert.deepEqual([...(await d.encryptedERC.getTokens())], [d.token.target]);
        assert.equal(await d.encryptedERC.nextTokenId(), 2n);
        const bal = await alice.balance(tokenId);
        assert.equal(bal.total, 1_000_000n);
        assert.equal(bal.transactionIndex, 2n);
        assert.equal(bal.nonce, 0n);
        assert.deepEqual(bal.c1, c.BASE8);
        const [eGCT, nonce, txIndex] = await d.encryptedERC.balances(alice.address, tokenId);
        assert.equal(nonce, 0n);
        assert.equal(txIndex, 2n);
        assert.equal(eGCT.c2.x, bal.c2[0]);
        const viaToken = await d.encryptedERC.getBalanceFromTokenAddress(alice.address, d.token.target);
        assert.equal(viaToken[4], 2n);
        assert.equal((await d.encryptedERC.balanceOfStandalone(alice.address))[4], 0n);
        assert.equal(await d.token.balanceOf(d.encryptedERC.target), 1_000_000n);
    });
});

describe("transfer", () => {
    test("UserNotRegistered for an unregistered receiver or sender", async () => {
        await assertRevert(d.encryptedERC.connect(alice.signer).transfer(mallory.address, tokenId,
            { proofPoints: zeroProof, publicSignals: ps(32) }, ps(7)), d.encryptedERC, "UserNotRegistered");
        await assertRevert(d.encryptedERC.connect(mallory.signer).transfer(alice.address, tokenId,
            { proofPoints: zeroProof, publicSignals: ps(32) }, ps(7)), d.encryptedERC, "UserNotRegistered");
    });
    test("InvalidProof: sender key, receiver key, auditor key, bad proof", async () => {
        const { proof, balancePCT } = await alice.transferProof(bob.keys.publicKey, tokenId, 100n);
        // Sent by bob: signals 0,1 are alice's key.
        await assertRevert(d.encryptedERC.connect(bob.signer).transfer(alice.address, tokenId, proofArg(proof), balancePCT),
            d.encryptedERC, "InvalidProof");
        // To the auditor: signals 10,11 are bob's key.
        await assertRevert(d.encryptedERC.connect(alice.signer).transfer(auditor.address, tokenId, proofArg(proof), balancePCT),
            d.encryptedERC, "InvalidProof");
        // A tampered public signal makes the verifier return false.
        const tampered = { proofPoints: proof.proofPoints, publicSignals: [...proof.publicSignals] };
        tampered.publicSignals[22] += 1n;
        await assertRevert(d.encryptedERC.connect(alice.signer).transfer(bob.address, tokenId, tampered, balancePCT),
            d.encryptedERC, "InvalidProof");
        // A proof for another auditor key.
        const other = await alice.transferProof(bob.keys.publicKey, tokenId, 100n, { auditorKey: bob.keys.publicKey });
        await assertRevert(d.encryptedERC.connect(alice.signer).transfer(bob.address, tokenId, proofArg(other.proof), other.balancePCT),
            d.encryptedERC, "InvalidProof");
    });
    test("moves the amount, emits PrivateTransfer, and a replay fails on the stale snapshot", async () => {
        const { proof, balancePCT } = await alice.transferProof(bob.keys.publicKey, tokenId, 300_000n);
        const receipt = await (await alice.eerc.transfer(bob.address, tokenId, proofArg(proof), balancePCT)).wait();
        const ev = receipt.logs.map((l) => d.encryptedERC.interface.parseLog(l)).find((l) => l?.name === "PrivateTransfer");
        assert.equal(ev.args.from, alice.address);
        assert.equal(ev.args.to, bob.address);
        assert.equal(ev.args.auditorAddress, auditor.address);
        assert.equal(c.decryptPCT(ev.args.auditorPCT, auditor.keys.privateScalar), 300_000n);
        assert.equal((await alice.balance(tokenId)).total, 700_000n);
        const bobBal = await bob.balance(tokenId);
        assert.equal(bobBal.total, 300_000n);
        assert.equal(bobBal.transactionIndex, 1n);
        const aliceBal = await alice.balance(tokenId);
        assert.equal(aliceBal.nonce, 1n);
        assert.equal(aliceBal.amountPCTs, 0);
        await assertRevert(d.encryptedERC.connect(alice.signer).transfer(bob.address, tokenId, proofArg(proof), balancePCT),
            d.encryptedERC, "InvalidProof");
    });
    test("credits that arrive after the snapshot survive the debit (spec 7)", async () => {
        // Bob proves against his current balance (300000) ...
        const pending = await bob.transferProof(alice.keys.publicKey, tokenId, 50_000n);
        // ... then receives 20000 from alice before his transfer is mined.
        await alice.transfer(bob.address, tokenId, 20_000n);
        await (await bob.eerc.transfer(alice.address, tokenId, proofArg(pending.proof), pending.balancePCT)).wait();
        const bal = await bob.balance(tokenId); // verified against the ElGamal ciphertext
        assert.equal(bal.total, 300_000n - 50_000n + 20_000n);
        assert.equal(bal.amountPCTs, 1);
        assert.equal((await alice.balance(tokenId)).total, 700_000n - 20_000n + 50_000n);
    });
});

describe("withdraw", () => {
    test("InvalidProof: sender key, auditor key, bad proof; UnknownToken; stale snapshot", async () => {
        const { proof, balancePCT } = await alice.withdrawProof(tokenId, 1_000n);
        await assertRevert(d.encryptedERC.connect(bob.signer).withdraw(tokenId, proofArg(proof), balancePCT),
            d.encryptedERC, "InvalidProof");
        const tampered = { proofPoints: proof.proofPoints, publicSignals: [...proof.publicSignals] };
        tampered.publicSignals[0] += 1n; // claim more than proven
        await assertRevert(d.encryptedERC.connect(alice.signer).withdraw(tokenId, tampered, balancePCT),
            d.encryptedERC, "InvalidProof");
        await assertRevert(d.encryptedERC.connect(alice.signer).withdraw(99n, proofArg(proof), balancePCT),
            d.encryptedERC, "UnknownToken");
        await assertRevert(d.encryptedERC.connect(mallory.signer).withdraw(tokenId, proofArg(proof), balancePCT),
            d.encryptedERC, "UserNotRegistered");
        const other = await alice.withdrawProof(tokenId, 1_000n, { auditorKey: alice.keys.publicKey });
        await assertRevert(d.encryptedERC.connect(alice.signer).withdraw(tokenId, proofArg(other.proof), other.balancePCT),
            d.encryptedERC, "InvalidProof");

        const before = await d.token.balanceOf(alice.address);
        const receipt = await (await alice.eerc.withdraw(tokenId, proofArg(proof), balancePCT)).wait();
        const ev = receipt.logs.map((l) => d.encryptedERC.interface.parseLog(l)).find((l) => l?.name === "Withdraw");
        assert.equal(ev.args.user, alice.address);
        assert.equal(ev.args.amount, 1_000n);
        assert.equal(ev.args.tokenId, tokenId);
        assert.equal(ev.args.auditorAddress, auditor.address);
        assert.equal(c.decryptPCT(ev.args.auditorPCT, auditor.keys.privateScalar), 1_000n);
        assert.equal(await d.token.balanceOf(alice.address), before + 1_000n);
        assert.equal((await alice.balance(tokenId)).total, 730_000n - 1_000n);
        await assertRevert(d.encryptedERC.connect(alice.signer).withdraw(tokenId, proofArg(proof), balancePCT),
            d.encryptedERC, "InvalidProof");
    });
});

describe("decimal scaling (decimals.json)", () => {
    const dec = vectors("decimals");
    const eercs = new Map(); // eERC decimals -> contract
    const tokens = new Map(); // token decimals -> TestToken
    async function eercWith(ed) {
        if (!eercs.has(ed)) {
            const e = await deployContract("EncryptedERC", owner, [owner.address, d.registrar.target,
                d.transferVerifier.target, d.withdrawVerifier.target, ed]);
            await (await e.setAuditorPublicKey(auditor.address)).wait();
            eercs.set(ed, e);
        }
        return eercs.get(ed);
    }
    async function tokenWith(td) {
        if (!tokens.has(td)) tokens.set(td, await deployContract("TestToken", owner, [td, 0]));
        return tokens.get(td);
    }

    test("deposit rows: value, dust returned, balance change", async () => {
        for (const row of dec.deposit) {
            const eerc = await eercWith(row.eercDecimals);
            const token = await tokenWith(row.tokenDecimals);
            const amount = BigInt(row.tokenAmount);
            const user = new EercAccount(bob.signer, bob.address, bob.keys, { registrar: d.registrar, encryptedERC: eerc, token });
            await (await token.mint(bob.address, amount)).wait();
            const tokenBefore = await token.balanceOf(bob.address);
            const id = (await eerc.tokenIds(token.target)) || null;
            const balBefore = id ? (await user.balance(id)).total : 0n;
            const receipt = await user.deposit(amount, BigInt(row.encryptedValue));
            const ev = receipt.logs.map((l) => eerc.interface.parseLog(l)).find((l) => l?.name === "Deposit");
            assert.equal(ev.args.amount, amount);
            assert.equal(ev.args.dust, BigInt(row.dustReturned), JSON.stringify(row));
            assert.equal(await token.balanceOf(bob.address), tokenBefore - amount + BigInt(row.dustReturned));
            const total = (await user.balance(ev.args.tokenId)).total;
            assert.equal(total - balBefore, BigInt(row.encryptedValue), JSON.stringify(row));
            assert.equal(row.balanceChanges, total !== balBefore);
        }
    });
    test("withdraw rows: tokens paid out, truncation", async () => {
        for (const row of dec.withdraw) {
            const eerc = await eercWith(row.eercDecimals);
            const token = await tokenWith(row.tokenDecimals);
            const user = new EercAccount(bob.signer, bob.address, bob.keys, { registrar: d.registrar, encryptedERC: eerc, token });
            const value = BigInt(row.withdrawAmount_eercUnits);
            // Fund: deposit enough token units to cover `value` eERC units.
            const ed = BigInt(row.eercDecimals);
            const td = BigInt(row.tokenDecimals);
            const need = td >= ed ? value * 10n ** (td - ed) : (value + 10n ** (ed - td)) / 10n ** (ed - td) + 1n;
            await (await token.mint(bob.address, need)).wait();
            await user.deposit(need, td >= ed ? need / 10n ** (td - ed) : need * 10n ** (ed - td));
            const id = await eerc.tokenIds(token.target);
            const before = await token.balanceOf(bob.address);
            const totalBefore = (await user.balance(id)).total;
            await user.withdraw(id, value);
            assert.equal(await token.balanceOf(bob.address) - before, BigInt(row.tokensPaidOut), JSON.stringify(row));
            assert.equal(totalBefore - (await user.balance(id)).total, value);
        }
    });
});

describe("BabyJubJub library (babyjubjub.json, elgamal.json)", () => {
    let h;
    const pt = (p) => ({ x: BigInt(p[0]), y: BigInt(p[1]) });
    const str = (p) => [p.x.toString(), p.y.toString()];
    before(async () => {
        h = await deployContract("BabyJubJubHarness", owner);
    });
    test("scalar multiplications, additions, subtractions", async () => {
        const v = vectors("babyjubjub");
        for (const m of v.scalarMultiplications) {
            const base = m.point === "Base8" ? c.BASE8 : m.point;
            assert.deepEqual(str(await h.scalarMultiply(pt(base), BigInt(m.scalar))), m.result, `scalar ${m.scalar}`);
        }
        for (const a of v.additions) assert.deepEqual(str(await h.add(pt(a.P), pt(a.Q))), a.sum);
        for (const s of v.subtractions) assert.deepEqual(str(await h.sub(pt(s.P), pt(s.Q))), s.difference);
        for (const k of v.publicKeysFromScalar) {
            assert.deepEqual(str(await h.scalarMultiply(pt(c.BASE8), BigInt(k.privateScalar))), k.publicKey);
        }
    });
    test("r = 1 encryption and homomorphic sum/difference", async () => {
        const eg = vectors("elgamal");
        for (const det of eg.onChainDeterministicEncryption) {
            const e = await h.encrypt(pt(det.publicKey), BigInt(det.value));
            assert.deepEqual(str(e.c1), det.c1);
            assert.deepEqual(str(e.c2), det.c2);
        }
        const { a, b, sum, difference } = eg.homomorphic;
        const ct = (x) => ({ c1: pt(x.c1), c2: pt(x.c2) });
        const s = await h.addCiphertexts(ct(a), ct(b));
        assert.deepEqual([str(s.c1), str(s.c2)], [sum.c1, sum.c2]);
        const dd = await h.subCiphertexts(ct(a), ct(b));
        assert.deepEqual([str(dd.c1), str(dd.c2)], [difference.c1, difference.c2]);
    });
});
