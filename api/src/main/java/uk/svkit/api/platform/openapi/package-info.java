/**
 * Completes the generated OpenAPI document with what annotations cannot say per operation (problem
 * responses).
 */
package uk.svkit.api.platform.openapi;
