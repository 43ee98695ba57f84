// Upgrade steps live with each kind in core's registry (`RECORD_KINDS[kind].upgrades`), beside the
// schemas they upgrade to; storage applies them on read.
export { upgradeDocument, type UpgradeStep } from "@unknot/core/diary";
