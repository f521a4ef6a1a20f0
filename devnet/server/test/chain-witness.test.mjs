// The payment flow on the devnet's real contracts with an accept-all Groth16 verifier: the
// server builds real witnesses (public signals from the circuits' .wasm) and sends zero proofs
// (BS_TEST_WITNESS_ONLY_PROOFS=1). Everything except the pairing check is exercised: balances,
// deposits, ElGamal/PCT bookkeeping, nonces, resume after a kill, audit decryption. Runs while
// the proving keys do not exist yet; chain.test.mjs covers real proofs.
import fs from "node:fs";
import path from "node:path";

import { DEVNET, paymentTests } from "./payments-suite.mjs";
import { deployWitnessDevnet, wasm } from "./witness-devnet.mjs";

function missing() {
    if (!fs.existsSync(path.join(DEVNET, "node_modules")))
        return "devnet/node_modules is missing (devnet/devnet up installs it)";
    for (const c of ["registration", "transfer", "withdraw"])
        if (!fs.existsSync(wasm(c))) return `${wasm(c)} is not built yet`;
    const hh = path.join(DEVNET, "state", "hardhat", "artifacts", "contracts");
    for (const f of [
        "Registrar.sol/Registrar.json",
        "EncryptedERC.sol/EncryptedERC.json",
        "test/TestToken.sol/TestToken.json",
    ]) {
        if (!fs.existsSync(path.join(hh, f))) return `the devnet contracts are not compiled (${f})`;
    }
    return null;
}

paymentTests("payments with witness-only proofs (accept-all verifier)", {
    skip: missing(),
    env: { BS_TEST_WITNESS_ONLY_PROOFS: "1" },
    async deploy({ url, F }) {
        const d = await deployWitnessDevnet({ url, F, register: [0, 1, 2, 3, 4] });
        return { ...d, providers: d.accounts.slice(2) };
    },
});
