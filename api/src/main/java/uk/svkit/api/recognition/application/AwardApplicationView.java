package uk.svkit.api.recognition.application;

import java.time.LocalDate;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.recognition.domain.AwardApplication;
import uk.svkit.api.recognition.domain.Programme;

/**
 * An award application (or the award it became) with its scheme, the applying organisation ({@code
 * null} if svkit no longer knows it) and the day its award status is read at.
 */
public record AwardApplicationView(
    AwardApplication application, Programme scheme, OrganisationRef organisation, LocalDate asOf) {}
