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
            chainId: 43112,
            accounts: { mnemonic: DEV_MNEMONIC, count: 10, accountsBalance: "10000000000000000000000" },
            mining: { auto: true },
        },
    },
};
