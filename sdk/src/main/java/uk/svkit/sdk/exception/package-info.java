/**
 * Unchecked exceptions thrown by the SDK.
 *
 * <p>{@link uk.svkit.sdk.exception.SvkitException} is the root. {@link
 * uk.svkit.sdk.exception.ApiException} and its subtypes mean the server answered with an error (an
 * RFC 9457 problem document when the server produced it); {@link
 * uk.svkit.sdk.exception.ConnectionException} means no usable answer arrived (I/O failure or
 * timeout) after the configured retries. Invalid arguments are reported with the standard JDK
 * exceptions instead.
 */
package uk.svkit.sdk.exception;
