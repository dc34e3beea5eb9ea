/** End-to-end tests of frameworks, editions, proxy sets and valuations. */
package uk.svkit.it.framework;
