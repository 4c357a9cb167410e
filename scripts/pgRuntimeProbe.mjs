// node-postgres asks "am I in a Cloudflare Worker?" when it loads (pg/lib/stream.js). On Node 20,
// which has no `navigator`, it answers by constructing a fetch Response, and that loads Node's
// whole undici (22-34 ms of every process that talks to a server). The bundle only ever runs on
// Node, so the probe is cut to its `navigator` test; the build fails if the code it cuts moved.
const PROBE = /if \(typeof Response === (['"])function\1\) \{/g;

/** Rewrites the probe in one chunk's text; `count` is how many probes it cut. */
export function skipCloudflareProbe(text) {
  if (!text.includes('Cloudflare-Workers')) return { text, count: 0 };
  let count = 0;
  const out = text.replace(PROBE, () => {
    count++;
    return 'if (false) {';
  });
  return { text: out, count };
}
