/**
 * Geography's services: lookups and postcode resolution ({@code Geography}) and the admin's bulk
 * load of the ONS postcode directory ({@code PostcodeImport}, audited).
 */
package uk.svkit.api.geography.application;
