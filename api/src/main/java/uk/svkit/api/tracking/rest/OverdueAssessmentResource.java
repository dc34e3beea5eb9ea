package uk.svkit.api.tracking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.tracking.application.AssessmentService;

/** The buyer's contracts whose Contract Performance Notice is overdue. */
@Path("/assessments/overdue")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class OverdueAssessmentResource {
  @Inject AssessmentService assessments;

  @GET
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "listOverdueAssessments",
      summary = "Your contracts overdue a Contract Performance Notice, the longest overdue first",
      description =
          "ANNUAL: more than 12 months since the end of the last published assessment (or since"
              + " the start); TERMINATION: terminated without a published notice on termination."
              + " Not paged: one entry per contract of the caller's organisation at most.")
  public List<OverdueAssessmentResponse> overdue() {
    return assessments.overdue().stream().map(ContractLifeMapper::overdue).toList();
  }
}
