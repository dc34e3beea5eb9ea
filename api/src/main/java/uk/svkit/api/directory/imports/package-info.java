/**
 * Bulk imports into the VCFSE directory: the REST entry point and the Charity Commission register
 * extract reader. Open Referral UK documents are read by {@code directory.oruk}; both feed {@code
 * DirectoryImportService}, which upserts all or nothing.
 */
package uk.svkit.api.directory.imports;
