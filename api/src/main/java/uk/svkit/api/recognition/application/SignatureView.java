package uk.svkit.api.recognition.application;

import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.recognition.domain.Programme;
import uk.svkit.api.recognition.domain.Signature;

/**
 * A signature with the programme it signs (for its code, name and element titles) and the signing
 * organisation ({@code null} if svkit no longer knows it).
 */
public record SignatureView(
    Signature signature, Programme programme, OrganisationRef organisation) {}
