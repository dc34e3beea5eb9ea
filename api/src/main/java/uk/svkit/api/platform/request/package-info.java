/**
 * The request context (request id, caller, system work) and the HTTP entry filter that applies
 * request-line, header and body limits, and sees a request through a trusted proxy as its client
 * made it (forwarded scheme, host and address).
 */
package uk.svkit.api.platform.request;
