/** Thin JAX-RS resources, DTOs and mapping for the directory and noticeboard. */
package uk.svkit.api.directory.rest;
