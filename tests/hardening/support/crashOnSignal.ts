// Loaded with --import into a spawned bot by the secrets test: on SIGUSR2 it makes the process fail
// the two ways an event handler can, each with the token in the error, as a careless one would.
process.on("SIGUSR2", () => {
  const token = process.env["DISCORD_TOKEN"] ?? "";
  void Promise.reject(new Error(`rejected while holding ${token}`));
  setTimeout(() => {
    throw new Error(`crashed while holding ${token}`);
  }, 200);
});
