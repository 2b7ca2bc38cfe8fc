// Preloaded into CLI processes under test: any fetch to a host other than 127.0.0.1 fails the
// request, so a test that forgets a --verify-base-url cannot reach a real vendor.
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : input);
  if (url.hostname !== "127.0.0.1") return Promise.reject(new Error(`test tried to reach ${url.host}`));
  return realFetch(input, init);
};
