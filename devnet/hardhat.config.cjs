// Hardhat 2 configuration for the devnet. Compiles offline with the pinned npm `solc`
// (solc-js) instead of downloading a native compiler (the machine has no internet).
const path = require("path");
const { subtask } = require("hardhat/config");
const { TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD } = require("hardhat/builtin-tasks/task-names");
const solcPkg = require("solc/package.json");

subtask(TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD, async (args, hre, runSuper) => {
    if (args.solcVersion !== solcPkg.version) return runSuper();
    return {
        compilerPath: path.join(__dirname, "node_modules", "solc", "soljson.js"),
        isSolcJs: true,
        version: args.solcVersion,
        longVersion: require("solc").version(),
    };
});

// The chain id: 43112 unless BS_DEVNET_CHAIN_ID says otherwise (devnet/devnet up --chain-id).
const CHAIN_ID = Number(process.env.BS_DEVNET_CHAIN_ID || 43112);
if (!Number.isSafeInteger(CHAIN_ID) || CHAIN_ID < 1 || CHAIN_ID > 4294967295)
    throw new Error(`BS_DEVNET_CHAIN_ID must be an integer from 1 to 4294967295`);

// Default Hardhat mnemonic: well-known, funded dev accounts. NEVER use for real funds.
const DEV_MNEMONIC = "test test test test test test test test test test test junk";

module.exports = {
    solidity: {
        version: solcPkg.version,
        settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: "cancun", viaIR: false },
    },
    paths: {
        sources: "./contracts",
        artifacts: "./state/hardhat/artifacts",
        cache: "./state/hardhat/cache",
    },
    networks: {
        hardhat: {
            chainId: CHAIN_ID,
            accounts: { mnemonic: DEV_MNEMONIC, count: 10, accountsBalance: "10000000000000000000000" },
            mining: { auto: true },
        },
    },
};
