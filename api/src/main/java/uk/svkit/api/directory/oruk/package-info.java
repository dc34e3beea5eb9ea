/**
 * Open Referral UK 3.0 for the directory: each VCFSE profile published as an ORUK organization with
 * one service describing its work ({@link uk.svkit.api.directory.oruk.OrukMapper} documents the
 * mapping), the ORUK read API ({@code /oruk/...}) and its whole-directory dataset, and the reader
 * that turns an ORUK document back into profile imports.
 */
package uk.svkit.api.directory.oruk;
