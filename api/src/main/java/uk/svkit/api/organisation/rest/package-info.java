/** Organisations over HTTP: register, read, rename, identifiers. */
package uk.svkit.api.organisation.rest;
