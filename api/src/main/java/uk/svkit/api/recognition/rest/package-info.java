/** Recognition REST resources, DTOs and the mapper; thin over the application services. */
package uk.svkit.api.recognition.rest;
