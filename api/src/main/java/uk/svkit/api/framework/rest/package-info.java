/** The framework library, proxy sets and valuations over HTTP. */
package uk.svkit.api.framework.rest;
