/**
 * The request context (request id, caller, system work) and the HTTP entry filter that applies
 * request-line, header and body limits.
 */
package uk.svkit.api.platform.request;
