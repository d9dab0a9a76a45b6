// Preloaded (`--import`) by a test: the process reports an old Node.js, as the version check sees it.
Object.defineProperty(process, "versions", { value: { ...process.versions, node: "18.19.0" } });
