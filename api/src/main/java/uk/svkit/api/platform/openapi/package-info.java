/**
 * The published OpenAPI document: a filter that adds, from shared components, what the platform's
 * mechanisms do on every operation (problem responses, idempotency, concurrency, request ids, rate
 * limits), and tidies what the annotation scanner emits so client generators read it as the server
 * behaves.
 */
package uk.svkit.api.platform.openapi;
