/**
 * Who is calling and what they may do: turns a verified bearer token into a {@link
 * uk.svkit.api.platform.security.Caller} (organisation and roles, read through a configurable
 * {@link uk.svkit.api.platform.security.ClaimMapping}), applies {@code @AllowedRoles} and
 * {@code @PublicAccess}, and keeps every query inside the caller's organisation ({@link
 * uk.svkit.api.platform.security.Tenancy}).
 */
package uk.svkit.api.platform.security;
