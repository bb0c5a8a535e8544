/** Tests build what they serve through the same staleness check as `npm start` (see widgets/build.ts). */
export { ensureBuilt, type BuildNeeds } from '../../widgets/build.js';
