/**
 * What the tests share: the server under test, the packaged server as a process, tokens, SDK
 * clients and raw HTTP.
 */
package uk.svkit.it.support;
