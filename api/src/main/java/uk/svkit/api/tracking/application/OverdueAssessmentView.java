package uk.svkit.api.tracking.application;

import java.time.LocalDate;
import uk.svkit.api.tracking.domain.Contract;

/** A contract whose next Contract Performance Notice is due, and why. */
public record OverdueAssessmentView(
    Contract contract, LocalDate assessedTo, LocalDate dueBy, String reason) {}
