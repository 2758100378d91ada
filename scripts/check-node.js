// Stops any npm script early, with a clear message, on a Node older than `engines` allows.
// Plain JavaScript with no syntax newer than Node 12 so that it can speak on any old Node.
var parts = process.versions.node.split('.').map(Number);
var maj = parts[0];
var min = parts[1];
var ok = (maj === 22 && min >= 22) || (maj === 24 && min >= 8) || maj >= 26;
if (!ok) {
  console.error(
    '\nThis project needs Node ^22.22.0, ^24.8.0 or >=26 (see .nvmrc); this is Node ' +
      process.versions.node +
      '.\nRun `. scripts/ensure-node.sh` (installs Node 24 into a cache folder) or `nvm use`, then try again.\n'
  );
  process.exit(1);
}
