/**
 * Who is calling: the token turned into a {@link uk.svkit.api.platform.security.Caller}, roles per
 * operation, and tenancy (which organisation's records a caller sees).
 */
package uk.svkit.api.platform.security;
