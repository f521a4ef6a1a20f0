// Test-only deployment of the devnet contracts with an accept-all Groth16 verifier, users
// registered with witness-only proofs (see src/chain.mjs witnessOnlyProver). Lets the payment
// flow and the seed script run before the proving keys exist. Never for anything but tests.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { witnessOnlyProver } from "../src/chain.mjs";
import { DEVNET } from "./payments-suite.mjs";

export const wasm = (c) => path.join(DEVNET, "state", "artifacts", c, `${c}.wasm`);
// Creation code whose runtime returns abi.encode(true) for every call:
// 69 <PUSH10 runtime> 6000 52 600a 6016 f3, runtime = 6001 6000 52 6020 6000 f3.
const ACCEPT_ALL = "0x69600160005260206000f3600052600a6016f3";
const sha256 = (f) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");

/**
 * Deploys Registrar, EncryptedERC (converter, 6 decimals) and a 6-decimal TestToken as USDC
 * (10^12 units minted to account 0), registers dev accounts `register` (0 = operator,
 * 1 = auditor, whose key is set). Returns { network, contracts, provider, auditorScalar,
 * accounts: EercAccount per registered index }.
 */
export async function deployWitnessDevnet({ url, F, register = [0, 1, 2, 3, 4] }) {
    const { JsonRpcProvider } = await import(
        path.join(DEVNET, "node_modules", "ethers", "lib.esm", "index.js")
    );
    const snarkjs = await import(path.join(DEVNET, "node_modules", "snarkjs", "build", "main.cjs"));
    const prove = witnessOnlyProver(snarkjs.default ?? snarkjs, wasm);
    const { deployContract } = await import(path.join(DEVNET, "lib", "contracts.mjs"));
    const provider = new JsonRpcProvider(url, undefined, { staticNetwork: true, cacheTimeout: -1 });
    provider.pollingInterval = 100;
    const chainId = (await provider.getNetwork()).chainId;
    const deployer = F.accounts.devWallet(0, provider);
    const startBlock = await provider.getBlockNumber();
    const v = (await (await deployer.sendTransaction({ data: ACCEPT_ALL })).wait()).contractAddress;
    const registrar = await deployContract("Registrar", deployer, [v]);
    const encryptedERC = await deployContract("EncryptedERC", deployer, [
        deployer.address,
        registrar.target,
        v,
        v,
        6,
    ]);
    const token = await deployContract("TestToken", deployer, [6, 0]);
    await (await token.mint(deployer.address, 10n ** 12n)).wait();
    const contracts = { registrar, encryptedERC, token };
    const accounts = [];
    for (const i of register) {
        const w = F.accounts.devWallet(i, provider);
        const acct = await F.eerc.EercAccount.create(w, contracts);
        const s = acct.keys.privateScalar;
        const proof = await prove("registration", {
            SenderPrivateKey: s,
            SenderPublicKey: acct.keys.publicKey,
            SenderAddress: BigInt(w.address),
            ChainID: chainId,
            RegistrationHash: F.crypto.registrationHash(chainId, s, w.address),
        });
        await (await registrar.connect(w).register(proof)).wait();
        accounts.push(acct);
    }
    await (await encryptedERC.setAuditorPublicKey(accounts[1].address)).wait();
    const circuit = (c) => ({
        wasm: { path: wasm(c), sha256: sha256(wasm(c)) },
        // No proving key exists in this mode; the .wasm stands in so that URLs resolve.
        zkey: { path: wasm(c), sha256: sha256(wasm(c)) },
    });
    const network = {
        name: "Witness-only test chain",
        chainName: "Witness-only test chain",
        chainId: Number(chainId),
        rpcUrl: url,
        contracts: {
            registrar: registrar.target,
            encryptedErc: encryptedERC.target,
            token: token.target,
        },
        deploymentBlock: startBlock + 1,
        tokenId: null,
        token: { symbol: "USDC", decimals: 6 },
        eercDecimals: 6,
        operatorAddress: deployer.address,
        auditor: {
            address: accounts[1].address,
            publicKey: accounts[1].keys.publicKey.map(String),
        },
        circuits: {
            registration: circuit("registration"),
            transfer: circuit("transfer"),
            withdraw: circuit("withdraw"),
        },
        distribution: { weight: "calls", rounding: "largest-remainder" },
        accounts: F.accounts.devAccounts(),
    };
    return {
        network,
        contracts,
        provider,
        auditorScalar: accounts[1].keys.privateScalar,
        accounts,
    };
}
