// Node-only entry of the corpus module (it reads the disk): for load functions, the CLI and tools.
export * from './index.ts';
export { readContentDir, loadCorpusFrom, loadCorpusOrThrow } from './load.ts';
