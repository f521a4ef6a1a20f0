#!/usr/bin/env node
// Deploys the devnet to a running node and writes state/network.json.
//   node scripts/deploy.mjs [--rpc http://127.0.0.1:8545] [--out state/network.json]
//                           [--eerc-decimals N]   (default $BS_DEVNET_EERC_DECIMALS or 6)
// The chain id is the node's (devnet/devnet up --chain-id starts the node with it).
import { parseArgs } from "node:util";

import { deployDevnet, eercDecimalsOf, writeNetworkJson } from "../lib/deploy.mjs";
import { NETWORK_JSON } from "../lib/paths.mjs";

const { values } = parseArgs({
    options: {
        rpc: { type: "string", default: "http://127.0.0.1:8545" },
        out: { type: "string", default: NETWORK_JSON },
        "eerc-decimals": { type: "string", default: process.env.BS_DEVNET_EERC_DECIMALS || "6" },
    },
});

const log = (m) => console.log(`[deploy] ${m}`);
try {
    const { network } = await deployDevnet({
        rpcUrl: values.rpc,
        eercDecimals: eercDecimalsOf(values["eerc-decimals"]),
        log,
    });
    writeNetworkJson(network, values.out);
    log(`EncryptedERC ${network.contracts.encryptedErc}, Registrar ${network.contracts.registrar}`);
    log(`USDC ${network.contracts.token}; chain id ${network.chainId}, eERC decimals ${network.eercDecimals}`);
    log(`wrote ${values.out}`);
    process.exit(0);
} catch (err) {
    console.error(err);
    process.exit(1);
}
