/**
 * Recognition domain: programmes, signatures, award applications, the validity rules and who may do
 * what.
 */
package uk.svkit.api.recognition.domain;
