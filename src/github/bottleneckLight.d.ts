// The light build of bottleneck (no Redis clustering), the one @octokit/plugin-throttling loads;
// its API is the full build's, whose typings bottleneck ships.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
