/**
 * Internals: the HTTP pipeline (headers, credentials, retries, error mapping), JSON binding, URL
 * building and paging envelopes. Not exported by the module descriptor and not covered by the
 * compatibility promise: anything here may change in any release.
 */
package uk.svkit.sdk.implementation;
