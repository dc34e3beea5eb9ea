/**
 * Public data types: what the service returns (read-only final classes with getters) and the {@code
 * *Options} inputs of complex operations (immutable, built with a builder).
 *
 * <p>Models are tolerant readers: unknown JSON properties are ignored, and values the service may
 * extend (such as {@link uk.svkit.sdk.models.OrganisationRole}) are extensible string types rather
 * than Java enums (subclasses of {@link uk.svkit.sdk.models.ExtensibleEnum}), so a newer server
 * never breaks an older SDK. Models are deliberately not records: adding a component to a record
 * would break binary compatibility.
 */
package uk.svkit.sdk.models;
