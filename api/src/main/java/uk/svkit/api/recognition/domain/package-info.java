/**
 * Recognition domain: programmes, signatures, award applications, partnerships and their
 * deliveries, the validity rules and who may do what.
 */
package uk.svkit.api.recognition.domain;
