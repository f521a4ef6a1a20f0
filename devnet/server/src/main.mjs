// Entry point: node src/main.mjs (configuration from the environment, see config.mjs).
import { loadConfig } from "./config.mjs";
import { startServer } from "./server.mjs";

const fail = (e) => {
    console.error(`server failed to start: ${e.message}`);
    process.exit(1);
};
let config;
try {
    config = loadConfig();
} catch (e) {
    fail(e);
}
const srv = await startServer(config).catch(fail);
for (const sig of ["SIGINT", "SIGTERM"]) {
    process.once(sig, async () => {
        await srv.close();
        process.exit(0);
    });
}
