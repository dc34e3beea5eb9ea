/** Runnable programs that show an e-procurement vendor's use of the SDK, start to finish. */
package uk.svkit.examples;
