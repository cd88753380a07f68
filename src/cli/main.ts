import { main } from './check';

process.exitCode = main(process.argv.slice(2));
