/**
 * Imports and reads of frameworks, editions and proxy sets, and valuations through the one engine.
 */
package uk.svkit.api.framework.application;
