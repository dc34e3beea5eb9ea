/** Bean Validation settings shared by every context. */
package uk.svkit.api.platform.validation;
