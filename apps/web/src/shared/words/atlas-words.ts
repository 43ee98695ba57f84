/** How each self-treatment method is named on screen: the one method vocabulary, shared with the CLI and exports. */
export { METHOD_LABELS } from "@unknot/core/vocabulary";
