/**
 * The svkit module: the JAX-RS application ({@code /api/v1}) and one package tree per context (see
 * docs/architecture.md).
 */
package uk.svkit.api;
