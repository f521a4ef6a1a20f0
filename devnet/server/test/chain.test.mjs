// Payments with real Groth16 proofs on helper F's devnet (deployDevnet on a private node).
// Skips until `devnet/devnet up` has built the contracts and proving keys.
import fs from "node:fs";
import path from "node:path";

import { DEVNET, paymentTests } from "./payments-suite.mjs";

function missing() {
    if (!fs.existsSync(path.join(DEVNET, "node_modules")))
        return "devnet/node_modules is missing (devnet/devnet up installs it)";
    if (!fs.existsSync(path.join(DEVNET, "state", "artifacts", "manifest.json"))) {
        return "the devnet proving keys are not built (devnet/state/artifacts/manifest.json; run devnet/devnet up)";
    }
    const hh = path.join(DEVNET, "state", "hardhat", "artifacts", "contracts");
    if (!fs.existsSync(path.join(hh, "token", "DevUSDC.sol", "DevUSDC.json")))
        return "the devnet contracts are not compiled (run devnet/devnet up)";
    return null;
}

paymentTests("payments with real proofs on the devnet", {
    skip: missing(),
    async deploy({ url, F }) {
        const d = await F.deploy.deployDevnet({ rpcUrl: url });
        const providers = [];
        for (const i of [2, 3, 4]) {
            const acct = await F.eerc.EercAccount.create(
                F.accounts.devWallet(i, d.provider),
                d.contracts,
            );
            await acct.register();
            providers.push(acct);
        }
        return {
            network: d.network,
            contracts: d.contracts,
            provider: d.provider,
            auditorScalar: d.auditorAccount.keys.privateScalar,
            providers,
        };
    },
});
