package uk.svkit.api.procurement.application;

import uk.svkit.api.procurement.domain.QuestionSet;
import uk.svkit.api.procurement.domain.Tender;
import uk.svkit.api.procurement.domain.TenderStatus;

/**
 * A tender as its readers see it: the question set it binds (for the version number) and its status
 * at the time the service read it, so a resource needs nothing more to answer.
 */
public record TenderView(Tender tender, QuestionSet questionSet, TenderStatus status) {}
