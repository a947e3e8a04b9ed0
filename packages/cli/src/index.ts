export { buildProgram, main } from './program.js';
export { ExitCode, CliError } from './exit-codes.js';
