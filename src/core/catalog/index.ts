export { type IntrospectOptions, introspect } from './introspect.js';
