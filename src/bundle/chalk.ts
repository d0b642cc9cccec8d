// chalk 5 on its own, so that the CommonJS bundle can load it only when colour is on.
export { Chalk } from 'chalk';
