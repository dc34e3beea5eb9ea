/**
 * RFC 9457 problem details: the problem types, the exception that carries one, and the mappers that
 * turn every error into {@code application/problem+json}.
 */
package uk.svkit.api.platform.problem;
