/**
 * The VCFSE partner directory. So far it holds the reference geography (places and postcode
 * districts) that profiles, needs and distance searches will stand on.
 */
package uk.svkit.api.directory;
