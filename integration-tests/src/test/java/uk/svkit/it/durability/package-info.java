/**
 * Crash tests: the packaged server killed with SIGKILL in the middle of writes loses no
 * acknowledged write.
 */
package uk.svkit.it.durability;
