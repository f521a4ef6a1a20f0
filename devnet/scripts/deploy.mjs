#!/usr/bin/env node
// Deploys the devnet to a running node and writes state/network.json.
//   node scripts/deploy.mjs [--rpc http://127.0.0.1:8545] [--out state/network.json]
import { parseArgs } from "node:util";

import { deployDevnet, writeNetworkJson } from "../lib/deploy.mjs";
import { NETWORK_JSON } from "../lib/paths.mjs";

const { values } = parseArgs({
    options: {
        rpc: { type: "string", default: "http://127.0.0.1:8545" },
        out: { type: "string", default: NETWORK_JSON },
    },
});

const log = (m) => console.log(`[deploy] ${m}`);
try {
    const { network } = await deployDevnet({ rpcUrl: values.rpc, log });
    writeNetworkJson(network, values.out);
    log(`EncryptedERC ${network.contracts.encryptedErc}, Registrar ${network.contracts.registrar}`);
    log(`USDC ${network.contracts.token}; wrote ${values.out}`);
    process.exit(0);
} catch (err) {
    console.error(err);
    process.exit(1);
}
