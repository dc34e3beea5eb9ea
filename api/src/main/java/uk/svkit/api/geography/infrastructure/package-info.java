/** Reading the ONS Postcode Directory's CSV layout into rows ({@code PostcodeDirectoryFormat}). */
package uk.svkit.api.geography.infrastructure;
